// The README's Builders section, as written there: every ```ts snippet type-checks as an
// application would compile it (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess),
// runs, and builds exactly the JSON of its `// →` comments, which is valid against the spec.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { bodySchemaPointer, check } from "../../../openapi/test/spec.js";
import * as builders from "../src/builders/index.js";
import * as client from "../src/index.js";
import * as rules from "../src/rules/index.js";
import { typeErrors } from "./support/type-check.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("\n## Builders\n"), readme.indexOf("\n## ", readme.indexOf("\n## Builders\n") + 1));
const snippets = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const modules: Record<string, unknown> = { "@sigfollow/client": client, "@sigfollow/client/builders": builders, "@sigfollow/client/rules": rules };

/** Each `// →` comment, with the top-level `const` declared before it. */
function annotations(code: string): { name: string; json: string }[] {
  const found: { name: string; json: string }[] = [];
  let name = "";
  for (const line of code.split("\n")) {
    name = /^const (\w+)/.exec(line)?.[1] ?? name;
    const json = /^\/\/ →(.*)$/.exec(line)?.[1];
    if (json !== undefined) found.push({ name, json: json.trim() });
  }
  return found;
}

/** Runs a snippet (compiled to CommonJS, its imports served from the sources) and returns its annotated constants. */
function run(code: string): Record<string, unknown> {
  const names = annotations(code).map((a) => a.name);
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const values: Record<string, unknown> = {};
  const require = (id: string) => modules[id] ?? Promise.reject(new Error(`unexpected import ${id}`));
  new Function("require", "exports", "__values", `${js}\nObject.assign(__values, { ${names.join(", ")} });`)(require, {}, values);
  return values;
}

const schemaOf = (value: object) =>
  "messaging_product" in value ? bodySchemaPointer("sendMessage", "request") : "category" in value ? bodySchemaPointer("createTemplate", "request") : "/components/schemas/TemplateObject";

describe("client README: Builders", () => {
  it("has a snippet for every message type and every kind of template send", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(7);
    const code = snippets.join("\n");
    for (const type of ["text", "image", "video", "document", "audio", "sticker", "location", "contacts", "reaction", "interactive", "template"]) {
      expect(code, type).toContain(`.${type}(`);
    }
    for (const call of ["interactiveButton(", "interactiveList(", "interactiveCtaUrl(", ".header(", '.button("quick_reply"', '.button("url"', 'parameter_format: "NAMED"', "templateDefinition("]) {
      expect(code, call).toContain(call);
    }
  });

  it("type-checks every snippet as an application would", { timeout: 60_000 }, () => {
    const errors = typeErrors(Object.fromEntries(snippets.map((code, i) => [`builders${i}`, code])));
    expect(Object.values(errors).flat()).toEqual([]);
  });

  it.each(snippets.map((code, i) => [i, code] as const))("snippet %i builds the JSON its comments show, valid against the spec", (_, code) => {
    const values = run(code);
    const expected = annotations(code);
    expect(expected.length).toBeGreaterThan(0);
    for (const { name, json } of expected) {
      const value = values[name] as object;
      expect(value, name).toEqual(JSON.parse(json));
      expect(check(schemaOf(value), value), name).toEqual([]);
    }
  });
});
