// `pnpm start`: installs and builds only the mock gateway and what it imports (the client), then
// starts it. The workspace's own tools (vitest, the linters, changesets...) are not installed: they
// belong to `tools/`, which the filter leaves out (see pnpm-workspace.yaml). Install and build run
// quietly, their output shown only if they fail, so the mock's banner is the first thing printed.
// Arguments go to the mock (`pnpm start --port 4020`).
import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs pnpm (on PATH inside a pnpm script) without printing; on failure prints what it said and exits. */
function quietly(...args) {
  const { status, stdout, stderr, error } = spawnSync("pnpm", args, { cwd: root, encoding: "utf8" });
  if (status === 0) return;
  process.stderr.write(`pnpm ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}${error ? `${error.message}\n` : ""}`);
  process.exit(status || 1);
}

quietly("install", "--frozen-lockfile", "--filter", "@sigfollow/mock...");
quietly("--filter", "@sigfollow/mock...", "run", "build");

const mock = spawn(process.execPath, ["packages/mock/dist/cli.js", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
// Ctrl+C reaches the mock directly (same process group); a SIGTERM sent to this process is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => mock.kill("SIGTERM"));
mock.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
