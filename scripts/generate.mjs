#!/usr/bin/env node
// Regenerates every file derived from openapi/sigfollow.yaml.
//   node scripts/generate.mjs          write the generated files
//   node scripts/generate.mjs --check  fail (exit 1) when a committed file is stale
import { chmod, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = resolve(root, "openapi/sigfollow.yaml");
const check = process.argv.includes("--check");

const header = (what) =>
  [
    "/**",
    ` * ${what}`,
    " * Generated from openapi/sigfollow.yaml by `pnpm generate`. Do not edit by hand:",
    " * CI regenerates it and fails on any difference.",
    " */",
    "",
  ].join("\n");

// An open enum of the spec (`anyOf: [{ enum: [...] }, { type: string }]`) comes out as
// `"A" | "B" | string`, which TypeScript collapses to `string`. `string & {}` keeps the known values
// listed (and completed by editors) while any other string still type-checks.
function openEnum(type) {
  const members = (node) =>
    ts.isParenthesizedTypeNode(node) ? members(node.type) : ts.isUnionTypeNode(node) ? node.types.flatMap(members) : [node];
  if (!ts.isUnionTypeNode(type)) return undefined;
  const all = members(type);
  const isString = (node) => node.kind === ts.SyntaxKind.StringKeyword;
  // openapi-typescript writes string literal types as identifiers holding the quoted text.
  const literals = all.filter((node) => (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) || (ts.isIdentifier(node) && node.text.startsWith('"')));
  if (literals.length === 0 || literals.length + 1 !== all.length || !all.some(isString)) return undefined;
  const anyOther = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode([...literals, anyOther]);
}

async function typesFile() {
  const ast = await openapiTS(new URL(`file://${specPath}`), {
    alphabetize: false,
    exportType: false,
    immutable: false,
    // A `default` is what the server assumes when a field is omitted: keep such fields optional.
    defaultNonNullable: false,
    postTransform: openEnum,
  });
  return header("TypeScript types of the SigFollow Public API (openapi-typescript).") + "\n" + astToString(ast);
}

// The spec as JSON, for the mock gateway's request validation and contract tests (JSON cannot
// carry a header comment; the file's place under generated/ and this script say where it comes from).
async function specJsonFile() {
  return JSON.stringify(parse(await readFile(specPath, "utf8")), null, 2) + "\n";
}

// The copy-paste examples, rendered per language from examples/catalog.mjs.
async function exampleFiles() {
  const { examples, webhookExamples } = await import("../examples/catalog.mjs");
  const { renderExamples } = await import("./examples/render.mjs");
  const { renderWebhookExamples } = await import("./examples/webhooks.mjs");
  const spec = parse(await readFile(specPath, "utf8"));
  return [...renderExamples(examples, spec), ...renderWebhookExamples(webhookExamples, spec)].map(([path, content]) => ({ path, render: async () => content }));
}
const EXAMPLE_DIRS = ["examples/curl", "examples/javascript", "examples/python", "examples/java", "examples/typescript/src"];

const outputs = [
  { path: "packages/client/src/generated/openapi.ts", render: typesFile },
  { path: "packages/mock/src/generated/openapi.json", render: specJsonFile },
  ...(await exampleFiles()),
];

let stale = 0;
// Files left in the example folders that the catalog no longer renders.
const expected = new Set(outputs.map((o) => o.path));
for (const dir of EXAMPLE_DIRS) {
  const entries = await readdir(resolve(root, dir), { withFileTypes: true }).catch(() => []);
  for (const name of entries.filter((e) => e.isFile()).map((e) => e.name)) {
    const path = `${dir}/${name}`;
    if (expected.has(path)) continue;
    if (check) {
      stale++;
      console.error(`stale: ${path} is not rendered by examples/catalog.mjs any more`);
    } else {
      await rm(resolve(root, path));
      console.log(`removed ${path}`);
    }
  }
}
for (const { path, render } of outputs) {
  const target = resolve(root, path);
  const next = await render();
  const current = await readFile(target, "utf8").catch(() => null);
  if (current === next) continue;
  if (check) {
    stale++;
    console.error(`stale: ${relative(root, target)} differs from what \`pnpm generate\` produces`);
  } else {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, next);
    if (target.endsWith(".sh")) await chmod(target, 0o755);
    console.log(`wrote ${relative(root, target)}`);
  }
}
if (stale) {
  console.error(`${stale} generated file(s) are stale: run \`pnpm generate\` and commit the result.`);
  process.exit(1);
}
if (check) console.log("generated files are up to date");
