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
    ],
  },
});
