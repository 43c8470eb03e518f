// The standalone `sigfollow-mock` (dist/cli.js, built by `pnpm build`) started on a free port for
// a test, with the URL it prints. The mock's tests and the examples runner share it.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** A running standalone mock: its base URL, everything it printed so far, and how to stop it. */
export interface Standalone {
  url: string;
  /** Its standard output so far. */
  readonly output: string;
  /** Its standard error so far. */
  readonly errors: string;
  child: ChildProcess;
  /** SIGTERM (a graceful shutdown), resolved once the process exited. */
  stop(): Promise<void>;
}

/**
 * Starts `sigfollow-mock --port 0 ...args` and resolves once it has printed `until` (by default the
 * "listening on" line). Rejects with what it printed when it exits first or takes over 20 s.
 * `command` is the workspace build unless given (e.g. the bin an app installed).
 */
export function startStandalone(args: string[] = [], until = /listening on http:\/\/\S+/, command = [process.execPath, CLI]): Promise<Standalone> {
  if (!existsSync(command.at(-1)!)) throw new Error(`${command.at(-1)} is missing: run \`pnpm --filter @sigfollow/mock build\` first`);
  const [program, ...rest] = command as [string, ...string[]];
  const child = spawn(program, [...rest, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  let errors = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`sigfollow-mock did not start in 20 s: ${output}${errors}`));
    }, 20_000);
    child.stderr!.on("data", (chunk: Buffer) => (errors += chunk));
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url && until.test(output)) {
        clearTimeout(timer);
        resolve({
          url,
          child,
          get output() {
            return output;
          },
          get errors() {
            return errors;
          },
          stop,
        });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sigfollow-mock exited with ${code}: ${output}${errors}`));
    });
  });
}
