// The `sigfollow` bin: `run` with the process's arguments, environment and streams.
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
