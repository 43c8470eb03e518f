// The typed client (@sigfollow/client) against the mock, in process with MSW: what users do.
import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockGateway, DEMO } from "../src/index.js";

const baseUrl = "https://client.sigfollow.test";
const gateway = createMockGateway({ baseUrl });
const server = setupServer(...gateway.handlers);
let apiKey = "";

beforeAll(async () => {
  server.listen({ onUnhandledRequest: "error" });
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
});
