// Size budget of the published client: dist/index.js bundled with its dependency (openapi-fetch),
// minified and gzipped, as an application bundler would ship it; and a cap on the client together
// with the builders. Run after `pnpm build`; exits 1 over either. Also prints, for orientation, what
// an app importing only createSigFollowClient ships and what openapi-fetch alone weighs.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET = 6 * 1024;
// The client with its builders (and the template rules they enforce) is over the 6 kB target; this
// cap keeps it from growing unnoticed until it can be brought down.
const WITH_BUILDERS_CAP = 11.5 * 1024;
const dir = new URL("..", import.meta.url).pathname;

/** Minified and gzipped bytes of an ESM entry, bundled with everything it imports. */
async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const whole = await measure(`export * from "./dist/index.js";`);
const withBuilders = await measure(`export * from "./dist/index.js"; export * from "./dist/builders.js";`);
const clientOnly = await measure(`export { createSigFollowClient } from "./dist/index.js";`);
const openapiFetch = await measure(`export { default } from "openapi-fetch";`);

const kb = ({ min, gzip }) => `${gzip} B min+gzip (${min} B minified)`;
const within = whole.gzip <= BUDGET;
const capped = withBuilders.gzip <= WITH_BUILDERS_CAP;
console.log(`@sigfollow/client, whole entry: ${kb(whole)}, ${within ? "within" : "OVER"} the ${BUDGET} B budget`);
console.log(
  `  with @sigfollow/client/builders: ${kb(withBuilders)}, ${withBuilders.gzip <= BUDGET ? "within" : "over"} the ${BUDGET} B target, ${capped ? "under" : "OVER"} the ${WITH_BUILDERS_CAP} B cap`,
);
console.log(`  an app importing only createSigFollowClient: ${kb(clientOnly)}`);
console.log(`  of which openapi-fetch: ${kb(openapiFetch)}`);
if (!within || !capped) process.exit(1);
