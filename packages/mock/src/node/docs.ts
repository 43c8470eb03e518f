// The standalone server's own pages: `/` (where to go next), the API reference at /docs (Redoc's
// rendering of the spec, built with the package by scripts/build-docs.mjs into dist/docs/index.html,
// self-contained: the page makes no request beyond the mock's origin) and the spec at /openapi.json,
// whose first server is the mock itself.
import { readFile } from "node:fs/promises";
import document from "../generated/openapi.json";

/** Where the built page can be, relative to this module: dist/node/index.* or the bundled dist/cli.js. */
const CANDIDATES = ["../docs/index.html", "./docs/index.html"];

let page: Promise<Uint8Array | null> | undefined;

/** The built reference page, or `null` when the package was built without it. Read once. */
export function docsPage(): Promise<Uint8Array | null> {
  page ??= (async () => {
    for (const candidate of CANDIDATES) {
      try {
        return new Uint8Array(await readFile(new URL(candidate, import.meta.url)));
      } catch {
        // next candidate
      }
    }
    return null;
  })();
  return page;
}

/** Whether a path is the page's: `/docs` and the routes under it (Redoc routes in the browser). */
const isDocsPath = (pathname: string): boolean => pathname === "/docs" || pathname.startsWith("/docs/");

/** An answer of one of the server's own pages. */
export interface PageAnswer {
  body: string | Uint8Array;
  headers: Record<string, string>;
}

const json = (value: unknown): PageAnswer => ({ body: JSON.stringify(value), headers: { "cache-control": "no-cache" } });

/** Whether a path is one of the server's own pages: `/`, `/openapi.json`, `/docs` and the routes under it. */
export const isOwnPage = (pathname: string): boolean => pathname === "/" || pathname === "/openapi.json" || isDocsPath(pathname);

/**
 * The answer to `GET pathname`, one of the server's own pages; `null` for /docs when the package
 * was built without it. `origin` is the server's own (never taken from the Host header).
 */
export async function ownPage(pathname: string, origin: string): Promise<PageAnswer | null> {
  if (pathname === "/") {
    return json({
      name: "SigFollow mock gateway",
      docs: `${origin}/docs`,
      openapi: `${origin}/openapi.json`,
      control: `${origin}/__mock`,
      baseUrl: origin,
    });
  }
  if (pathname === "/openapi.json") {
    // The mock first, so an API client importing the document targets it.
    return json({ ...document, servers: [{ url: origin, description: "This mock gateway" }, ...document.servers] });
  }
  const page = await docsPage();
  return page && { body: page, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" } };
}
