// @sigfollow/client as an application uses it, against a standalone mock gateway, in whichever
// runtime runs this file (Node.js, Deno, Bun): test/client-runtimes.test.ts runs it in each and
// compares the JSON it prints. Plain ESM with no Node built-ins, so every runtime takes it as is.
//   SIGFOLLOW_BASE_URL=http://127.0.0.1:4010 SIGFOLLOW_API_KEY=sflo_test_… node client-smoke.mjs
import { createSigFollowClient, isSigFollowError, normalizePhone } from "@sigfollow/client";
import { isTemplateRuleError, message, template } from "@sigfollow/client/builders";

const env = (name) => (typeof Deno !== "undefined" ? Deno.env.get(name) : process.env[name]);
const baseUrl = env("SIGFOLLOW_BASE_URL");
const apiKey = env("SIGFOLLOW_API_KEY");
// The demo tenant's (the standalone mock without --seed).
const WABA_ID = "102290129340398";
const PHONE_NUMBER_ID = "106540352242922";
const RECIPIENT = "16505551234";

const client = createSigFollowClient({ apiKey, baseUrl, timeoutMs: 5_000 });
const control = (path, json) =>
  fetch(`${baseUrl}/__mock${path}`, json === undefined ? {} : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(json) }).then((r) => r.json());
const sentCount = async () => (await control(`/messages?to=${RECIPIENT}`)).data.length;
/** What a thrown error looks like to the caller; the key used must appear nowhere in it. */
const caught = (error, key = apiKey) => ({
  guard: isSigFollowError(error),
  kind: error?.kind,
  name: error?.name,
  status: error?.status,
  code: error?.code,
  retryAfter: error?.retryAfter,
  keyLeaked: [error?.message, String(error), JSON.stringify(error), error?.stack].some((text) => String(text).includes(key)),
});
const fails = (promise, key) => promise.then((value) => ({ unexpected: value }), (error) => caught(error, key));

const results = {};
results.runtime = typeof Deno !== "undefined" ? "deno" : typeof Bun !== "undefined" ? "bun" : "node";

// A text message, then a definition-aware template send built with the builders.
const text = await client.messages.send(PHONE_NUMBER_ID, message(`+${RECIPIENT}`).text("Hello from SigFollow").build());
results.text = { waId: text.contacts[0].wa_id, id: text.messages[0].id.startsWith("wamid.") };
// The definition as the list endpoint returns it drives the builder's checks.
const [orderShipped] = await client.templates.list(WABA_ID, { name: "order_shipped_named" });
const named = message(RECIPIENT)
  .template(template(orderShipped).body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }))
  .build();
results.template = (await client.messages.send(PHONE_NUMBER_ID, named)).messages[0].id.startsWith("wamid.");
// A mismatch is refused before any request: same code as the gateway's.
try {
  message(RECIPIENT).template(template(orderShipped).body({ customer_name: "Alice", order_id: "ORD-90211" })).build();
  results.ruleError = "not thrown";
} catch (error) {
  results.ruleError = { guard: isTemplateRuleError(error), code: error.code };
}

// A multipart upload (FormData and Blob as each runtime implements them).
const jpeg = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: "image/jpeg" });
const media = await client.media.upload(PHONE_NUMBER_ID, { file: jpeg, filename: "pixel.jpg" });
results.upload = typeof media.id === "string" && media.id.length > 0;

// Contacts: the gateway normalizes the phone the way the client's helper does.
const contact = await client.contacts.upsert({ phone: "+44 7700-900 123", display_name: "  Runtime Test  " });
const found = await client.contacts.getByPhone("447700900123");
results.contact = { phone: contact.phone, sameAsHelper: contact.phone === normalizePhone("+44 7700-900 123"), displayName: found.displayName, found: found.id === contact.id };

// Errors are thrown, typed, recognisable across copies, and keep the key out.
results.notFound = await fails(client.contacts.get("cm_nobody_here"));
const wrongKey = "sflo_test_not_a_real_key_000000";
results.unauthorized = await fails(createSigFollowClient({ apiKey: wrongKey, baseUrl }).contacts.get("cm_nobody_here"), wrongKey);

// Retries: a 429 is repeated after Retry-After; a 503 on a send is not (it may have been processed).
await control("/faults", { kind: "rate_limit", route: "sendMessage", count: 1, retryAfterSeconds: 1 });
let before = await sentCount();
const started = Date.now();
await client.messages.send(PHONE_NUMBER_ID, message(RECIPIENT).text("after a 429").build());
results.rateLimitRetried = { sent: (await sentCount()) - before, waitedMs: Date.now() - started >= 900 };
await control("/faults", { kind: "error", status: 503, route: "sendMessage", count: 1 });
before = await sentCount();
results.serverError = { ...(await fails(client.messages.send(PHONE_NUMBER_ID, message(RECIPIENT).text("after a 503").build()))), sent: (await sentCount()) - before };

// Timeouts and the caller's AbortSignal.
await control("/faults", { kind: "latency", route: "getContactByPhone", count: 1, latencyMs: 1_000 });
results.timeout = await fails(client.contacts.getByPhone(RECIPIENT, { timeoutMs: 100, maxRetries: 0 }));
const abort = new AbortController();
const aborted = fails(client.contacts.getByPhone(RECIPIENT, { signal: abort.signal }));
abort.abort();
results.aborted = await aborted;
await control("/faults", { kind: "drop", route: "getContactByPhone", count: 1 });
results.dropped = (await client.contacts.getByPhone("447700900123")).id === contact.id; // a GET is retried after a dropped connection

console.log(JSON.stringify(results));
