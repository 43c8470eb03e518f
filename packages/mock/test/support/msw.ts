// The msw the tests run against: the workspace's (msw 2), or the install SIGFOLLOW_MSW_DIR names
// (msw 3, which scripts/platforms.mjs installs for its Node 22 and 24 legs). The vitest configs
// alias `msw` and `msw/node` to it, so the mock's sources and the tests import that msw; the one
// option the two majors spell differently is chosen here.
import { createRequire } from "node:module";
import { join } from "node:path";

const dir = process.env.SIGFOLLOW_MSW_DIR;
const requireMsw = createRequire(dir ? join(dir, "package.json") : import.meta.url);

/** The version of the msw under test. */
export const mswVersion = (requireMsw("msw/package.json") as { version: string }).version;

/** vitest's `resolve.alias` for the msw under test (none for the workspace's). */
export const mswAlias = (): { find: RegExp; replacement: string }[] =>
  dir ? ["msw", "msw/node"].map((id) => ({ find: new RegExp(`^${id}$`), replacement: requireMsw.resolve(id) })) : [];

/**
 * `setupServer(...).listen()`'s options saying what to do with a request no handler answers:
 * `onUnhandledRequest` in msw 2, `onUnhandledFrame` in msw 3 (which ignores the old name).
 */
export function onUnhandled(mode: "bypass" | "warn" | "error"): {} {
  return Number(mswVersion.split(".")[0]) >= 3 ? { onUnhandledFrame: mode } : { onUnhandledRequest: mode };
}
