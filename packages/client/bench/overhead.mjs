// Per-request overhead of @sigfollow/client against raw fetch, both sending the same text message
// to one local node:http server that answers with the send-message JSON. A benchmark, not a test:
// run `node bench/overhead.mjs` (or `pnpm bench`) after `pnpm build`.
//
// Rounds alternate between the two so neither benefits from running second, and the medians are
// reported. Wall time is what a caller waits; CPU time (this process: client plus server) is
// steadier on a busy machine, since other processes do not count against it.
import { createServer } from "node:http";
import { createSigFollowClient } from "../dist/index.js";

const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 500);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
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

const contenders = {
  "raw fetch": async () => {
    const response = await fetch(`${base}/v1/106540352242922/messages`, {
      method: "POST",
      headers: { Authorization: "Bearer sflo_test_bench", "Content-Type": "application/json" },
      body: JSON.stringify(message),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  },
  "@sigfollow/client": () => client.messages.send("106540352242922", message),
};

/** µs of wall time and of CPU time per request over one round. */
async function round(run) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < PER_ROUND; i++) await run();
  const wall = Number(process.hrtime.bigint() - start) / 1e3 / PER_ROUND;
  const { user, system } = process.cpuUsage(cpu);
  return { wall, cpu: (user + system) / PER_ROUND };
}

for (const run of Object.values(contenders)) for (let i = 0; i < 300; i++) await run(); // warm-up
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, { wall: [], cpu: [] }]));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, run] of Object.entries(contenders)) {
    const { wall, cpu } = await round(run);
    samples[name].wall.push(wall);
    samples[name].cpu.push(cpu);
  }
}
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [raw, sdk] = Object.values(samples).map((s) => ({ wall: median(s.wall), cpu: median(s.cpu) }));
console.log(`sequential text sends to a local server, ${ROUNDS} alternating rounds of ${PER_ROUND}, medians per request`);
console.log(`                   wall time    CPU time`);
console.log(`raw fetch          ${raw.wall.toFixed(0).padStart(6)} µs   ${raw.cpu.toFixed(0).padStart(6)} µs`);
console.log(`@sigfollow/client  ${sdk.wall.toFixed(0).padStart(6)} µs   ${sdk.cpu.toFixed(0).padStart(6)} µs`);
console.log(`overhead           ${(sdk.wall - raw.wall).toFixed(0).padStart(6)} µs   ${(sdk.cpu - raw.cpu).toFixed(0).padStart(6)} µs`);
console.log(`ratio client/raw   ${(sdk.wall / raw.wall).toFixed(2).padStart(6)}      ${(sdk.cpu / raw.cpu).toFixed(2).padStart(6)}`);
