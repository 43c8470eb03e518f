// The API reference page the standalone server serves at /docs: Redoc's rendering of the spec,
// built with the package (`redocly build-docs --inlineBundle` into dist/docs/index.html), with
// Redoc's scripts inlined so the page needs no network.
import { readFile } from "node:fs/promises";

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
export const isDocsPath = (pathname: string): boolean => pathname === "/docs" || pathname.startsWith("/docs/");
