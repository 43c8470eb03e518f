// @sigfollow/client runs unchanged in Node.js, Deno and Bun: test/support/client-smoke.mjs (sends,
// builders, an upload, contacts, thrown errors, retries, timeouts, aborts) runs in each runtime
// against the standalone mock, and every runtime must report the same outcomes; so does
// test/support/webhooks-smoke.mjs (@sigfollow/client/webhooks: sign, verify, parse, handle). Deno
// and Bun are not workspace dependencies (`pnpm start` does not need them): this test installs them
// from npm when it runs, into node_modules/.cache/sigfollow-runtimes (kept between runs, nothing
// global). A runtime that cannot be installed or started here is skipped, unless
// SIGFOLLOW_REQUIRE_ALL=1.
import { spawn, spawnSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { npmInstall } from "../../../scripts/npm-env.mjs";
import { REQUIRE_ALL } from "./support/require-all.js";
import { type Standalone, startStandalone } from "./support/standalone.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const script = fileURLToPath(new URL("./support/client-smoke.mjs", import.meta.url));
const webhooksScript = fileURLToPath(new URL("./support/webhooks-smoke.mjs", import.meta.url));
const runtimes = fileURLToPath(new URL("../../../node_modules/.cache/sigfollow-runtimes/", import.meta.url));
const VERSIONS = { deno: "2.9.6", bun: "1.4.5" };

/** Installs the pinned Deno and Bun from npm unless already there; a failure is reported by the skip below. */
function install(): string | undefined {
  try {
    npmInstall(runtimes, VERSIONS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
const installError = install();
const bin = (name: string) => `${runtimes}node_modules/.bin/${name}`;

const RUNTIMES: Record<string, string[]> = {
  node: [process.execPath, script],
  deno: [bin("deno"), "run", "--allow-env", "--allow-net", "--allow-read", "--no-lock", script],
  bun: [bin("bun"), script],
};
/** The same runtime command, running another script. */
const withScript = (command: string[], other: string) => command.map((part) => (part === script ? other : part));
const available = (command: string) => spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;

let mock: Standalone | undefined;
beforeAll(async () => {
  mock = await startStandalone(["--quiet"]);
});
afterAll(() => mock?.stop());

function run(command: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: here, env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const thrown = (kind: string, name: string, extra: Record<string, unknown> = {}) => ({ guard: true, kind, name, keyLeaked: false, ...extra });

describe.each(Object.entries(RUNTIMES))("@sigfollow/client on %s", (runtime, command) => {
  const runnable = available(command[0]!);
  it.skipIf(!runnable && !REQUIRE_ALL)("sends, builds, uploads, throws typed errors, retries, times out and aborts", async () => {
    if (!runnable) throw new Error(`${runtime} does not start here (${command[0]}${installError ? `; ${installError}` : ""}); SIGFOLLOW_REQUIRE_ALL=1 forbids skipping`);
    const reset = await fetch(`${mock!.url}/__mock/reset`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const { apiKeys } = (await reset.json()) as { apiKeys: { key: string }[] };
    const { code, stdout, stderr } = await run(command, { SIGFOLLOW_BASE_URL: mock!.url, SIGFOLLOW_API_KEY: apiKeys[0]!.key });
    expect(stderr, stdout).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      runtime,
      text: { waId: "16505551234", id: true },
      template: true,
      ruleError: { guard: true, code: 132000 },
      upload: true,
      contact: { phone: "447700900123", sameAsHelper: true, displayName: "Runtime Test", found: true },
      notFound: thrown("not_found", "NotFoundError", { status: 404, code: 100 }),
      unauthorized: thrown("authentication", "AuthenticationError", { status: 401, code: 190 }),
      rateLimitRetried: { sent: 1, waitedMs: true },
      serverError: { ...thrown("server", "ServerError", { status: 503, code: 2 }), sent: 0 },
      timeout: thrown("timeout", "TimeoutError"),
      aborted: thrown("aborted", "AbortedError"),
      dropped: true,
    });
  }, 60_000);

  it.skipIf(!runnable && !REQUIRE_ALL)("verifies, parses and handles webhooks with @sigfollow/client/webhooks", async () => {
    if (!runnable) throw new Error(`${runtime} does not start here (${command[0]}); SIGFOLLOW_REQUIRE_ALL=1 forbids skipping`);
    const { code, stdout, stderr } = await run(withScript(command, webhooksScript), {});
    expect(stderr, stdout).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    // The body is Meta-style (ASCII only) and its signature is the one node:crypto computes.
    expect(result.body).toMatch(/^[\x20-\x7e]+$/);
    expect(result.body).toContain("Ol\\u00e1 \\ud83d\\udc4b");
    expect(result.signature).toBe(`sha256=${createHmac("sha256", "runtime-app-secret").update(result.body).digest("hex")}`);
    expect(result).toEqual({
      runtime,
      body: expect.any(String),
      signature: expect.any(String),
      verifies: true,
      reencoded: true,
      tampered: false,
      handshake: "7",
      get: 200,
      posted: 200,
      unsigned: 401,
      seen: ["message", "status", "unknown"],
      events: [
        ["message", "102290129340398", "José: Olá 👋 https://a.example/b c@d.e"],
        ["status", "102290129340398", null],
        ["unknown", "102290129340400", null],
      ],
    });
  }, 60_000);
});
