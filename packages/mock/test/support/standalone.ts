// The standalone `sigfollow-mock` (dist/cli.js, built by `pnpm build`) started on a free port for
// a test, with the URL it prints.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** A running standalone mock: its base URL, everything it printed so far, and how to stop it. */
export interface Standalone {
  url: string;
  readonly output: string;
  child: ChildProcess;
  stop(): void;
}

/**
 * Starts `sigfollow-mock --port 0 ...args` and resolves once it has printed `until` (by default the
 * "listening on" line). Rejects with its output when it exits first.
 */
export function startStandalone(args: string[] = [], until = /listening on http:\/\/\S+/): Promise<Standalone> {
  if (!existsSync(CLI)) throw new Error("dist/cli.js is missing: run `pnpm --filter @sigfollow/mock build` first");
  const child = spawn(process.execPath, [CLI, "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url && until.test(output)) {
        resolve({
          url,
          child,
          get output() {
            return output;
          },
          stop: () => {
            if (child.exitCode === null) child.kill("SIGKILL");
          },
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`sigfollow-mock exited with ${code}: ${output}`)));
  });
}
