import { defineConfig } from "vitest/config";
import { mswAlias } from "../mock/test/support/msw.js";

export default defineConfig({
  // The msw under test: the workspace's, or msw 3 in the Node 22 and 24 legs (scripts/platforms.mjs).
  resolve: { alias: mswAlias() },
  test: {
    name: "client",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: {
      // tsc gives the same answer on every Node: the Node 22 and 24 legs leave it to the machine's run.
      enabled: !process.env.SIGFOLLOW_LEG,
      include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
