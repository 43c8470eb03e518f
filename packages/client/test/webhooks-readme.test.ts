// The client README's webhook receiver ("Webhooks"), as written there, fed signed
// deliveries of the spec's examples.
import { readFileSync } from "node:fs";
import { afterEach, expect, it, vi } from "vitest";
import { createWebhookHandler, signWebhookPayload } from "../src/webhooks/index.js";
import { webhookExample } from "./fixtures/webhooks.js";

vi.stubEnv("WHATSAPP_APP_SECRET", "readme-app-secret");
vi.stubEnv("WHATSAPP_VERIFY_TOKEN", "readme-verify-token");
afterEach(() => vi.restoreAllMocks());

// ---- the README's code, from here
// Meta retries any answer but 200 for days and delivers duplicates anyway: make handlers idempotent.
const seen = new Set<string>(); // use your database

export const handle = createWebhookHandler({
  appSecret: process.env.WHATSAPP_APP_SECRET!, // the key of X-Hub-Signature-256
  verifyToken: process.env.WHATSAPP_VERIFY_TOKEN!, // the token you registered with the callback URL
  onMessage: ({ message, contact, phoneNumberId }) => {
    if (seen.has(message.id)) return;
    seen.add(message.id);
    switch (message.type) {
      case "text":
        console.log(`${contact?.profile?.name} to ${phoneNumberId}: ${message.text.body}`);
        break;
      case "button": // a template's quick-reply button: the payload you sent
        console.log(`quick reply ${message.button.payload}`);
        break;
      case "interactive":
        if (message.interactive?.type === "button_reply") console.log(`reply button ${message.interactive.button_reply.id}`);
        break;
      default:
        console.log(`a ${message.type} message`);
    }
  },
  onStatus: ({ status }) => {
    if (seen.has(`${status.id}:${status.status}`)) return;
    seen.add(`${status.id}:${status.status}`);
    console.log(`${status.id} ${status.status}${status.errors ? ` (error ${status.errors[0]?.code})` : ""}`);
  },
  onTemplateStatus: ({ update }) => console.log(`template ${update.message_template_name}: ${update.event}`),
});
// ---- to here

async function deliver(...names: [string, string][]) {
  for (const [webhook, example] of names) {
    const { body, headers } = await signWebhookPayload(webhookExample(webhook, example), "readme-app-secret");
    const response = await handle(new Request("https://example.com/webhook", { method: "POST", body, headers }));
    expect(response.status, `${webhook}.${example}`).toBe(200);
  }
}

it("prints each event once, even when Meta delivers it twice", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  await deliver(
    ["messages", "batched"],
    ["messages", "batched"],
    ["messages", "quick_reply_button"],
    ["messages", "button_reply"],
    ["messages", "location"],
    ["messages", "failed"],
    ["message_template_status_update", "approved"],
  );
  expect(log.mock.calls.map(([line]) => line)).toEqual([
    "Sheena Nelson to 106540352242922: First",
    "Ravi Kumar to 106540352242922: Second",
    "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA delivered",
    "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA read",
    "Sheena Nelson to 106540352242923: Third, to the second number",
    "quick reply TRACK_PKG_90211",
    "reply button change-button",
    "a location message",
    "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJENTI2QjI4QzdBRTJBMDMxMjgA failed (error 131047)",
    "template order_shipped: APPROVED",
  ]);
});

it("answers the handshake with the README's verify token", async () => {
  const response = await handle(new Request("https://example.com/webhook?hub.mode=subscribe&hub.verify_token=readme-verify-token&hub.challenge=31"));
  expect([response.status, await response.text()]).toEqual([200, "31"]);
});

it("is the README's code, as written there", () => {
  const self = readFileSync(new URL(import.meta.url), "utf8");
  const from = "// ---- the README's code, from here\n";
  const code = self.slice(self.indexOf(from) + from.length, self.indexOf("// ---- to here"));
  expect(code.length).toBeGreaterThan(500);
  expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain(code);
});
