import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", builders: "src/builders/index.ts", rules: "src/rules/index.ts", webhooks: "src/webhooks/index.ts", "webhooks/node": "src/webhooks/node.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  // Shared chunks for CommonJS too, so every entry uses the one copy of each error class and
  // `instanceof SigFollowError` holds for a builder's TemplateRuleError under `require`.
  splitting: true,
});
