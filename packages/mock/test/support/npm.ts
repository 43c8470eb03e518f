// npm run as an application's shell runs it (scripts/npm-env.mjs says which settings are kept).
import { execFileSync } from "node:child_process";
import { npmEnv } from "../../../../scripts/npm-env.mjs";

export { npmEnv };

/** Runs `npm ...args` in `cwd`; a failure carries npm's output. */
export function npm(cwd: string, ...args: string[]): string {
  try {
    return execFileSync("npm", args, { cwd, env: npmEnv, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}
