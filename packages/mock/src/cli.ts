// `sigfollow-mock`: the standalone SigFollow mock gateway.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEMO, DEMO_SEED } from "./seed/demo.js";
import { SeedError, type MockSeed } from "./seed/schema.js";
import { whenParentExits } from "./node/parent.js";
import { isLoopback, startMockServer } from "./node/server.js";

const HELP = `Usage: sigfollow-mock [--port 4010] [--host 127.0.0.1] [--seed seed.json] [options]

Serves a stateful mock of the SigFollow API (openapi/sigfollow.yaml) and its control API under /__mock.

Options:
  --port <n>          Port to listen on (0 picks a free one). Default 4010.
  --host <host>       Interface to listen on. Default 127.0.0.1.
  --seed <file>       JSON seed (tenants, API keys, WABAs, templates, contacts...). Default: the demo tenant.
  --rate-limit <n>    Default per-key requests per second (0: unlimited). Default: the seed's, else 20.
  --clock <mode>      running (default: time passes) or frozen (moves only via /__mock/clock).
  --control-token <t> Token the control API (/__mock) requires as "Authorization: Bearer <t>" (16+ characters).
                      Off loopback one is always required: without this flag one is generated and printed.
  --allowed-host <h>  A Host name the control API answers besides loopback ones (repeatable), e.g. a Docker service name.
  --quiet             Print only the base URL (and a generated control token).
  --detached          Keep running when the process that started it exits (a CI step that starts
                      it for the next steps); stop it with a signal.
  -h, --help          Show this help.

The server stops on SIGINT, SIGTERM and SIGHUP, and (unless --detached) when the process that started it exits.`;

function fail(message: string): never {
  console.error(`sigfollow-mock: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string" },
        "rate-limit": { type: "string" },
        clock: { type: "string" },
        "control-token": { type: "string" },
        "allowed-host": { type: "string", multiple: true },
        quiet: { type: "boolean", default: false },
        detached: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${HELP}`);
  }
  if (args.help) {
    console.log(HELP);
    return;
  }
  // `npx sigfollow-mock &` then `kill $!`, or a script that ends: whatever started the server is gone.
  if (!args.detached) whenParentExits(() => stop(null));
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0 to 65535, got ${args.port}`);
  if (args.clock !== undefined && args.clock !== "running" && args.clock !== "frozen") fail(`--clock must be running or frozen, got ${args.clock}`);
  let given: MockSeed | undefined;
  if (args.seed) {
    try {
      given = JSON.parse(readFileSync(args.seed, "utf8")) as MockSeed;
    } catch (error) {
      fail(`cannot read the seed ${args.seed}: ${(error as Error).message}`);
    }
    if (!given || typeof given !== "object" || Array.isArray(given)) fail(`${args.seed}: a seed is a JSON object (see the README)`);
  }
  // The command's defaults (a running clock, 20 requests per second) fill what the seed leaves
  // open; explicit flags win over the seed.
  const base = given ?? DEMO_SEED;
  const seed: MockSeed = { ...base, rateLimitPerSecond: base.rateLimitPerSecond ?? 20, clock: { ...base.clock, mode: base.clock?.mode ?? "running" } };
  let rateLimit: number | null | undefined;
  if (args["rate-limit"] !== undefined) {
    const n = Number(args["rate-limit"]);
    if (!Number.isInteger(n) || n < 0) fail(`--rate-limit must be a whole number, got ${args["rate-limit"]}`);
    rateLimit = n === 0 ? null : n;
  }

  const controlToken = args["control-token"];
  if (controlToken !== undefined && controlToken.length < 16) fail("--control-token must be at least 16 characters");
  let mock;
  try {
    mock = await startMockServer({
      port,
      host: args.host,
      seed,
      ...(controlToken !== undefined ? { controlToken } : {}),
      ...(args["allowed-host"] ? { allowedHosts: args["allowed-host"] } : {}),
      ...(rateLimit !== undefined ? { rateLimitPerSecond: rateLimit } : {}),
      ...(args.clock ? { clockMode: args.clock as "running" | "frozen" } : {}),
    });
  } catch (error) {
    if (error instanceof SeedError) fail(`${args.seed}: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") fail(`port ${port} is already in use (try --port 0)`);
    throw error;
  }

  server = mock;
  const lines = [`SigFollow mock gateway listening on ${mock.url}`];
  if (!isLoopback(args.host)) {
    console.error(
      [
        `sigfollow-mock: WARNING: listening on ${args.host}, not loopback: anyone who can reach this port can call the API with the keys below.`,
        "The control API (/__mock: reset, keys, faults, recorded requests) requires the control token. This is a test tool: do not expose it to untrusted networks.",
      ].join("\n"),
    );
  }
  if (mock.controlToken !== null && controlToken === undefined) lines.push(`Control token (generated): ${mock.controlToken}`);
  if (!args.quiet) {
    lines.push(`Control API: ${mock.url}/__mock (GET it for the list of endpoints${mock.controlToken !== null ? ', with "Authorization: Bearer <control token>"' : ""})`);
    const keys = mock.seedReport.apiKeys;
    if (!given) {
      const key = keys[0]!.key;
      lines.push(
        "",
        "Demo tenant (no --seed given):",
        `  API key:          ${key}`,
        `  WABA id:          ${DEMO.wabaId}`,
        `  Phone number id:  ${DEMO.phoneNumberId}`,
        `  Recipient:        ${DEMO.recipient} (24-hour window open)`,
        "",
        "Try it:",
        `  curl -X POST ${mock.url}/v1/${DEMO.phoneNumberId}/messages \\`,
        `    -H "Authorization: Bearer ${key}" \\`,
        `    -H "Content-Type: application/json" \\`,
        `    -d '{"messaging_product":"whatsapp","to":"${DEMO.recipient}","type":"text","text":{"body":"Hello from SigFollow"}}'`,
      );
    } else {
      const generated = keys.filter((k) => k.generated);
      if (generated.length) {
        lines.push("", "Generated API keys (shown once):");
        for (const k of generated) lines.push(`  ${k.tenantId} ${k.id}: ${k.key}`);
      }
    }
    lines.push("", "Ctrl+C stops the server.");
  }
  console.log(lines.join("\n"));
}

let server: { close(): Promise<void> } | undefined;
let stopping = false;
/**
 * Graceful shutdown: stop accepting, let requests in flight finish, exit 0. Repeated signals are
 * ignored. `signal` is null when the process that started the server exited (nobody to tell).
 */
function stop(signal: string | null): void {
  if (stopping) return;
  stopping = true;
  if (!server) process.exit(0);
  if (signal) console.log(`\n${signal}: shutting down`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
