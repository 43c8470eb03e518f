// The root README's webhook handler ("Receiving webhooks"), as written there: the handshake, then
// signed deliveries of the spec's examples reach its handlers, and a forged one none of them.
import { readFileSync } from "node:fs";
import { afterEach, expect, it, vi } from "vitest";
import { createWebhookHandler, signWebhookPayload } from "../src/webhooks/index.js";
import { webhookExample } from "./fixtures/webhooks.js";

vi.stubEnv("WHATSAPP_APP_SECRET", "root-readme-app-secret");
vi.stubEnv("WHATSAPP_VERIFY_TOKEN", "root-readme-verify-token");
afterEach(() => vi.restoreAllMocks());

// ---- the README's code, from here
const handle = createWebhookHandler({
  appSecret: process.env.WHATSAPP_APP_SECRET!,
  verifyToken: process.env.WHATSAPP_VERIFY_TOKEN!,
  onMessage: ({ message, contact }) => {
    if (message.type === "text") console.log(contact?.profile?.name, message.text.body);
    if (message.type === "button") console.log("quick reply", message.button.payload);
  },
  onStatus: ({ status }) => console.log(status.id, status.status), // make it idempotent: Meta sends duplicates
});
export { handle as GET, handle as POST }; // a Next.js route; or Bun.serve({ port: 3000, fetch: handle }), Deno.serve(handle), Hono, a worker
// ---- to here

const post = (body: string, headers: Record<string, string>) => handle(new Request("https://example.com/webhook", { method: "POST", body, headers }));

it("answers the handshake with the verify token, and 403 without it", async () => {
  const ok = await handle(new Request("https://example.com/webhook?hub.mode=subscribe&hub.verify_token=root-readme-verify-token&hub.challenge=7"));
  expect([ok.status, await ok.text()]).toEqual([200, "7"]);
  expect((await handle(new Request("https://example.com/webhook?hub.mode=subscribe&hub.verify_token=other&hub.challenge=7"))).status).toBe(403);
});

it("logs a text, a quick-reply tap and statuses; a delivery signed with another secret reaches no handler", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  for (const example of ["text", "quick_reply_button", "failed"]) {
    const { body, headers } = await signWebhookPayload(webhookExample("messages", example), "root-readme-app-secret");
    expect((await post(body, headers)).status, example).toBe(200);
  }
  const forged = await signWebhookPayload(webhookExample("messages", "text"), "another-secret");
  expect((await post(forged.body, forged.headers)).status).toBe(401);
  expect(log.mock.calls.map((args) => args.join(" "))).toEqual([
    "Sheena Nelson Olá! Does it come in another color? 👀",
    "quick reply TRACK_PKG_90211",
    "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJENTI2QjI4QzdBRTJBMDMxMjgA failed",
  ]);
});

it("is the README's code, as written there", () => {
  const self = readFileSync(new URL(import.meta.url), "utf8");
  const from = "// ---- the README's code, from here\n";
  const code = self.slice(self.indexOf(from) + from.length, self.indexOf("// ---- to here"));
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  const section = readme.slice(readme.indexOf("## Receiving webhooks"));
  expect(/```ts\n([\s\S]*?)```/.exec(section)?.[1]).toBe(`import { createWebhookHandler } from "@sigfollow/client/webhooks";\n\n${code}`);
});
