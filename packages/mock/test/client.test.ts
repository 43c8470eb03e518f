// The typed client (@sigfollow/client) against the mock, in process with MSW: what users do.
import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockGateway, DEMO } from "../src/index.js";
import { onUnhandled } from "./support/msw.js";

const baseUrl = "https://client.sigfollow.test";
const gateway = createMockGateway({ baseUrl });
const server = setupServer(...gateway.handlers);
let apiKey = "";

beforeAll(async () => {
  server.listen(onUnhandled("error"));
  apiKey = (await gateway.ready).apiKeys[0]!.key;
});
afterAll(() => server.close());

const caught = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
};

describe("@sigfollow/client against the mock (demo tenant)", () => {
  it("sends, syncs contacts and tags, and gets typed errors", async () => {
    const client = createSigFollowClient({ apiKey, baseUrl, maxRetries: 0 });
    const sent = await client.messages.send(DEMO.phoneNumberId, { messaging_product: "whatsapp", to: DEMO.recipient, type: "text", text: { body: "Hi" } });
    expect(sent.messages[0]!.id).toMatch(/^wamid\./);
    expect(gateway.messages().at(-1)?.id).toBe(sent.messages[0]!.id);

    const contact = await client.contacts.getByPhone(`+${DEMO.recipient}`);
    expect(contact.id).toBe(DEMO.contactId);
    expect((await client.contacts.assignTag(contact.id, { tag_id: DEMO.tagId })).source).toBe("API");

    const closed = await caught(client.messages.send(DEMO.phoneNumberId, { messaging_product: "whatsapp", to: "447700900123", type: "text", text: { body: "Hi" } }));
    expect(isSigFollowError(closed) && closed.code).toBe(131026);
    const blacklisted = await caught(
      client.messages.send(DEMO.phoneNumberId, { messaging_product: "whatsapp", to: DEMO.blacklisted, type: "text", text: { body: "Hi" } }, { filterBlacklist: true }),
    );
    expect(isSigFollowError(blacklisted) && [blacklisted.status, blacklisted.code]).toEqual([422, 131000]);
  });

  it("the client retries a 503 from an injected fault and succeeds", async () => {
    const client = createSigFollowClient({ apiKey, baseUrl, maxRetries: 2 });
    gateway.faults.add({ kind: "error", route: "getContact", count: 1 });
    expect((await client.contacts.get(DEMO.contactId)).id).toBe(DEMO.contactId);
    expect(gateway.requests().filter((r) => r.operationId === "getContact").map((r) => r.status).slice(-2)).toEqual([503, 200]);
  });

  it("errors say the gateway's specific cause in their message, and a builder's check matches the gateway's answer", async () => {
    const client = createSigFollowClient({ apiKey, baseUrl, maxRetries: 0 });
    const orderShipped = {
      name: "order_shipped_named", language: "en_US", category: "UTILITY", parameter_format: "NAMED",
      components: [{ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." }],
    } as const;
    const misspelt = { customer_nme: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" };
    const unchecked = template("order_shipped_named", "en_US").body(misspelt);
    const answered = await caught(client.messages.send(DEMO.phoneNumberId, message(DEMO.recipient).template(unchecked).build()));
    expect(String(answered)).toMatch(/^TemplateError: .*\(#132000\).*"customer_nme" is not a placeholder of the template; expected customer_name, order_id, ship_date/);

    // @ts-expect-error customer_nme is not a placeholder of the definition
    const found = await caught(Promise.resolve().then(() => template(orderShipped).body(misspelt).build()));
    const handle = (error: unknown) => (isSigFollowError(error, "template") ? [error.code, error.details] : error);
    expect(handle(found)).toEqual(handle(answered));
    expect(isSigFollowError(answered) && answered.details).toMatch(/customer_nme/);

    const typo = { messaging_product: "whatsapp", to: DEMO.recipient, typ: "text", text: { body: "Hi" } };
    const invalid = await caught(client.messages.send(DEMO.phoneNumberId, typo as never));
    expect(String(invalid)).toMatch(/^ValidationError: .*\(#100\) Invalid parameter: .*type/);
  });
});
