#!/usr/bin/env node
// `pnpm bench`: the standalone mock gateway's speed, in one run beside a bare node:http server
// answering the same JSON (the machine's ceiling), so the ratio holds on a busy machine too.
//   1. throughput, p50/p99 and the server's CPU time per request of a text send (state, auth, rate
//      limiting and validation on), 10 connections: bare node:http, the mock, the mock with 100,000
//      stored contacts;
//   2. memory under a 60-second load: the mock's RSS before and after (and along the way), and how
//      many requests and messages it kept (bounded: 1,000 and 10,000 by default);
//   3. in process: the time one client send takes through the mock under msw/node;
//   4. slow webhook receivers: the same send with 10 subscriptions to a loopback receiver that
//      answers each POST after 5 s (running clock: every send queues sent, delivered, read for
//      each), against the same server with no subscription (target: at least 0.8 of it).
// Not a test: it prints figures. Needs a build (`pnpm --filter @sigfollow/mock build`).
//   node bench/throughput.mjs [--duration 8] [--connections 10] [--memory-seconds 60] [--sends 3000]
//     [--only 1,2,3,4] [--receiver-ms 5000] [--subscriptions 10]
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    "memory-seconds": { type: "string", default: "60" },
    sends: { type: "string", default: "3000" },
    only: { type: "string", default: "1,2,3,4" },
    "receiver-ms": { type: "string", default: "5000" },
    subscriptions: { type: "string", default: "10" },
  },
});
const only = new Set(values.only.split(","));
const duration = Number(values.duration);
const connections = Number(values.connections);
const memorySeconds = Number(values["memory-seconds"]);
const sends = Number(values.sends);
const root = fileURLToPath(new URL("..", import.meta.url));

const KEY = "sflo_test_benchbenchbenchbenchbench01";
const PHONE_NUMBER_ID = "106540352242922";
const RECIPIENT = "16505551234";
const MESSAGE = { messaging_product: "whatsapp", to: RECIPIENT, type: "text", text: { body: "Hello from SigFollow" } };
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

/** Starts a server process and resolves with its URL (the first http:// URL it prints), pid and output so far. */
function start(args, nodeFlags = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const match = /http:\/\/[0-9.:]+/.exec(out);
      if (match) resolve({ url: match[0], pid: child.pid, output: () => out, stop: () => new Promise((r) => (child.once("exit", r), child.kill("SIGTERM"))) });
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const sendOptions = (url) => ({
  url: `${url}/v1/${PHONE_NUMBER_ID}/messages`,
  method: "POST",
  headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
  body: JSON.stringify(MESSAGE),
  connections,
});

async function measure(name, server) {
  await autocannon({ ...sendOptions(server.url), duration: 2 }); // warm-up
  const cpu = cpuMs(server.pid);
  const result = await autocannon({ ...sendOptions(server.url), duration });
  const cpuPerRequest = ((cpuMs(server.pid) - cpu) * 1000) / result.requests.total;
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, ok: result["2xx"], bad: result.non2xx + result.errors + result.timeouts, cpuPerRequest };
}

/** CPU time a process has used so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

/** Resident set size of a process in MB (Linux /proc). */
function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

const dir = mkdtempSync(join(tmpdir(), "sigfollow-bench-"));
const seedFile = (n) => {
  const file = join(dir, `seed-${n}.json`);
  writeFileSync(file, JSON.stringify(seed(n)));
  return file;
};
const bareFile = join(dir, "bare.cjs");
writeFileSync(bareFile, BARE);
const mockArgs = (contacts) => ["dist/cli.js", "--port", "0", "--quiet", "--seed", seedFile(contacts)];
const pad = (s, n) => String(s).padEnd(n);
const mb = (n) => `${n.toFixed(1)} MB`;

// ------------------------------------------------------------------ 1. throughput and latency

if (only.has("1")) {
console.log(`1. Throughput: autocannon, ${connections} connections, ${duration} s per server (after a 2 s warm-up), POST text message\n`);
const rows = [];
for (const [name, args] of [
  ["bare node:http", [bareFile]],
  ["mock (seed: 1 contact)", mockArgs(0)],
  ["mock (seed: 100,000 contacts)", mockArgs(100_000)],
]) {
  const server = await start(args);
  try {
    rows.push(await measure(name, server));
  } finally {
    await server.stop();
  }
}
const [bare, mock, big] = rows;
console.log(pad("server", 32) + pad("req/s", 10) + pad("p50 ms", 9) + pad("p99 ms", 9) + pad("CPU µs/req", 12) + pad("2xx", 10) + "other");
for (const r of rows) console.log(pad(r.name, 32) + pad(Math.round(r.rps), 10) + pad(r.p50, 9) + pad(r.p99, 9) + pad(r.cpuPerRequest.toFixed(0), 12) + pad(r.ok, 10) + r.bad);
const ratio = mock.rps / bare.rps;
const bigRatio = big.rps / mock.rps;
// CPU time per request: what the server itself spends, less swayed than throughput by other work
// on the machine during one of the runs.
const bigCpu = big.cpuPerRequest / mock.cpuPerRequest;
const verdict = (met) => (met ? "met" : "NOT met");
console.log(`\nmock / bare node:http throughput: ${ratio.toFixed(2)} (target >= 0.35: ${verdict(ratio >= 0.35)})`);
console.log(`mock p99: ${mock.p99} ms; with 100,000 contacts: ${big.p99} ms (target < 5 ms: ${verdict(mock.p99 < 5 && big.p99 < 5)})`);
console.log(`with 100,000 contacts / without: throughput ${bigRatio.toFixed(2)}, CPU time per request ${bigCpu.toFixed(2)} (target: at most 5% slower, i.e. throughput >= 0.95: ${verdict(bigRatio >= 0.95)}; CPU per request <= 1.05: ${verdict(bigCpu <= 1.05)})`);
if (mock.bad || big.bad) console.log(`warning: ${mock.bad + big.bad} non-2xx answers or errors during the mock runs`);
}

// ------------------------------------------------------------------ 2. memory under load

if (only.has("2")) {
console.log(`\n2. Memory: the mock under ${memorySeconds} s of the same load`);
  // --trace-gc: the live heap after each full collection shows what the mock keeps, which RSS (the
  // heap V8 chose to reserve under this allocation rate, plus everything else) does not.
  const server = await start(mockArgs(0), ["--trace-gc"]);
  try {
    await autocannon({ ...sendOptions(server.url), duration: 2 }); // warm-up: code compiled, logs filling
    const before = rssMb(server.pid);
    const outputBefore = server.output().length;
    const samples = [before];
    const run = autocannon({ ...sendOptions(server.url), duration: memorySeconds });
    const step = memorySeconds / 4;
    const timer = setInterval(() => samples.push(rssMb(server.pid)), step * 1000);
    const result = await run;
    clearInterval(timer);
    const after = rssMb(server.pid);
    const count = async (path) => (await (await fetch(`${server.url}/__mock/${path}`)).json()).data.length;
    console.log(`requests answered: ${result.requests.total} (${Math.round(result.requests.average)} req/s, p99 ${result.latency.p99} ms)`);
    console.log(`RSS before: ${mb(before)}, after: ${mb(after)}, after - before: ${mb(after - before)}`);
    console.log(`RSS every ${step} s: ${[...samples, after].map((s) => s.toFixed(1)).join(", ")} MB`);
    const live = [...server.output().slice(outputBefore).matchAll(/Mark-Compact [0-9.]+ \([0-9.]+\) -> ([0-9.]+)/g)].map((m) => Number(m[1]));
    if (live.length) console.log(`live heap after each of the ${live.length} full GCs: first ${mb(live[0])}, last ${mb(live.at(-1))}, largest ${mb(Math.max(...live))}`);
    else console.log("live heap: no full GC during the load");
    console.log(`kept: ${await count("requests")} recorded requests (limit 1,000), ${await count("messages")} messages (limit 10,000)`);
  } finally {
    await server.stop();
  }
}

// ------------------------------------------------------------------ 3. in process

if (only.has("3")) {
console.log(`\n3. In process: one client send through the mock under msw/node (${sends} sends, one at a time, after 300 warm-up sends)`);
  const { setupServer } = await import("msw/node");
  const { createSigFollowClient } = await import("@sigfollow/client");
  const { createMockGateway } = await import("../dist/index.js");
  const { nodeHmac } = await import("../dist/node/index.js");
  for (const [name, options] of [
    ["WebCrypto HMAC (default)", {}],
    ["node:crypto HMAC (hmac: nodeHmac)", { hmac: nodeHmac }],
  ]) {
    const gateway = createMockGateway({ ...options, seed: seed(0), rateLimitPerSecond: null });
    const server = setupServer(...gateway.handlers);
    server.listen({ onUnhandledRequest: "error" });
    try {
      await gateway.ready;
      const client = createSigFollowClient({ apiKey: KEY });
      for (let i = 0; i < 300; i++) await client.messages.send(PHONE_NUMBER_ID, MESSAGE);
      const started = performance.now();
      for (let i = 0; i < sends; i++) await client.messages.send(PHONE_NUMBER_ID, MESSAGE);
      console.log(`${pad(name, 36)}${(((performance.now() - started) / sends) * 1000).toFixed(0)} µs per send`);
    } finally {
      server.close();
    }
  }
}

// ------------------------------------------------------------------ 4. slow webhook receivers

if (only.has("4")) {
  const receiverMs = Number(values["receiver-ms"]);
  const subscriptions = Number(values.subscriptions);
  console.log(`\n4. Slow webhook receivers: the send of 1. with ${subscriptions} subscriptions to a loopback receiver answering after ${receiverMs / 1000} s, against none (running clock)`);
  // The receiver: holds each POST for `receiverMs`, then answers 200 (the handshake is not used).
  let received = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => setTimeout(() => (received++, res.writeHead(200).end()), receiverMs));
  });
  receiver.keepAliveTimeout = 60_000;
  await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hook = `http://127.0.0.1:${receiver.address().port}/webhook`;
  const server = await start(mockArgs(0));
  try {
    const none = await measure("no subscription", server);
    for (let i = 0; i < subscriptions; i++) {
      const res = await fetch(`${server.url}/__mock/webhooks`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ wabaId: "102290129340398", url: hook, appSecret: `bench-secret-${i}` }),
      });
      if (res.status !== 200) throw new Error(`subscribe answered ${res.status}: ${await res.text()}`);
    }
    const slow = await measure(`${subscriptions} slow subscriptions`, server);
    console.log(pad("server", 32) + pad("req/s", 10) + pad("p50 ms", 9) + pad("p99 ms", 9) + pad("CPU µs/req", 12) + pad("2xx", 10) + "other");
    for (const r of [none, slow]) console.log(pad(r.name, 32) + pad(Math.round(r.rps), 10) + pad(r.p50, 9) + pad(r.p99, 9) + pad(r.cpuPerRequest.toFixed(0), 12) + pad(r.ok, 10) + r.bad);
    const deliveries = (await (await fetch(`${server.url}/__mock/webhooks/deliveries`)).json()).data;
    const dropped = deliveries.filter((d) => d.error?.startsWith("dropped")).length;
    console.log(`receiver answered ${received} POSTs; the delivery log's newest ${deliveries.length} records: ${dropped} drops (queue full)`);
    const ratio = slow.rps / none.rps;
    console.log(`with slow subscriptions / without: throughput ${ratio.toFixed(2)} (target >= 0.8: ${ratio >= 0.8 ? "met" : "NOT met"})`);
  } finally {
    await server.stop();
    receiver.closeAllConnections();
    receiver.close();
  }
}
