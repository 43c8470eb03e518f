// Headless Chromium for the browser tests (Debian's chromium; skipped when missing, unless
// `.ci/run`'s SIGFOLLOW_REQUIRE_ALL=1 says every tool must be there).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
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

/**
 * Every URL a page requested while it loaded and for `settleMs` after (scripts, images, fonts,
 * fetches, beacons), recorded over the DevTools protocol (`--remote-debugging-pipe`: JSON messages
 * ending in NUL, written to Chromium's fd 3 and read from its fd 4).
 */
export function pageRequests(pageUrl: string, settleMs = 3_000): Promise<string[]> {
  const child = spawn(requireChromium(), [...headlessArgs(), "--remote-debugging-pipe", "about:blank"], {
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const requests: string[] = [];
  const pending = new Map<number, (result: Record<string, unknown>) => void>();
  let nextId = 0;
  let loaded: () => void = () => {};
  const load = new Promise<void>((resolve) => (loaded = resolve));
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  let buffered = "";
  fromBrowser.on("data", (chunk: Buffer) => {
    const messages = (buffered + chunk.toString("utf8")).split("\0");
    buffered = messages.pop()!;
    for (const text of messages) {
      const message = JSON.parse(text) as { id?: number; result?: Record<string, unknown>; method?: string; params?: { request?: { url: string } } };
      if (message.id !== undefined) pending.get(message.id)?.(message.result ?? {});
      else if (message.method === "Network.requestWillBeSent") requests.push(message.params!.request!.url);
      else if (message.method === "Page.loadEventFired") loaded();
    }
  });
  const run = async () => {
    const { targetId } = await send("Target.createTarget", { url: "about:blank" });
    const { sessionId } = (await send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
    await send("Network.enable", {}, sessionId);
    await send("Page.enable", {}, sessionId);
    await send("Page.navigate", { url: pageUrl }, sessionId);
    await load;
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return requests;
  };
  const failed = new Promise<never>((_, reject) => {
    child.once("exit", (code) => reject(new Error(`chromium exited with ${code}`)));
    setTimeout(() => reject(new Error(`${pageUrl} did not load in 30 s`)), 30_000).unref();
  });
  return Promise.race([run(), failed]).finally(() => child.kill());
}
