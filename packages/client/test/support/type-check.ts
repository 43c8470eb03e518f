// Type-checks snippets as an application would compile them: importing "@sigfollow/client" (and
// its subpaths), strict, with `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess` on.
// The package names map to the sources, so no build is needed; only the snippets' own errors count.
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../../", import.meta.url));
const entries = { "": "src/index.ts", "/builders": "src/builders/index.ts", "/rules": "src/rules/index.ts" };

/** The compiler options of the checks: an app's strictest common settings. */
export const strictApp: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: ["node"],
  skipLibCheck: true,
  noEmit: true,
  paths: Object.fromEntries(Object.entries(entries).map(([subpath, file]) => [`@sigfollow/client${subpath}`, [`${root}${file}`]])),
};

/**
 * A program of the snippets (a module's source text, by name) as an app would compile them, and the
 * file name each snippet gets.
 *
 * @example
 * ```ts
 * const { program, files } = compileSnippets({ app: `import { createSigFollowClient } from "@sigfollow/client";` });
 * ```
 */
export function compileSnippets<Name extends string>(snippets: Record<Name, string>, options: ts.CompilerOptions = strictApp) {
  const files = new Map(Object.entries<string>(snippets).map(([name, code]) => [`${root}test/__snippet_${name}.ts`, code]));
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.getSourceFile = (file, language, ...rest) => {
    const code = files.get(file);
    return code === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, code, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const fileOf = (name: Name) => `${root}test/__snippet_${name}.ts`;
  return { program, files, fileOf };
}

/** A diagnostic as `line: message`, with the whole message chain. */
export function describeDiagnostic(d: ts.Diagnostic): string {
  const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
  return `${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
}

/**
 * The type errors of each snippet (a module's source text, by name), as `line: message` with the
 * whole message chain; an empty list when it compiles.
 *
 * @example
 * ```ts
 * const { quickStart } = typeErrors({ quickStart: `import { createSigFollowClient } from "@sigfollow/client"; ...` });
 * ```
 */
export function typeErrors<Name extends string>(snippets: Record<Name, string>, options: ts.CompilerOptions = strictApp): Record<Name, string[]> {
  const { program, fileOf } = compileSnippets(snippets, options);
  const result = {} as Record<Name, string[]>;
  for (const name of Object.keys(snippets) as Name[]) {
    const source = program.getSourceFile(fileOf(name))!;
    result[name] = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(describeDiagnostic);
  }
  return result;
}
