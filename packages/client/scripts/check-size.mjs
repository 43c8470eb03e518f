// Size budget of the published client: dist/index.js bundled with its dependencies (openapi-fetch),
// minified and gzipped, as an application bundler would ship it. Run after `pnpm build`.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = 6 * 1024;

const result = await build({
  entryPoints: [new URL("../dist/index.js", import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  write: false,
  logLevel: "silent",
});
const code = result.outputFiles[0].contents;
const gzipped = gzipSync(code, { level: 9 }).length;
const status = gzipped <= BUDGET ? "within" : "OVER";
console.log(`@sigfollow/client: ${code.length} B minified, ${gzipped} B min+gzip (${status} the ${BUDGET} B budget)`);
if (gzipped > BUDGET) process.exit(1);
