import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const define = { __VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // The programmatic entry: `run(argv, io)`, what the bin calls.
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    clean: false,
    sourcemap: true,
    target: "node20",
    treeshake: true,
    define,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    define,
  },
]);
