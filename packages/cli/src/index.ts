/**
 * `@sigfollow/cli`: the `sigfollow` command. `sigfollow templates pull` writes the WhatsApp
 * templates of a SigFollow account as a typed module for `@sigfollow/client/builders`, and
 * `sigfollow templates check` fails CI when the live templates drifted from it. `run` is the
 * command as a function, for scripts and tests.
 *
 * @example
 * ```ts
 * import { run } from "@sigfollow/cli";
 * process.exitCode = await run(["templates", "pull", "--waba", "102290129340398", "--out", "src/templates.ts"], {
 *   env: process.env, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
 * });
 * ```
 */
export { run, type RunIo } from "./run.js";
