// Builds the API reference page the standalone server serves at /docs: `redocly build-docs` with
// Redoc's scripts inlined, rendered in the browser with hash routes (`/docs#/messages`), so it
// works under any path without server-side routing. The page makes no request beyond the mock:
// Redoc's telemetry is off (and the CLI's, at build time) and its attribution logo, which Redoc
// loads from a CDN, is inlined as a text image.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { redocly } from "../../../scripts/redocly.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const output = `${root}dist/docs/index.html`;
const draft = `${root}dist/docs/.draft.html`;
mkdirSync(`${root}dist/docs`, { recursive: true });
redocly(["build-docs", "src/generated/openapi.json", "--inlineBundle", "--openapi.disableTelemetry", "--title", "SigFollow API reference", "-o", draft], {
  cwd: root,
  stdout: false,
});
let html = readFileSync(draft, "utf8");
rmSync(draft);

/** Replaces the one occurrence of `from`; fails the build when Redoc's page no longer has exactly one. */
function replaceOnce(from, to) {
  if (html.split(from).length !== 2) throw new Error(`build-docs: Redoc's page changed shape (${from}); update scripts/build-docs.mjs`);
  html = html.replace(from, () => to);
}

// The prerendered markup is hydrated for the site root (`/messages`); rendering it afresh lets
// Redoc use hash routes instead.
replaceOnce(
  "hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));",
  "init(__redoc_definition, __redoc_options, document.getElementById('redoc'));",
);
if (!html.includes('"disableTelemetry":true')) throw new Error("build-docs: Redoc's telemetry is not off; update scripts/build-docs.mjs");
/** "Redocly" as an inline SVG, in place of the CDN's logo images. */
const logo = (width) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12" fill="#888">Redocly</text></svg>`)}`;
replaceOnce("https://cdn.redoc.ly/redoc/logo-mini-full.svg", logo(48));
replaceOnce("https://cdn.redoc.ly/redoc/logo-mini.svg", logo(48));
writeFileSync(output, html);
console.log(`API reference: dist/docs/index.html (${Math.round(Buffer.byteLength(html) / 1024)} KiB)`);
