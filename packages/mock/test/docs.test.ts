// The API reference page the standalone server serves at /docs (built into dist/docs by
// `pnpm build`), loaded in headless Chromium: every tag's page lists its operations.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headlessArgs, pageRequests, requireChromium, runBrowserTests } from "./support/chromium.js";
import { type Standalone, startStandalone } from "./support/standalone.js";

const spec = JSON.parse(readFileSync(fileURLToPath(new URL("../src/generated/openapi.json", import.meta.url)), "utf8")) as {
  tags: { name: string }[];
  paths: Record<string, Record<string, { summary: string; tags: string[]; operationId: string }>>;
};

let server: Standalone | undefined;
let url: string;
beforeAll(async () => {
  server = await startStandalone(["--quiet"]);
  url = server.url;
});
afterAll(() => server?.stop());

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** The operations of the spec, by tag. */
function operationsByTag(): Map<string, { summary: string; operationId: string }[]> {
  const byTag = new Map<string, { summary: string; operationId: string }[]>(spec.tags.map((t) => [t.name, []]));
  for (const methods of Object.values(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (HTTP_METHODS.has(method)) byTag.get(operation.tags[0]!)!.push(operation);
    }
  }
  return byTag;
}

/** The DOM of a page after its scripts ran, from headless Chromium. */
function renderedDom(pageUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = [...headlessArgs(), "--virtual-time-budget=10000", "--dump-dom", pageUrl];
    const child = spawn(requireChromium(), args, { stdio: ["ignore", "pipe", "ignore"] });
    let dom = "";
    child.stdout!.on("data", (chunk: Buffer) => (dom += chunk));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve(dom) : reject(new Error(`chromium exited with ${code}`))));
  });
}

/** The labels of the navigation menu's items. */
const menuLabels = (dom: string) => [...dom.matchAll(/data-text="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"'));

describe("GET /docs and GET /openapi.json", () => {
  it("serves the reference page, self-contained, and the spec it renders", async () => {
    const page = await fetch(`${url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await page.text();
    expect(html).toContain("<title>SigFollow API reference</title>");
    // Redoc is inlined: no script comes from elsewhere.
    expect(html).not.toMatch(/<script[^>]+src=/);
    // Any path under /docs is the page (Redoc routes with the URL's hash).
    expect((await fetch(`${url}/docs/`)).status).toBe(200);

    const document = await fetch(`${url}/openapi.json`);
    expect(document.status).toBe(200);
    expect(await document.json()).toEqual({ ...spec, servers: [{ url, description: "This mock gateway" }, ...(spec as unknown as { servers: unknown[] }).servers] });

    const head = await fetch(`${url}/docs`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("lists the mock itself as the spec's first server: its own origin, never the Host header", async () => {
    const { port } = new URL(url);
    const res = await fetch(`http://localhost:${port}/openapi.json`);
    expect(((await res.json()) as { servers: { url: string }[] }).servers.map((s) => s.url)).toEqual([
      url,
      "https://api.sigfollow.com",
      "{scheme}://{host}",
    ]);
  });

  it("answers GET / with where to go: the reference, the spec, the control API", async () => {
    const res = await fetch(`${url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({
      name: "SigFollow mock gateway",
      docs: `${url}/docs`,
      openapi: `${url}/openapi.json`,
      control: `${url}/__mock`,
      baseUrl: url,
    });
    // Every link it gives answers.
    for (const link of [`${url}/docs`, `${url}/openapi.json`, `${url}/__mock`]) expect((await fetch(link)).status, link).toBe(200);
    expect((await fetch(`${url}/`, { method: "POST" })).status).toBe(404);
  });

  it("answers other methods on /docs like any unknown route", async () => {
    const res = await fetch(`${url}/docs`, { method: "POST" });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe(100);
  });
});

describe.runIf(runBrowserTests)("/docs in headless Chromium", () => {
  it("makes no request beyond the mock's own origin (no telemetry, no CDN assets)", { timeout: 60_000 }, async () => {
    const requests = await pageRequests(`${url}/docs#/messages`);
    expect(requests[0]).toBe(`${url}/docs`);
    const origin = new URL(url).origin;
    // data: URLs are the page's own inlined assets.
    expect(requests.filter((r) => !r.startsWith("data:") && new URL(r).origin !== origin)).toEqual([]);
  });

  it("lists every operation of the spec under its tag", { timeout: 90_000 }, async () => {
    requireChromium();
    const byTag = operationsByTag();
    expect([...byTag.values()].flat()).toHaveLength(17);
    const pages = await Promise.all(
      [...byTag.keys()].map(async (tag) => [tag, await renderedDom(`${url}/docs#/${tag.toLowerCase().replace(/\s+/g, "-")}`)] as const),
    );
    for (const [tag, dom] of pages) {
      const labels = menuLabels(dom);
      expect(labels, `the menu of ${tag}'s page`).toContain(tag);
      for (const operation of byTag.get(tag)!) expect(labels, `${tag}: ${operation.operationId}`).toContain(operation.summary);
    }
  });
});
