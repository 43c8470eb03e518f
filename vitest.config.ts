import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "openapi",
          include: ["openapi/test/**/*.test.ts"],
        },
      },
      "packages/client/vitest.config.ts",
      "packages/mock/vitest.config.ts",
      "packages/cli/vitest.config.ts",
      {
        test: {
          // The repository's own commands (`pnpm start`) and what integrators install (the packed
          // packages, installed with npm into an app outside the workspace).
          name: "workspace",
          include: ["test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Every copy-paste example, in every language, against the standalone mock.
          name: "examples",
          include: ["examples/test/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
