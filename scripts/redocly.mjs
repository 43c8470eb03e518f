// Runs the Redocly CLI (the spec's linter, the /docs page's renderer) on a supported Node: the
// newest one scripts/platforms.mjs installed (`pnpm test` installs them first), else the machine's.
// Node 20 is end-of-life (see the support table in CONTRIBUTING.md); on it Redocly prints a deprecation box on
// every run, which is left out here (a note users cannot act on). Its telemetry and update notice
// are off.
//
//   node scripts/redocly.mjs lint openapi/sigfollow.yaml
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { newestNode } from "./platforms.mjs";

const pkg = createRequire(import.meta.url).resolve("@redocly/cli/package.json");
const cli = join(dirname(pkg), "bin/cli.js");
const BOX = /^.*╔[\s\S]*?╝.*\n/m;

/** Runs `redocly ...args` in `cwd`; its output is shown (stdout only when `stdout`), without the Node 20 box. Throws on failure. */
export function redocly(args, { cwd = process.cwd(), stdout = true } = {}) {
  const result = spawnSync(newestNode() ?? process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  if (stdout) process.stdout.write((result.stdout ?? "").replace(BOX, ""));
  process.stderr.write((result.stderr ?? "").replace(BOX, ""));
  if (result.status !== 0) throw new Error(`redocly ${args.join(" ")} failed (${result.error?.message ?? `exit ${result.status}`})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    redocly(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
