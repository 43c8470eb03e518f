#!/usr/bin/env node
// `node bench/pipeline.mjs`: microseconds per call of each step the standalone server takes for a
// text send, without the network: building the fetch Request, msw's getResponse (and inside it the
// gateway's own handleApi), plus pieces of msw's work and the API-key HMAC. Runs the TypeScript
// sources (bundled on the fly with esbuild, which comes with tsup), so no build is needed. Not a
// test: it prints figures, which are noisy on a busy machine.
//   node bench/pipeline.mjs [--iterations 20000] [--rounds 5] [--concurrency 10] [--src <dir>]
// Calls run `--concurrency` at a time (10, like bench/throughput.mjs's connections): "wall" is
// elapsed time per call, "cpu" the process's CPU time per call (WebCrypto's thread pool included).
// `--src` points at another copy of src/ (e.g. an older one) to compare.
import { existsSync, mkdirSync, rmSync } from "node:fs";
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
export { createMockGateway } from ${JSON.stringify(join(src, "gateway.ts"))};
export * as server from ${JSON.stringify(join(src, "node", "server.ts"))};
export * as transport from ${JSON.stringify(join(src, "http", "transport.ts"))};
export * as auth from ${JSON.stringify(join(src, "auth.ts"))};
${existsSync(join(src, "node", "hmac.ts")) ? `export * as hmac from ${JSON.stringify(join(src, "node", "hmac.ts"))};` : ""}
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
const { createMockGateway, server, transport, auth, hmac } = mod;
const { getResponse, http, RequestHandler } = await import("msw");

// ------------------------------------------------------------------ the request

const KEY = "sflo_test_benchbenchbenchbenchbench01";
const PHONE_NUMBER_ID = "106540352242922";
const RECIPIENT = "16505551234";
const BODY = Buffer.from(JSON.stringify({ messaging_product: "whatsapp", to: RECIPIENT, type: "text", text: { body: "Hello from SigFollow" } }));
const PATH = `/v1/${PHONE_NUMBER_ID}/messages`;
const ORIGIN = "http://127.0.0.1:4010";
// What autocannon sends, as node:http gives it.
const RAW_HEADERS = ["host", "127.0.0.1:4010", "authorization", `Bearer ${KEY}`, "content-type", "application/json", "content-length", String(BODY.length)];
const fakeIncoming = () => ({
  method: "POST",
  url: PATH,
  rawHeaders: RAW_HEADERS,
  headers: { host: "127.0.0.1:4010", authorization: `Bearer ${KEY}`, "content-type": "application/json", "content-length": String(BODY.length) },
});

const gateway = createMockGateway({
  baseUrl: "*",
  // The HMAC the standalone server uses (sources without it hash with WebCrypto).
  hmac: hmac?.nodeHmac,
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

/** The Request the server builds for the fake request: its own helper, else the older inline code (for `--src`). */
const toRequest =
  server.toRequest ??
  ((req, body, origin) => {
    const headers = new Headers();
    for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
    const host = req.headers.host;
    const request = new Request((host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : origin) + req.url, { method: req.method, headers });
    transport.attachRequestBody(request, body);
    return request;
  });

const check = async () => {
  const response = await getResponse(gateway.handlers, toRequest(fakeIncoming(), BODY, ORIGIN));
  const text = transport.attachedResponseBody(response) ?? (await response.text());
  if (response.status !== 200) throw new Error(`the gateway answered ${response.status}: ${text}`);
};
await check();

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
const apiHandler = gateway.handlers[0];
const freshRequest = () => toRequest(fakeIncoming(), BODY, ORIGIN);

const full = await time(async () => {
  const response = await getResponse(gateway.handlers, toRequest(fakeIncoming(), BODY, ORIGIN));
  if (transport.attachedResponseBody(response) === undefined) throw new Error("no response text");
});
row("server pipeline: Request + getResponse", full, "(node:http's own work not counted)");
row("  Request built from node:http's request", await time(() => toRequest(fakeIncoming(), BODY, ORIGIN)));
row("  getResponse (msw + handleApi)", await time((request) => getResponse(gateway.handlers, request), freshRequest));
row("    handleApi alone (resolver, no msw)", await time((request) => apiHandler.resolver({ request }), freshRequest));

const plainRequest = () => new Request(`${ORIGIN}${PATH}`, { method: "POST", headers: fakeIncoming().headers });
console.log("\nmsw's own work, piece by piece (what getResponse does around the resolver)");
row("  request.clone()", await time((request) => request.clone(), plainRequest));
row("  new URL(request.url)", await time((request) => new URL(request.url), plainRequest));
const noop = http.all(() => true, () => new Response(null));
row("  getResponse, a handler answering new Response(null)", await time((request) => getResponse([noop], request), plainRequest));
row(
  "  same, clone skipped (RequestHandler.cache)",
  await time(
    (request) => getResponse([noop], request),
    () => {
      const request = plainRequest();
      RequestHandler.cache.set(request, request);
      return request;
    },
  ),
);
row("  new AbortController() + abort()", await time(() => new AbortController().abort()));

console.log("\nAPI-key HMAC (per request)");
if (typeof auth.KeyHasher === "function") {
  const hasher = new auth.KeyHasher();
  row("  KeyHasher.hash(key), WebCrypto (in process, in a browser)", await time(() => hasher.hash(KEY)));
  if (hmac) {
    const nodeHasher = new auth.KeyHasher(undefined, hmac.nodeHmac);
    row("  KeyHasher.hash(key), node:crypto (the standalone server)", await time(() => nodeHasher.hash(KEY)));
  }
}
const cryptoKey = await crypto.subtle.importKey("raw", crypto.getRandomValues(new Uint8Array(32)), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
const keyBytes = new TextEncoder().encode(KEY);
row("  WebCrypto subtle.sign HMAC-SHA256", await time(() => crypto.subtle.sign("HMAC", cryptoKey, keyBytes)));
