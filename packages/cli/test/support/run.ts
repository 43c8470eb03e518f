// Running `sigfollow`: in process (the exported `run`, under msw/node) and as the built bin in a
// child process, each returning the exit status and what it printed.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../src/index.js";

export const BIN = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `run(args)` with this environment (nothing inherited) and the output captured. */
export async function sigfollow(args: string[], env: Record<string, string | undefined> = {}): Promise<Result> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** The built `sigfollow` bin, with `env` on top of a minimal environment (PATH, HOME). */
export function sigfollowBin(args: string[], env: Record<string, string | undefined> = {}, cwd?: string): Promise<Result> {
  if (!existsSync(BIN)) throw new Error("dist/cli.js is missing: run `pnpm --filter @sigfollow/cli build` first");
  return exec(process.execPath, [BIN, ...args], env, cwd);
}

/** Runs a command with `env` on top of PATH and HOME only, and resolves with its status and output. */
export function exec(command: string, args: string[], env: Record<string, string | undefined> = {}, cwd?: string): Promise<Result> {
  const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c) => (stdout += c));
  child.stderr.on("data", (c) => (stderr += c));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A fresh temporary folder. */
export const tempDir = () => mkdtempSync(join(tmpdir(), "sigfollow-cli-test-"));
