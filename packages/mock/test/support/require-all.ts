/**
 * `.ci/run` sets SIGFOLLOW_REQUIRE_ALL=1: a test whose tool is missing here (Chromium, Deno, Bun)
 * fails instead of skipping.
 */
export const REQUIRE_ALL = process.env.SIGFOLLOW_REQUIRE_ALL === "1";
