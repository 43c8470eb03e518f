// `pnpm start`: installs and builds only the mock gateway and what it imports (the client), then
// starts it. The workspace's own tools (vitest, the linters, changesets...) are not installed: they
// belong to `tools/`, which the filter leaves out (see pnpm-workspace.yaml). Install and build run
// quietly, their output shown only if they fail, so the mock's banner is the first thing printed
// (on stdout; on a first run, one line on stderr says what the wait is for). Arguments go to the
// mock (`pnpm start --port 4020`). Stopping this process stops the mock: the signals it gets are
// passed on, and the mock itself stops when the process that started it (this one) is gone.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const parent = process.ppid;

/** Runs pnpm (on PATH inside a pnpm script) without printing; on failure prints what it said and exits. */
function quietly(...args) {
  const { status, stdout, stderr, error } = spawnSync("pnpm", args, { cwd: root, encoding: "utf8" });
  if (status === 0) return;
  process.stderr.write(`pnpm ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}${error ? `${error.message}\n` : ""}`);
  process.exit(status || 1);
}

// A first run installs and builds from nothing, which takes about a minute: say so, on stderr (with
// --quiet, stdout is the base URL alone). Later runs find everything in place and print nothing.
const built = ["node_modules/.modules.yaml", "packages/mock/node_modules", "packages/client/dist/index.js", "packages/mock/dist/cli.js"];
if (!built.every((file) => existsSync(new URL(`../${file}`, import.meta.url)))) {
  process.stderr.write("Installing and building the mock gateway (the first run takes about a minute)…\n");
}
quietly("install", "--frozen-lockfile", "--filter", "@sigfollow/mock...");
quietly("--filter", "@sigfollow/mock...", "run", "build");
// Whoever started this went away during the install: nobody is waiting for the mock.
if (process.ppid !== parent) process.exit(0);

const mock = spawn(process.execPath, ["packages/mock/dist/cli.js", ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
// Signals sent to this process go to the mock (which ignores a repeat, e.g. Ctrl+C reaching both).
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => mock.kill(signal));
mock.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
