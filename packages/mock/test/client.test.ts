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

  it("handles Meta's send-time errors as Meta advises: retries throttling, not restrictions or bad parameters", async () => {
    const client = createSigFollowClient({ apiKey, baseUrl, maxRetries: 2 });
    const text = { messaging_product: "whatsapp", to: DEMO.recipient, type: "text", text: { body: "Hi" } } as const;
    const sends = () => gateway.requests().filter((r) => r.operationId === "sendMessage").map((r) => r.errorCode ?? r.status);
    const outcome = async (code: number, retryAfterSeconds?: number) => {
      await gateway.reset();
      gateway.faults.add({ kind: "meta_error", code: code as never, route: "sendMessage", count: 1, retryAfterSeconds });
      const started = Date.now();
      const result = await client.messages.send(DEMO.phoneNumberId, text).then(
        (sent) => sent.messages[0]!.id.slice(0, 6),
        (error: unknown) => (isSigFollowError(error) ? `${error.name} ${error.kind} ${error.status} ${error.code}` : error),
      );
      return { result, sends: sends(), waited: Date.now() - started };
    };
    // Throttling: nothing was sent, so the send is repeated (130429 and 80007 after the backoff, 131056 after 4^0 = 1 s).
    for (const code of [130429, 80007]) expect(await outcome(code)).toMatchObject({ result: "wamid.", sends: [code, 200] });
    const pair = await outcome(131056);
    expect(pair).toMatchObject({ result: "wamid.", sends: [131056, 200] });
    expect(pair.waited).toBeGreaterThanOrEqual(1000);
    expect(await outcome(131056, 0)).toMatchObject({ result: "wamid.", sends: [131056, 200] });
    // Restrictions, bad parameters and a send's 500: not repeated.
    expect(await outcome(131048)).toMatchObject({ result: "RestrictedError restricted 400 131048", sends: [131048] });
    expect(await outcome(368)).toMatchObject({ result: "RestrictedError restricted 403 368", sends: [368] });
    expect(await outcome(131008)).toMatchObject({ result: "ValidationError validation 400 131008", sends: [131008] });
    expect(await outcome(131009)).toMatchObject({ result: "ValidationError validation 400 131009", sends: [131009] });
    expect(await outcome(131000)).toMatchObject({ result: "ServerError server 500 131000", sends: [131000] });
    // With every attempt throttled, the last answer is a RateLimitError carrying Meta's code.
    await gateway.reset();
    gateway.faults.add({ kind: "meta_error", code: 130429, route: "sendMessage", retryAfterSeconds: 0 });
    const exhausted = await caught(client.messages.send(DEMO.phoneNumberId, text));
    expect(isSigFollowError(exhausted, "rate_limit") && [exhausted.name, exhausted.code, exhausted.retryAfter]).toEqual(["RateLimitError", 130429, 0]);
    expect(sends()).toEqual([130429, 130429, 130429]);
    await gateway.reset();
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
