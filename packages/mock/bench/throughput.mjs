#!/usr/bin/env node
// `pnpm bench`: throughput and p99 latency of a text send on the standalone mock gateway (state,
// auth, rate limiting and validation on), against a bare node:http server answering the same JSON,
// then again with 100,000 stored contacts. A fourth server shows the floor the gateway sits on:
// node:http handing each request to msw's getResponse with a handler that answers the fixed JSON at
// once (what any getResponse-based server pays before doing any work). Not a test: it prints figures.
//   node bench/throughput.mjs [--duration 8] [--connections 10]
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const { values } = parseArgs({ options: { duration: { type: "string", default: "8" }, connections: { type: "string", default: "10" } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = fileURLToPath(new URL("..", import.meta.url));

const KEY = "sflo_test_benchbenchbenchbenchbench01";
const PHONE_NUMBER_ID = "106540352242922";
const RECIPIENT = "16505551234";
const REQUEST = JSON.stringify({ messaging_product: "whatsapp", to: RECIPIENT, type: "text", text: { body: "Hello from SigFollow" } });
const RESPONSE = JSON.stringify({
  messaging_product: "whatsapp",
  contacts: [{ input: RECIPIENT, wa_id: RECIPIENT }],
  messages: [{ id: "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA" }],
});

function seed(contacts) {
  return {
    version: 1,
    rngSeed: "bench",
    // A per-key limit far above what one machine can send: the check runs on every request.
    rateLimitPerSecond: 1_000_000,
    tenants: [
      {
        id: "tenant_bench",
        apiKeys: [{ id: "key_bench", key: KEY }],
        wabas: [{ id: "102290129340398", phoneNumbers: [{ id: PHONE_NUMBER_ID }] }],
        inboundMessages: [{ from: RECIPIENT }],
        contacts: Array.from({ length: contacts }, (_, i) => ({ phone: String(15_550_000_000 + i) })),
      },
    ],
  };
}

const BARE = `
const http = require("node:http");
const body = ${JSON.stringify(RESPONSE)};
const server = http.createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", () => { res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }); res.end(body); });
});
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port));
`;

const MSW_FLOOR = `
const http = require("node:http");
const { getResponse, http: handlers } = require(${JSON.stringify(createRequire(import.meta.url).resolve("msw"))});
const body = ${JSON.stringify(RESPONSE)};
// A bodiless Response, the JSON written directly: no web stream either way, as in the mock.
const handler = handlers.all(() => true, () => new Response(null, { headers: { "Content-Type": "application/json" } }));
const server = http.createServer((req, res) => {
  req.on("data", () => {});
  req.on("end", async () => {
    const headers = {};
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers[req.rawHeaders[i].toLowerCase()] = req.rawHeaders[i + 1];
    // Without the body (the handler does not read it), the cheapest Request there is.
    const request = new Request("http://" + req.headers.host + req.url, { method: req.method, headers });
    const response = await getResponse([handler], request);
    res.writeHead(response.status, { "Content-Type": response.headers.get("content-type"), "Content-Length": Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log("listening on http://127.0.0.1:" + server.address().port));
`;

/** Starts a server process and resolves with its URL (the first http:// URL it prints). */
function start(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /http:\/\/[0-9.:]+/.exec(out);
      if (match) resolve({ url: match[0], stop: () => new Promise((r) => (child.once("exit", r), child.kill("SIGTERM"))) });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

async function measure(name, url) {
  const options = {
    url: `${url}/v1/${PHONE_NUMBER_ID}/messages`,
    method: "POST",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
    body: REQUEST,
    connections,
  };
  await autocannon({ ...options, duration: 2 }); // warm-up
  const result = await autocannon({ ...options, duration });
  const ok = result["2xx"];
  const bad = result.non2xx + result.errors + result.timeouts;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok, bad };
}

const dir = mkdtempSync(join(tmpdir(), "sigfollow-bench-"));
const seedFile = (n) => {
  const file = join(dir, `seed-${n}.json`);
  writeFileSync(file, JSON.stringify(seed(n)));
  return file;
};

console.log(`autocannon: ${connections} connections, ${duration} s per run (after a 2 s warm-up), POST text message\n`);
const rows = [];
const bareFile = join(dir, "bare.cjs");
writeFileSync(bareFile, BARE);
const floorFile = join(dir, "msw-floor.cjs");
writeFileSync(floorFile, MSW_FLOOR);
for (const [name, args] of [
  ["bare node:http", [bareFile]],
  ["floor: getResponse, no-op handler", [floorFile]],
  ["mock (seed: 1 contact)", ["dist/cli.js", "--port", "0", "--quiet", "--seed", seedFile(0)]],
  ["mock (seed: 100,000 contacts)", ["dist/cli.js", "--port", "0", "--quiet", "--seed", seedFile(100_000)]],
]) {
  const server = await start(args);
  try {
    rows.push(await measure(name, server.url));
  } finally {
    await server.stop();
  }
}

const [bare, floor, mock, big] = rows;
const pad = (s, n) => String(s).padEnd(n);
console.log(pad("server", 36) + pad("req/s", 10) + pad("p50 ms", 9) + pad("p99 ms", 9) + pad("2xx", 10) + "other");
for (const r of rows) console.log(pad(r.name, 36) + pad(Math.round(r.rps), 10) + pad(r.p50, 9) + pad(r.p99, 9) + pad(r.ok, 10) + r.bad);
const ratio = mock.rps / bare.rps;
console.log(`\nmock / bare throughput: ${ratio.toFixed(2)} (target >= 0.50: ${ratio >= 0.5 ? "met" : "not met"})`);
console.log(`with 100,000 contacts / without: ${(big.rps / mock.rps).toFixed(2)} (1.00 = unchanged)`);
console.log(`getResponse floor / bare: ${(floor.rps / bare.rps).toFixed(2)} (the most any getResponse-based server reaches here); mock / floor: ${(mock.rps / floor.rps).toFixed(2)}`);
if (mock.bad || big.bad) console.log(`warning: ${mock.bad + big.bad} non-2xx answers or errors during the mock runs`);
