// CPU cost of createWebhookHandler for a 4 MiB POST: valid as Meta sends it (non-ASCII escaped, so
// ASCII), valid but re-encoded on the way (non-ASCII unescaped), and the same two bodies with a
// forged signature, which the handler must refuse at about the cost of a valid one. A benchmark, not
// a test: run `node bench/webhooks.mjs` (or `pnpm bench:webhooks`) after `pnpm build`.
//
// Rounds alternate between the cases so none benefits from running later; medians are reported.
// CPU time (this process) is steadier than wall time on a busy machine.
import { createWebhookHandler, escapeNonAscii, signWebhookPayload } from "../dist/webhooks.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const SIZE = 4 * 1024 * 1024 - 1024; // just under the handler's default maxBodyBytes
const appSecret = "bench-app-secret";
const handle = createWebhookHandler({ appSecret, onMessage: () => {} });

/** A `messages` webhook whose text body is `unit` repeated, about `SIZE` bytes of UTF-8 once `form` serialized it. */
function payloadOf(unit, form) {
  const message = (body) => ({
    object: "whatsapp_business_account",
    entry: [{ id: "102290129340398", changes: [{ field: "messages", value: {
      messaging_product: "whatsapp",
      metadata: { display_phone_number: "15550783881", phone_number_id: "106540352242922" },
      contacts: [{ profile: { name: "Sheena Nelson" }, wa_id: "16505551234" }],
      messages: [{ from: "16505551234", id: "wamid.HBgLMTY1MDUxNTUwNzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", timestamp: "1749416383", type: "text", text: { body } }],
    } }] }],
  });
  const bytes = (body) => Buffer.byteLength(form(JSON.stringify(message(body))));
  return message(unit.repeat(Math.floor((SIZE - bytes("")) / (bytes(unit) - bytes("")))));
}

const texts = { ASCII: "see https://shop.example.com/a or mail ana@example.com. ", "non-ASCII": "Olá José, ça coûte 12 € 👋🏽 — " };
const forged = `sha256=${"0".repeat(64)}`;
const cases = {};
for (const [name, text] of Object.entries(texts)) {
  // As Meta sends it: non-ASCII escaped, signed over those bytes.
  const sent = await signWebhookPayload(payloadOf(text, escapeNonAscii), appSecret);
  cases[`${name}, valid as sent`] = { body: new TextEncoder().encode(sent.body), signature: sent.signature, status: 200 };
  // What a proxy that decoded and re-encoded it forwards: the same size, non-ASCII unescaped.
  const payload = payloadOf(text, (json) => json);
  const received = new TextEncoder().encode(JSON.stringify(payload));
  if (name !== "ASCII") cases[`${name}, valid re-encoded`] = { body: received, signature: (await signWebhookPayload(payload, appSecret)).signature, status: 200 };
  cases[`${name}, forged`] = { body: received, signature: forged, status: 401 };
}

/** CPU µs of one POST, body read included. */
async function cpuOf({ body, signature, status }) {
  const request = new Request("http://127.0.0.1/webhook", { method: "POST", body, headers: { "x-hub-signature-256": signature } });
  const cpu = process.cpuUsage();
  const response = await handle(request);
  const { user, system } = process.cpuUsage(cpu);
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}`);
  return user + system;
}

for (const c of Object.values(cases)) for (let i = 0; i < 2; i++) await cpuOf(c); // warm-up
const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let r = 0; r < ROUNDS; r++) for (const [name, c] of Object.entries(cases)) samples[name].push(await cpuOf(c));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`createWebhookHandler, one POST of about 4 MiB, CPU time, median of ${ROUNDS} alternating rounds`);
const width = Math.max(...Object.keys(cases).map((name) => name.length));
for (const [name, c] of Object.entries(cases)) {
  console.log(`${name.padEnd(width)}  ${(c.body.byteLength / 1048576).toFixed(2)} MiB  ${(median(samples[name]) / 1000).toFixed(1).padStart(7)} ms`);
}
