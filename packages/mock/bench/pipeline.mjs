#!/usr/bin/env node
// `node bench/pipeline.mjs`: microseconds per call of the request pipeline for a text send, without
// the network: as the standalone server calls it (the body already read), as the MSW handlers call
// it (a fetch Request), through msw's getResponse, plus the API-key HMAC. Runs the TypeScript
// sources (bundled on the fly with esbuild, which comes with tsup), so no build is needed. Not a
// test: it prints figures, which are noisy on a busy machine.
//   node bench/pipeline.mjs [--iterations 20000] [--rounds 5] [--concurrency 10] [--src <dir>]
// Calls run `--concurrency` at a time (10, like bench/throughput.mjs's connections): "wall" is
// elapsed time per call, "cpu" the process's CPU time per call (WebCrypto's thread pool included).
// `--src` points at another copy of src/ to compare.
import { mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "20000" },
    rounds: { type: "string", default: "5" },
    concurrency: { type: "string", default: "10" },
    src: { type: "string" },
  },
});
const concurrency = Number(values.concurrency);
const iterations = Number(values.iterations);
const rounds = Number(values.rounds);
const root = fileURLToPath(new URL("..", import.meta.url));
const src = resolve(values.src ?? join(root, "src"));

// ------------------------------------------------------------------ bundle the sources

const cache = join(root, "node_modules", ".cache", "sigfollow-bench");
mkdirSync(cache, { recursive: true });
const entry = `
export { createMockGateway, pipelineOf } from ${JSON.stringify(join(src, "gateway.ts"))};
export * as incoming from ${JSON.stringify(join(src, "http", "incoming.ts"))};
export * as auth from ${JSON.stringify(join(src, "auth.ts"))};
export * as hmac from ${JSON.stringify(join(src, "node", "hmac.ts"))};
`;
const esbuild = createRequire(createRequire(import.meta.url).resolve("tsup"))("esbuild");
const bundled = join(cache, `pipeline-${process.pid}.mjs`);
await esbuild.build({
  stdin: { contents: entry, resolveDir: root, loader: "ts" },
  bundle: true,
  outfile: bundled,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  nodePaths: [join(root, "node_modules")],
  logLevel: "silent",
});
const mod = await import(pathToFileURL(bundled).href);
rmSync(bundled, { force: true });
const { createMockGateway, pipelineOf, incoming, auth, hmac } = mod;
const { getResponse } = await import("msw");

// ------------------------------------------------------------------ the request

const KEY = "sflo_test_benchbenchbenchbenchbench01";
const PHONE_NUMBER_ID = "106540352242922";
const RECIPIENT = "16505551234";
const BODY = Buffer.from(JSON.stringify({ messaging_product: "whatsapp", to: RECIPIENT, type: "text", text: { body: "Hello from SigFollow" } }));
const PATH = `/v1/${PHONE_NUMBER_ID}/messages`;
const ORIGIN = "http://127.0.0.1:4010";
const HEADERS = { host: "127.0.0.1:4010", authorization: `Bearer ${KEY}`, "content-type": "application/json", "content-length": String(BODY.length) };

const gateway = createMockGateway({
  baseUrl: "*",
  // The HMAC the standalone server uses.
  hmac: hmac.nodeHmac,
  // No limit: the frozen clock never leaves its first second, so any limit would end the run.
  rateLimitPerSecond: null,
  seed: {
    version: 1,
    rngSeed: "bench",
    tenants: [
      {
        id: "tenant_bench",
        apiKeys: [{ id: "key_bench", key: KEY }],
        wabas: [{ id: "102290129340398", phoneNumbers: [{ id: PHONE_NUMBER_ID }] }],
        inboundMessages: [{ from: RECIPIENT }],
      },
    ],
  },
});
await gateway.ready;
const pipeline = pipelineOf(gateway);

/** The request as the standalone server hands it over: body read, headers from node:http. */
const fromServer = () => incoming.withBody("POST", ORIGIN + PATH, (name) => HEADERS[name] ?? null, BODY);
/** The request as the MSW handlers hand it over: a fetch Request. */
const fetchRequest = () => new Request(ORIGIN + PATH, { method: "POST", headers: HEADERS, body: BODY });

const first = await pipeline.handle("api", fromServer(), PATH, "");
if (first.status !== 200) throw new Error(`the gateway answered ${first.status}: ${first.text}`);

// ------------------------------------------------------------------ timing

/**
 * Microseconds per call of `fn(input)` with `concurrency` calls in flight (awaited when it returns a
 * promise), as wall time and as CPU time of the whole process (thread pool included): the best
 * round of `rounds`, after one warm-up round.
 */
async function time(fn, prepare) {
  let best = { wall: Infinity, cpu: Infinity };
  for (let round = 0; round < rounds + 1; round++) {
    const inputs = prepare ? Array.from({ length: iterations }, (_, i) => prepare(i)) : undefined;
    let next = 0;
    const worker = async () => {
      while (next < iterations) {
        const i = next++;
        const result = fn(inputs ? inputs[i] : i);
        if (result && typeof result.then === "function") await result;
      }
    };
    const cpu0 = process.cpuUsage();
    const start = process.hrtime.bigint();
    await Promise.all(Array.from({ length: concurrency }, worker));
    const wall = Number(process.hrtime.bigint() - start) / 1000 / iterations;
    const used = process.cpuUsage(cpu0);
    const cpu = (used.user + used.system) / iterations;
    if (round > 0 && wall < best.wall) best = { wall, cpu };
  }
  return best;
}

const row = (name, { wall, cpu }, note = "") => {
  console.log(`${name.padEnd(52)}${wall.toFixed(1).padStart(8)}${cpu.toFixed(1).padStart(8)}  ${note}`);
};

console.log(`src: ${src}`);
console.log(`${iterations} calls per round, ${concurrency} in flight, best of ${rounds} rounds (after one warm-up round)\n`);
console.log(`${"µs per call".padEnd(52)}${"wall".padStart(8)}${"cpu".padStart(8)}`);
row("standalone server: pipeline over the read body", await time(() => pipeline.handle("api", fromServer(), PATH, "")), "(node:http's own work not counted)");
row("MSW handlers: fetch Request + pipeline", await time((request) => pipeline.handle("api", incoming.fromFetch(request), PATH, ""), fetchRequest));
row("msw getResponse over gateway.handlers", await time((request) => getResponse(gateway.handlers, request), fetchRequest));
row("  new Request(url, { method, headers, body })", await time(() => fetchRequest()));

console.log("\nAPI-key HMAC (per request)");
const hasher = new auth.KeyHasher();
row("  KeyHasher.hash(key), WebCrypto (in process, in a browser)", await time(() => hasher.hash(KEY)));
const nodeHasher = new auth.KeyHasher(undefined, hmac.nodeHmac);
row("  KeyHasher.hash(key), node:crypto (the standalone server)", await time(() => nodeHasher.hash(KEY)));
const cryptoKey = await crypto.subtle.importKey("raw", crypto.getRandomValues(new Uint8Array(32)), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
const keyBytes = new TextEncoder().encode(KEY);
row("  WebCrypto subtle.sign HMAC-SHA256", await time(() => crypto.subtle.sign("HMAC", cryptoKey, keyBytes)));
