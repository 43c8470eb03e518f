#!/usr/bin/env node
// `node bench/webhooks.mjs`: webhook deliveries per second from the built mock (`pnpm build` first):
// `--sends` template sends, each delivering sent, delivered and read (3 signed POSTs), to an
// in-process function receiver built with createWebhookHandler (which verifies every signature),
// then to the same handler served by node:http. Not a test: it prints figures, noisy on a busy machine.
//   node bench/webhooks.mjs [--sends 1000]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createWebhookHandler } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO } from "../dist/index.js";

const { values } = parseArgs({ options: { sends: { type: "string", default: "1000" } } });
const sends = Number(values.sends);
const appSecret = "bench-app-secret";
let received = 0;
const handle = createWebhookHandler({ appSecret, onStatus: () => void received++ });
const body = JSON.stringify({
  messaging_product: "whatsapp", to: DEMO.recipient, type: "template",
  template: { name: "order_shipped", language: { code: "en_US" }, components: [{ type: "body", parameters: [{ type: "text", text: "Ann" }, { type: "text", text: "42" }] }] },
});

async function run(label, url) {
  // Nothing due while sending: every delivery goes out in the one flush measured.
  const gateway = createMockGateway({ webhooks: { logLimit: 100, delays: { sentMs: 1000, deliveredMs: 2000, readMs: 3000 } } });
  const key = (await gateway.ready).apiKeys[0].key;
  await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url, appSecret });
  for (let i = 0; i < sends; i++) {
    const res = await gateway.fetch(`https://api.sigfollow.com/v1/${DEMO.phoneNumberId}/messages`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body });
    if (res.status !== 200) throw new Error(`send answered ${res.status}`);
  }
  received = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  gateway.advanceClock(5000);
  const { attempts } = await gateway.webhooks.flush();
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  if (received !== sends * 3 || attempts !== sends * 3) throw new Error(`${label}: ${received} received, ${attempts} attempts, expected ${sends * 3}`);
  console.log(`${label.padEnd(22)} ${attempts} deliveries in ${ms.toFixed(0)} ms: ${Math.round((attempts / ms) * 1000)}/s, ${((user + system) / attempts).toFixed(0)} µs CPU each`);
}

await run("function receiver", handle);
const server = createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const answer = await handle(new Request("http://127.0.0.1/webhook", { method: "POST", headers: { "x-hub-signature-256": req.headers["x-hub-signature-256"] }, body: Buffer.concat(chunks) }));
  res.writeHead(answer.status).end();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
await run("node:http receiver", `http://127.0.0.1:${server.address().port}/webhook`);
server.close();
