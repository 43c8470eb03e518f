// The module structure of src/: no import cycle (type-only imports count too), found with the
// TypeScript compiler's own import scanner.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

/** Every .ts module under `dir`, tests excluded. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => join(e.parentPath, e.name));
}

/** The specifiers a module imports or re-exports (`import type` included). */
const specifiers = (file: string): string[] => ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((f) => f.fileName);

/** Module → the modules of `src/` it imports or re-exports (relative specifiers, `.js` meaning `.ts`). */
function importGraph(files: string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiers(file)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, ".ts")))
      .filter((target) => known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The import cycles of a graph, each as the list of modules around it (first repeated at the end). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("module structure", () => {
  const files = modules(src);
  const name = (file: string) => relative(src, file);

  it("src/ has no import cycle", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(cycles(importGraph(files)).map((cycle) => cycle.map(name).join(" → "))).toEqual([]);
  });

  it("the cycle check finds a cycle (so the check above can fail)", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(cycles(graph)).toEqual([["a.ts", "b.ts", "c.ts", "a.ts"]]);
  });

  it("the pipeline and the control operations stand apart from the gateway and from msw", () => {
    const graph = importGraph(files);
    const imports = (file: string) => (graph.get(join(src, file)) ?? []).map(name);
    expect(imports("gateway.ts")).toEqual(expect.arrayContaining(["pipeline.ts", "control/operations.ts", "runtime.ts"]));
    expect(imports("pipeline.ts")).not.toContain("gateway.ts");
    expect(imports("control/operations.ts")).not.toContain("pipeline.ts");
    expect(imports("control/operations.ts")).not.toContain("gateway.ts");
    // Only the MSW adapters import msw: the standalone server answers without it.
    const msw = files.filter((file) => specifiers(file).some((spec) => spec === "msw" || spec.startsWith("msw/"))).map(name);
    expect(msw.sort()).toEqual(["gateway.ts", "http/response.ts"]);
  });
});
