// Every export of the entry points carries JSDoc with an @example (for overloads and
// interfaces, at least one declaration has it). Read with the TypeScript compiler API.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ENTRIES = ["src/index.ts", "src/builders/index.ts", "src/rules/index.ts", "src/webhooks/index.ts", "src/webhooks/node.ts"].map((f) => fileURLToPath(new URL(`../${f}`, import.meta.url)));
const program = ts.createProgram(ENTRIES, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true });
const checker = program.getTypeChecker();

/** The exports of an entry whose declarations have no @example. */
function withoutExample(entry: string): string[] {
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    // The generated types (paths, components, operations) are documented by the spec they come from.
    if (symbol.declarations?.some((d) => d.getSourceFile().fileName.includes("/generated/"))) continue;
    const tags = (symbol.declarations ?? []).flatMap((d) => ts.getJSDocTags(d));
    if (!tags.some((tag) => tag.tagName.text === "example")) missing.push(exported.name);
  }
  return missing;
}

describe("JSDoc", () => {
  it.each(ENTRIES.map((e) => [e.slice(e.indexOf("src/")), e]))("every export of %s has an @example", (_, entry) => {
    expect(withoutExample(entry)).toEqual([]);
  });
});
