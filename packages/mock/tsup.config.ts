import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the platform-neutral gateway and the Node-only server subpath.
    entry: { index: "src/index.ts", "node/index": "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: false,
    sourcemap: true,
    target: "es2022",
    treeshake: true,
    // import.meta.url in the CommonJS build (the server finds dist/docs with it).
    shims: true,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
