// The mock README's "Simulating what users and Meta send" suite, as written there (only the mock's
// import points at the source).
import { readFileSync } from "node:fs";
import { it as check } from "vitest";

// ---- the README's code, from here
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createSigFollowClient } from "@sigfollow/client";
import { createWebhookHandler, type WebhookEvent } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO, type InboundContent } from "../src/index.js";

const gateway = createMockGateway(); // the demo seed
const server = setupServer(...gateway.handlers);
let client: ReturnType<typeof createSigFollowClient>;
const events: WebhookEvent[] = [];
const handle = createWebhookHandler({ appSecret: "test-app-secret", onEvent: (event) => void events.push(event) });
const inbound = (content: InboundContent) => gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, ...content });
const messages = () => events.flatMap((e) => (e.kind === "message" ? [e.message] : []));

beforeAll(async () => {
  server.listen();
  client = createSigFollowClient({ apiKey: (await gateway.ready).apiKeys[0]!.key });
});
beforeEach(async () => {
  await gateway.reset();
  events.length = 0;
  await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: handle, appSecret: "test-app-secret" });
});
afterAll(() => server.close());

it("an unsupported message, a welcome request, an order, an edit and a revocation", async () => {
  inbound({ type: "unsupported", unsupportedType: "poll_creation" }); // with errors: [{ code: 131051 }]
  inbound({ type: "request_welcome" }); // the user opened the chat for the first time
  inbound({ type: "order", order: { catalog_id: "194836987003835", product_items: [{ product_retailer_id: "SKU-1", quantity: 2, item_price: 9.5, currency: "USD" }] } });
  const { message } = inbound({ text: "See you at 5" });
  inbound({ type: "edit", replyTo: message.id, text: "See you at 6" }); // replyTo: the user's own message
  inbound({ type: "revoke", replyTo: message.id });
  await gateway.webhooks.flush();
  expect(messages().map((m) => m.type)).toEqual(["unsupported", "request_welcome", "order", "text", "edit", "revoke"]);
  expect(messages()[0]).toMatchObject({ unsupported: { type: "poll_creation" }, errors: [{ code: 131051 }] });
  expect(messages()[4]).toMatchObject({ edit: { original_message_id: message.id, message: { type: "text", text: { body: "See you at 6" } } } });
});

it("a Flow's completion answers the Flow message with its flow token", async () => {
  const flow = await client.messages.send(DEMO.phoneNumberId, {
    messaging_product: "whatsapp", to: DEMO.recipient, type: "interactive",
    interactive: { type: "flow", body: { text: "Book a table" }, action: { name: "flow", parameters: { flow_message_version: "3", flow_token: "booking-42", flow_id: "1234567890", flow_cta: "Book" } } },
  });
  inbound({ type: "interactive", replyTo: flow.messages[0]!.id, flowResponse: { date: "2026-06-01", guests: 2 } });
  await gateway.webhooks.flush();
  expect(messages()[0]).toMatchObject({
    type: "interactive", context: { id: flow.messages[0]!.id },
    interactive: { type: "nfm_reply", nfm_reply: { name: "flow", response_json: '{"flow_token":"booking-42","date":"2026-06-01","guests":2}' } },
  });
});

it("a changed phone number, a changed user id, and value-level errors", async () => {
  gateway.receiveSystem({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "user_changed_number", newPhone: "16505550199" });
  gateway.receiveSystem({ phoneNumberId: DEMO.phoneNumberId, from: "16505550199", type: "user_changed_user_id", userId: "US.2002", previousUserId: "US.1001" });
  gateway.webhooks.errors({ phoneNumberId: DEMO.phoneNumberId, code: 130429 }); // the number's throughput reached
  await gateway.webhooks.flush();
  // Webhooks about different users, or about the number, may arrive in any order (as Meta's do).
  expect(messages().map((m) => m.type === "system" && [m.from, m.system.type])).toEqual(expect.arrayContaining([
    [DEMO.recipient, "user_changed_number"],
    ["16505550199", "user_changed_user_id"],
  ]));
  expect(events.filter((e) => e.kind === "error")).toMatchObject([{ error: { code: 130429 } }]);
  // The contact and the open 24-hour window moved to the new number.
  await client.messages.send(DEMO.phoneNumberId, { messaging_product: "whatsapp", to: "16505550199", type: "text", text: { body: "Welcome back" } });
  expect(gateway.snapshot().tenants[0]!.contacts.find((c) => c.id === DEMO.contactId)?.phone).toBe("16505550199");
});
// ---- to here

check("is the README's snippet", ({ expect }) => {
  const own = readFileSync(new URL(import.meta.url), "utf8");
  const code = own.slice(own.indexOf("\n", own.indexOf("// ---- the README's code")) + 1, own.indexOf("// ---- to here"));
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("### Simulating what users and Meta send"));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block).toBe(code.replace('from "../src/index.js";', 'from "@sigfollow/mock";'));
});
