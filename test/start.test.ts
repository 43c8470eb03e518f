// `pnpm start` (scripts/start.mjs) with a stand-in pnpm on PATH: it installs the workspace and builds
// only the mock and what it imports, prints none of that, so the mock's banner comes first; when a
// step fails, its output is shown and the start stops.
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "sigfollow-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `node scripts/start.mjs ...args` with a pnpm that logs its arguments, talks, and exits with `status`. */
function start(args: string[], status = 0) {
  const log = join(scratch, `pnpm-${status}.log`);
  writeFileSync(join(scratch, "pnpm"), `#!/bin/sh\necho "$@" >> "${log}"\necho "Progress: resolved 366, reused 366"\necho "build output" >&2\nexit ${status}\n`);
  chmodSync(join(scratch, "pnpm"), 0o755);
  const child = spawn(process.execPath, ["scripts/start.mjs", ...args], { cwd: root, env: { ...process.env, PATH: `${scratch}${delimiter}${process.env.PATH}` } });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const calls = () => readFileSync(log, "utf8").trim().split("\n");
  return { child, exited, calls, output: () => output };
}

describe("pnpm start", () => {
  it("installs, builds only the mock's packages, and the banner is the first thing printed", async () => {
    const run = start(["--port", "0"]);
    for (let i = 0; i < 400 && !/Ctrl\+C/.test(run.output()); i++) await new Promise((r) => setTimeout(r, 25));
    expect(run.output()).toMatch(/^SigFollow mock gateway listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(run.calls()).toEqual(["install --frozen-lockfile", "--filter @sigfollow/mock... run build"]);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("shows a failed step's output and stops", async () => {
    const run = start([], 1);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe("pnpm install --frozen-lockfile failed:\nProgress: resolved 366, reused 366\nbuild output\n");
    expect(run.calls()).toEqual(["install --frozen-lockfile"]);
  });

  it("needs no Deno or Bun in the workspace: the runtime test fetches them itself", () => {
    const manifests = ["package.json", "packages/client/package.json", "packages/mock/package.json"].map((f) => readFileSync(join(root, f), "utf8"));
    for (const manifest of manifests) expect(manifest).not.toMatch(/"(deno|bun)":/);
    expect(readFileSync(join(root, "pnpm-lock.yaml"), "utf8")).not.toMatch(/^ {2}'?(deno@|bun@|@deno\/|@oven\/)/m);
  });
});
