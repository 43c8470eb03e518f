// The mock README's CI recipe, run as written with bash against 127.0.0.1: `npx sigfollow-mock &`
// (npx running the built command from a scratch app's node_modules), wait until it answers, then
// `kill $!`, which reaches npx only. The port must close either way: after that kill, and when the
// script ends without stopping it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const mockDir = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(mockDir, "README.md"), "utf8");
const standalone = readme.slice(readme.indexOf("\n## Standalone\n"), readme.indexOf("\n## ", readme.indexOf("\n## Standalone\n") + 1));
const recipe = [...standalone.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes("MOCK_PID=$!"))!;

// A scratch app where `npx sigfollow-mock` finds the command as an installed dependency would put it.
const app = mkdtempSync(join(tmpdir(), "sigfollow-mock-ci-"));
mkdirSync(join(app, "node_modules", "@sigfollow"), { recursive: true });
mkdirSync(join(app, "node_modules", ".bin"));
symlinkSync(mockDir, join(app, "node_modules", "@sigfollow", "mock"));
symlinkSync("../@sigfollow/mock/dist/cli.js", join(app, "node_modules", ".bin", "sigfollow-mock"));
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "ci-app", private: true, dependencies: { "@sigfollow/mock": "*" } }));
afterAll(() => rmSync(app, { recursive: true, force: true }));

/** A port free on 127.0.0.1 right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something accepts connections on 127.0.0.1:port. */
const listening = (port: number) => fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);

/** Waits up to 5 s for the port to close; true when it did. */
async function closes(port: number): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (!(await listening(port))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Runs a bash script in the scratch app (npx offline: nothing is downloaded). */
function bash(script: string) {
  const { npm_config_user_agent: _, ...env } = process.env;
  return spawnSync("bash", ["-c", script], { cwd: app, env: { ...env, npm_config_offline: "true" }, encoding: "utf8", timeout: 60_000 });
}

describe("the README's CI recipe for the standalone mock", () => {
  it("is in the Standalone section: background start, readiness poll, kill", () => {
    expect(recipe).toMatch(/npx sigfollow-mock --port 4010 --quiet &\n/);
    expect(recipe).toContain("curl -sf");
    expect(recipe).toMatch(/^kill \$MOCK_PID/m);
  });

  it("starts the mock, finds it ready, and `kill $!` (npx only) closes the port", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const script = recipe.replaceAll("4010", String(port)).replace(/# \.\.\. your tests.*\n/, `curl -sf http://127.0.0.1:${port}/__mock/clock\n`);
    const run = bash(`set -e\n${script}`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`http://127.0.0.1:${port}`);
    expect(run.stdout).toMatch(/"now":/);
    expect(await closes(port)).toBe(true);
  });

  it("stops the mock when the script that started it ends without stopping it", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const script = recipe.replaceAll("4010", String(port)).replace(/^kill .*\n/m, "");
    const run = bash(script);
    expect(run.status, run.stderr).toBe(0);
    expect(await closes(port)).toBe(true);
  });

  it("keeps a --detached mock running after the script that started it ends, until a signal stops it", { timeout: 90_000 }, async () => {
    const port = await freePort();
    const cli = join(mockDir, "dist", "cli.js");
    const run = bash(`node ${JSON.stringify(cli)} --port ${port} --quiet --detached >/dev/null 2>&1 &\necho $!\nfor _ in $(seq 150); do curl -sf -o /dev/null http://127.0.0.1:${port}/ && break; sleep 0.2; done`);
    expect(run.status, run.stderr).toBe(0);
    const pid = Number(run.stdout.trim());
    try {
      await new Promise((r) => setTimeout(r, 1_500)); // six times the parent check's interval
      expect(await listening(port)).toBe(true);
    } finally {
      process.kill(pid, "SIGTERM");
    }
    expect(await closes(port)).toBe(true);
  });
});
