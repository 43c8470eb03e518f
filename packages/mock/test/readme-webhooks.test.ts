// The mock README's "Testing your webhook handler" suite, as written there (only the mock's import
// points at the source); the consumer test runs the README's text itself against the packed packages.
import { readFileSync } from "node:fs";
import { it as check } from "vitest";

// ---- the README's code, from here
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createSigFollowClient } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";
import { createWebhookHandler } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO } from "../src/index.js";

const gateway = createMockGateway(); // the demo seed; answers https://api.sigfollow.com
const server = setupServer(...gateway.handlers);
let client: ReturnType<typeof createSigFollowClient>;

// Your webhook handler, as your app mounts it (here it notes what it saw).
const seen: string[] = [];
const handle = createWebhookHandler({
  appSecret: "test-app-secret",
  onStatus: ({ status }) => void seen.push(`${status.status} ${status.id}`),
  onMessage: ({ message }) => void seen.push(message.type === "button" ? `tap ${message.button.payload} on ${message.context?.id}` : message.type),
  onTemplateStatus: ({ update }) => void seen.push(`template ${update.message_template_name} ${update.event}`),
});

beforeAll(async () => {
  server.listen(); // the mock's webhook POSTs get past it, even with onUnhandledRequest (msw 2) or onUnhandledFrame (msw 3) "error"
  const { apiKeys } = await gateway.ready;
  client = createSigFollowClient({ apiKey: apiKeys[0]!.key });
});
beforeEach(async () => {
  await gateway.reset();
  seen.length = 0;
  // A function in process; a URL (your app's running server) works the same, here and standalone.
  await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: handle, appSecret: "test-app-secret" });
});
afterAll(() => server.close());

it("sees the template sent, delivered and read, then the customer's quick-reply tap", async () => {
  const shipped = template("shipping_with_actions", "en_US").body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211");
  const { messages } = await client.messages.send(DEMO.phoneNumberId, message(DEMO.recipient).template(shipped).build());
  const wamid = messages[0]!.id;

  gateway.advanceClock(5_000); // statuses go out 0 s (sent), 1 s (delivered) and 5 s (read) after the send
  await gateway.webhooks.flush(); // resolves once every due delivery completed
  expect(seen).toEqual([`sent ${wamid}`, `delivered ${wamid}`, `read ${wamid}`]);

  gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "button", replyTo: wamid, button: 0 });
  await gateway.webhooks.flush();
  expect(seen.at(-1)).toBe(`tap TRACK_PKG_90211 on ${wamid}`);
});

it("sees a failed delivery and a template approval", async () => {
  gateway.webhooks.setRecipient({ phone: DEMO.recipient, outcome: "failed", errorCode: 131049 });
  const { messages } = await client.messages.send(DEMO.phoneNumberId, message(DEMO.recipient).text("Still there?").build());
  await gateway.webhooks.flush();
  gateway.approveTemplate("1234567890"); // order_shipped
  await gateway.webhooks.flush();
  expect(seen).toEqual([`failed ${messages[0]!.id}`, "template order_shipped APPROVED"]);
});
// ---- to here

check("is the README's snippet", ({ expect }) => {
  const own = readFileSync(new URL(import.meta.url), "utf8");
  const code = own.slice(own.indexOf("\n", own.indexOf("// ---- the README's code")) + 1, own.indexOf("// ---- to here"));
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("### Testing your webhook handler"));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block).toBe(code.replace('from "../src/index.js";', 'from "@sigfollow/mock";'));
});
