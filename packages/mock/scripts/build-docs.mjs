// Builds the API reference page the standalone server serves at /docs: `redocly build-docs` with
// Redoc's scripts inlined (the page needs no network), rendered in the browser with hash routes
// (`/docs#/messages`), so it works under any path without server-side routing.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = `${root}dist/docs/index.html`;
const draft = `${root}dist/docs/.draft.html`;
mkdirSync(`${root}dist/docs`, { recursive: true });
execFileSync(
  "redocly",
  ["build-docs", "src/generated/openapi.json", "--inlineBundle", "--title", "SigFollow API reference", "-o", draft],
  { cwd: root, stdio: ["ignore", "ignore", "inherit"] },
);
const html = readFileSync(draft, "utf8");
rmSync(draft);
// The prerendered markup is hydrated for the site root (`/messages`); rendering it afresh lets
// Redoc use hash routes instead.
const HYDRATE = "hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));";
if (html.split(HYDRATE).length !== 2) throw new Error("build-docs: Redoc's page changed shape; update scripts/build-docs.mjs");
writeFileSync(output, html.replace(HYDRATE, "init(__redoc_definition, __redoc_options, document.getElementById('redoc'));"));
console.log(`API reference: dist/docs/index.html (${Math.round(Buffer.byteLength(html) / 1024)} KiB)`);
