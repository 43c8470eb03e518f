// npm as an application's shell runs it, for scripts and tests that install packages from the
// registry (the platforms' Node and msw, the consumer test, the Deno and Bun runtimes). npx and pnpm
// pass their prefix, package and lifecycle settings down as npm_* variables, which would point npm
// at this workspace; only the cache, registry and proxy settings are kept. Quiet, and from npm's
// cache when it can.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const KEEP = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|noproxy|proxy|https_proxy|strict_ssl)$/i;

/** The environment for npm commands. @type {NodeJS.ProcessEnv} */
export const npmEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/i.test(key) || KEEP.test(key))),
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

/**
 * Runs `npm ...args` in `cwd` with npmEnv; a failure carries npm's output.
 * @param {string} cwd
 * @param {string[]} args
 * @param {{ bin?: string }} [options] `bin`: a folder put first on PATH (a Node for npm and install scripts to run on)
 * @returns {string} what npm printed on stdout
 */
export function npm(cwd, args, { bin } = {}) {
  const env = bin ? { ...npmEnv, PATH: `${bin}:${process.env.PATH}` } : npmEnv;
  try {
    return execFileSync("npm", args, { cwd, env, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = /** @type {{ stdout?: string, stderr?: string }} */ (error);
    throw new Error(`npm ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** The version of `name` installed in `dir`'s node_modules, if any. */
const installedVersion = (/** @type {string} */ dir, /** @type {string} */ name) => {
  const manifest = join(dir, "node_modules", name, "package.json");
  return existsSync(manifest) ? /** @type {{ version: string }} */ (JSON.parse(readFileSync(manifest, "utf8"))).version : undefined;
};

/**
 * Installs pinned packages with npm into `dir` (a private project of its own: no save, no lockfile)
 * unless every one is already installed there at its version, so a changed pin reinstalls. Throws
 * when npm fails or does not leave the pinned versions installed.
 * @param {string} dir
 * @param {Record<string, string>} packages name → exact version
 * @param {{ bin?: string }} [options] as for `npm`
 * @returns {void}
 */
export function npmInstall(dir, packages, options) {
  const stale = () => Object.entries(packages).filter(([name, version]) => installedVersion(dir, name) !== version);
  if (stale().length === 0) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "private": true }\n');
  const specs = Object.entries(packages).map(([name, version]) => `${name}@${version}`);
  npm(dir, ["install", "--no-save", "--no-package-lock", ...specs], options);
  const missing = stale().map(([name, version]) => `${name}@${version} (found ${installedVersion(dir, name) ?? "none"})`);
  if (missing.length > 0) throw new Error(`npm install ${specs.join(" ")} in ${dir} did not install ${missing.join(", ")}`);
}
