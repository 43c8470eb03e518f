// The API reference page the standalone server serves at /docs (built into dist/docs by
// `pnpm build`), loaded in headless Chromium: every tag's page lists its operations.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headlessArgs, requireChromium, runBrowserTests } from "./support/chromium.js";
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
    expect(await document.json()).toEqual(spec);

    const head = await fetch(`${url}/docs`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers other methods on /docs like any unknown route", async () => {
    const res = await fetch(`${url}/docs`, { method: "POST" });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe(100);
  });
});

describe.runIf(runBrowserTests)("/docs in headless Chromium", () => {
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
