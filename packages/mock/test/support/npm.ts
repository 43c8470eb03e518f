// npm as an application's shell runs it, for tests that install packages from the registry (the
// consumer test, the Deno and Bun runtimes). npx and pnpm pass their prefix, package and lifecycle
// settings down as npm_* variables, which would point npm at this workspace; only the cache,
// registry and proxy settings are kept. Quiet, and from npm's cache when it can.
import { execFileSync } from "node:child_process";

const KEEP = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|noproxy|proxy|https_proxy|strict_ssl)$/i;

/** The environment for npm commands. */
export const npmEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/i.test(key) || KEEP.test(key))),
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
};

/** Runs `npm ...args` in `cwd`; a failure carries npm's output. */
export function npm(cwd: string, ...args: string[]): string {
  try {
    return execFileSync("npm", args, { cwd, env: npmEnv, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}
