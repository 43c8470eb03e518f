// Receive WhatsApp webhooks: the handshake, the signature check, every event printed.
// @sigfollow/client/webhooks/node does the handshake, the signature check (over the raw body, in
// constant time, unicode-safe) and the parsing, as a node:http listener (Express: mount
// `app.all("/webhook", handle)` before any JSON body parser). On Bun, Deno, workers, Hono or
// Next.js, use `createWebhookHandler` of @sigfollow/client/webhooks: it takes a Request and returns a Response.
// npm install @sigfollow/client, then: WHATSAPP_APP_SECRET=... WHATSAPP_VERIFY_TOKEN=... node webhook-receiver.mjs
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createServer } from "node:http";
import { createNodeWebhookHandler } from "@sigfollow/client/webhooks/node";

const env = (name, fallback) => process.env[name] || fallback;

/** One line per event:
 *   message            message <type> <wamid> from <from or from_user_id>[: <detail>]
 *   status             status <status> <wamid> to <recipient_id or recipient_user_id>[ error <code>]
 *   error              error <code>
 *   template_status    template_status <event> <template name>
 *   template_quality   template_quality <new_quality_score> <template name>
 *   template_category  template_category <new_category> <template name>
 *   unknown            unknown <field>
 */
function describe(event) {
  switch (event.kind) {
    case "message": {
      const { message } = event;
      const detail =
        message.type === "text" ? message.text.body
        : message.type === "button" ? message.button.payload // the quick-reply payload you sent
        : message.type === "interactive" ? (message.interactive?.button_reply ?? message.interactive?.list_reply)?.id ?? message.interactive?.type
        : undefined;
      return `message ${message.type} ${message.id} from ${message.from ?? message.from_user_id}${detail === undefined ? "" : `: ${detail}`}`;
    }
    case "status": {
      const { status } = event;
      const error = status.errors?.[0] ? ` error ${status.errors[0].code}` : "";
      return `status ${status.status} ${status.id} to ${status.recipient_id ?? status.recipient_user_id}${error}`;
    }
    case "error":
      return `error ${event.error.code}`;
    case "template_status":
      return `template_status ${event.update.event} ${event.update.message_template_name}`;
    case "template_quality":
      return `template_quality ${event.update.new_quality_score} ${event.update.message_template_name}`;
    case "template_category":
      return `template_category ${event.update.new_category} ${event.update.message_template_name}`;
    default:
      return `unknown ${event.field}`;
  }
}

const appSecret = env("WHATSAPP_APP_SECRET");
const verifyToken = env("WHATSAPP_VERIFY_TOKEN");
if (!appSecret || !verifyToken) throw new Error("Set WHATSAPP_APP_SECRET and WHATSAPP_VERIFY_TOKEN");

// Every event of every entry and change, in payload order. Meta retries any answer but 200 and
// delivers duplicates: make handlers idempotent (dedupe on the WAMID, and the status for statuses).
const handle = createNodeWebhookHandler({
  appSecret,
  verifyToken,
  onEvent: (event) => console.log(describe(event)),
});

const server = createServer(handle);
server.listen(Number(env("PORT", "3000")), env("HOST", "127.0.0.1"), () => {
  const { address, port } = server.address();
  console.log(`Listening on http://${address}:${port}/webhook`);
});
