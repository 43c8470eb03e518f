// Per-request overhead of @sigfollow/client against raw fetch, on the same local node:http server
// answering the send-message JSON. A benchmark, not a test: run `pnpm bench` after `pnpm build`.
import { createServer } from "node:http";
import { createSigFollowClient } from "../dist/index.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
const WARMUP = 300;
const reply = JSON.stringify({
  messaging_product: "whatsapp",
  contacts: [{ input: "16505551234", wa_id: "16505551234" }],
  messages: [{ id: "wamid.HBgNMTY1MDU1NTEyMzQVAgARGBI" }],
});
const message = { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hello from SigFollow" } };

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end(reply));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const client = createSigFollowClient({ apiKey: "sflo_test_bench", baseUrl: base });

const raw = async () => {
  const response = await fetch(`${base}/v1/106540352242922/messages`, {
    method: "POST",
    headers: { Authorization: "Bearer sflo_test_bench", "Content-Type": "application/json" },
    body: JSON.stringify(message),
  });
  await response.json();
};
const viaClient = () => client.messages.send("106540352242922", message);

async function measure(run) {
  for (let i = 0; i < WARMUP; i++) await run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1e3 / REQUESTS; // µs per request
}

// Alternate the two so neither benefits from running second.
const results = { raw: [], client: [] };
for (let round = 0; round < 3; round++) {
  results.raw.push(await measure(raw));
  results.client.push(await measure(viaClient));
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const r = median(results.raw);
const c = median(results.client);
console.log(`sequential text sends, ${REQUESTS} per round, median of 3 rounds`);
console.log(`raw fetch:         ${r.toFixed(1)} µs/request`);
console.log(`@sigfollow/client: ${c.toFixed(1)} µs/request`);
console.log(`overhead:          ${(c - r).toFixed(1)} µs/request, ratio client/raw ${(c / r).toFixed(2)}`);
server.close();
