// The browser mode for real: the gateway's handlers under msw/browser's setupWorker in headless
// Chromium (skipped when Chromium is not installed).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createWebhookHandler } from "@sigfollow/client/webhooks";
import { headlessArgs, requireChromium, runBrowserTests } from "./support/chromium.js";
import { expectedOutcomes } from "./support/rule-cases.js";

let browser: ChildProcess | undefined;
let server: Server | undefined;
afterAll(() => {
  if (browser?.exitCode === null) browser.kill("SIGKILL");
  server?.close();
});

/** The part of esbuild's API used here (esbuild comes with tsup, a root dev dependency). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: { text: string }[] }>;
}

async function bundle(): Promise<string> {
  const esbuild = createRequire(createRequire(import.meta.url).resolve("tsup"))("esbuild") as Esbuild;
  const result = await esbuild.build({
    entryPoints: [fileURLToPath(new URL("./support/browser-entry.ts", import.meta.url))],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    target: "es2022",
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}

describe.runIf(runBrowserTests)("browser (setupWorker in headless Chromium)", () => {
  it("answers the documented rules through a service worker, the rule table included", async () => {
    const chromium = requireChromium();
    const js = await bundle();
    const worker = readFileSync(createRequire(import.meta.url).resolve("msw/mockServiceWorker.js"), "utf8");
    let resolveResults!: (value: { ok: boolean; results?: Record<string, any>; error?: string }) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
    const results = new Promise<Parameters<typeof resolveResults>[0]>((r) => (resolveResults = r));
    // The URL receiver the page subscribes: the client's handler, so a bad signature would answer 401.
    const received: string[] = [];
    const receive = createWebhookHandler({ appSecret: "browser-app-secret", onStatus: ({ status }) => void received.push(status.status) });
    server = createServer((req, res) => {
      const send = (type: string, body: string) => res.writeHead(200, { "Content-Type": type }).end(body);
      if (req.url === "/webhook") {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", async () => {
          const headers = { "content-type": String(req.headers["content-type"]), "x-hub-signature-256": String(req.headers["x-hub-signature-256"]) };
          const answer = await receive(new Request("http://127.0.0.1/webhook", { method: "POST", headers, body: Buffer.concat(chunks) }));
          res.writeHead(answer.status).end();
        });
      } else if (req.url === "/results") {
        let data = "";
        req.on("data", (c) => (data += c));
        req.on("end", () => {
          resolveResults(JSON.parse(data));
          res.end("ok");
        });
      } else if (req.url === "/mockServiceWorker.js") send("text/javascript", worker);
      else if (req.url === "/bundle.js") send("text/javascript", js);
      else send("text/html", '<!doctype html><script type="module" src="/bundle.js"></script>');
    });
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = spawn(chromium, [...headlessArgs(), url], { stdio: "ignore" });
    const outcome = await Promise.race([results, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no results from the browser in 40 s")), 40_000))]);
    expect(outcome.error).toBeUndefined();
    const r = outcome.results!;
    expect(r.rules).toEqual(expectedOutcomes());
    expect(r.tagStatuses).toEqual([...Array(20).fill(200), ...Array(5).fill(409)]);
    expect(r.clientSend).toMatch(/^wamid\./);
    expect(r.clientUpload).toBe("string");
    expect(r.clientError).toEqual({ notFound: true, status: 404 });
    expect(r.clientRetried).toBe(true);
    expect(r.rateLimited).toBe(1);
    expect(r.reset).toMatchObject({ status: 200, body: { ok: true } });
    expect(r.recorded).toBe(0);
    const statuses = ["sent", "delivered", "read"];
    expect(r.webhooks.seen).toEqual(statuses.map((s) => `${s} ${r.webhooks.wamid}`));
    expect(r.webhooks.statuses).toEqual(Array(6).fill(200));
    expect(received).toEqual(statuses);
  }, 60_000);
});
