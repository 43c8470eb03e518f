import { defineConfig } from "vitest/config";
import { mswAlias } from "../mock/test/support/msw.js";

export default defineConfig({
  // The msw under test: the workspace's, or msw 3 in the Node 22 and 24 legs (scripts/platforms.mjs).
  resolve: { alias: mswAlias() },
  test: {
    name: "cli",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
