// Headless Chromium for the browser tests (Debian's chromium; skipped when missing, unless
// `.ci/run`'s SIGFOLLOW_REQUIRE_ALL=1 says every tool must be there).
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REQUIRE_ALL } from "./require-all.js";

/** The Chromium command on this machine, if any. */
export const chromium = ["chromium", "chromium-browser", "google-chrome"].find((c) => spawnSync(c, ["--version"], { stdio: "ignore" }).status === 0);


/** Whether the browser tests run here (when Chromium is missing and required, they run and fail). */
export const runBrowserTests = Boolean(chromium) || REQUIRE_ALL;

/** The Chromium command, or the failure that says it is missing. */
export function requireChromium(): string {
  if (!chromium) throw new Error("Chromium is not installed (apt-get install chromium); SIGFOLLOW_REQUIRE_ALL=1 forbids skipping");
  return chromium;
}

/** Flags of a quiet headless run with a fresh profile, before the page-specific ones. */
export const headlessArgs = (): string[] => [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  `--user-data-dir=${mkdtempSync(join(tmpdir(), "sigfollow-chromium-"))}`,
];
