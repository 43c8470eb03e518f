// @sigfollow/client/webhooks in whichever runtime runs this file (Node.js, Deno, Bun):
// test/client-runtimes.test.ts runs it in each and compares the JSON it prints. Plain ESM, and the
// entry uses WebCrypto and web Request/Response only, so every runtime takes it as is.
import { createWebhookHandler, parseWebhook, signWebhookPayload, verifySubscription, verifyWebhookSignature } from "@sigfollow/client/webhooks";

const runtime = typeof Deno !== "undefined" ? "deno" : typeof Bun !== "undefined" ? "bun" : "node";
const appSecret = "runtime-app-secret";
const payload = {
  object: "whatsapp_business_account",
  entry: [
    {
      id: "102290129340398",
      changes: [
        {
          field: "messages",
          value: {
            messaging_product: "whatsapp",
            metadata: { display_phone_number: "15550783881", phone_number_id: "106540352242922" },
            contacts: [{ profile: { name: "José" }, wa_id: "16505551234" }],
            messages: [{ from: "16505551234", id: "wamid.1", timestamp: "1749416383", type: "text", text: { body: "Olá 👋 https://a.example/b c@d.e" } }],
            statuses: [{ id: "wamid.0", status: "read", timestamp: "1749416384", recipient_id: "16505551234" }],
          },
        },
      ],
    },
    { id: "102290129340400", time: 1751247548, changes: [{ field: "account_update", value: { event: "VERIFIED_ACCOUNT" } }] },
  ],
};

const { body, signature, headers } = await signWebhookPayload(payload, appSecret);
const seen = [];
const handle = createWebhookHandler({ appSecret, verifyToken: "runtime-token", onEvent: (event) => void seen.push(event.kind) });
const post = (init) => handle(new Request("http://127.0.0.1/webhook", { method: "POST", ...init })).then((r) => r.status);
const events = parseWebhook(body);

console.log(
  JSON.stringify({
    runtime,
    body,
    signature,
    verifies: await verifyWebhookSignature({ rawBody: new TextEncoder().encode(body), signature, appSecret }),
    reencoded: await verifyWebhookSignature({ rawBody: JSON.stringify(payload), signature, appSecret }),
    tampered: await verifyWebhookSignature({ rawBody: body.replace("wamid.1", "wamid.2"), signature, appSecret }),
    handshake: verifySubscription("hub.mode=subscribe&hub.verify_token=runtime-token&hub.challenge=7", "runtime-token"),
    get: (await handle(new Request("http://127.0.0.1/webhook?hub.mode=subscribe&hub.verify_token=runtime-token&hub.challenge=9"))).status,
    posted: await post({ body, headers }),
    unsigned: await post({ body }),
    seen,
    events: events.map((e) => [e.kind, e.wabaId, e.kind === "message" ? `${e.contact.profile.name}: ${e.message.text.body}` : null]),
  }),
);
