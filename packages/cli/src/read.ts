// Reading the definitions a `templates check` compares: the JSON registry, or the TypeScript
// module `templates pull` wrote, parsed as data (its definitions are plain literals), so the check
// needs no TypeScript toolchain and runs no code from the file.
import { readFileSync } from "node:fs";
import { byNameAndLanguage, type Definition, label } from "./definitions.js";
import { CliError } from "./errors.js";
import { LiteralSyntaxError, parseLiteral } from "./literal.js";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isDefinition = (v: unknown): v is Definition =>
  isObject(v) && typeof v.name === "string" && typeof v.language === "string" && typeof v.category === "string" && Array.isArray(v.components);

/** Every definition of a TypeScript module: each `const x = { name, language, category, components, ... }`. */
function fromTypeScript(source: string, file: string): Definition[] {
  const out: Definition[] = [];
  const declaration = /\bconst\s+([A-Za-z_$][\w$]*)(?:\s*:[^=]+)?\s*=\s*/g;
  for (let m = declaration.exec(source); m; m = declaration.exec(source)) {
    try {
      const { value, end } = parseLiteral(source, m.index + m[0].length);
      if (isDefinition(value)) out.push(value);
      declaration.lastIndex = end;
    } catch (error) {
      if (!(error instanceof LiteralSyntaxError)) throw error;
      // `registry` and `templates` refer to the definitions by name: not literals, and not definitions.
      // A statement (up to the next declaration) that claims to be one is an error, not skipped.
      const following = new RegExp(declaration.source, "g");
      following.lastIndex = declaration.lastIndex;
      const statement = source.slice(m.index, following.exec(source)?.index);
      if (/satisfies\s+TemplateSource\b/.test(statement)) {
        throw new CliError(`${file}: cannot read the definition ${m[1]}: ${error.message} (only literals can be checked; pull the file again)`);
      }
    }
  }
  return out;
}

/** Every definition of the JSON registry `{ [name]: { [language]: definition } }` (or an array of definitions). */
function fromJson(source: string, file: string): Definition[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new CliError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const candidates = Array.isArray(data) ? data : isObject(data) ? Object.values(data).flatMap((l) => (isObject(l) ? Object.values(l) : [l])) : [];
  const bad = candidates.find((d) => !isDefinition(d));
  if (bad !== undefined || (!isObject(data) && !Array.isArray(data))) {
    throw new CliError(`${file}: expected { "<name>": { "<language>": { name, language, category, components } } } as \`templates pull --format json\` writes`);
  }
  return candidates as Definition[];
}

/**
 * The template definitions of a file `templates pull` wrote: `.json` as JSON, anything else as
 * the TypeScript module. Sorted by name and language; a file without any, or with one template
 * twice, is an error (exit 2).
 */
export function readDefinitions(file: string): Definition[] {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  const definitions = (file.endsWith(".json") ? fromJson(source, file) : fromTypeScript(source, file)).sort(byNameAndLanguage);
  if (definitions.length === 0) {
    throw new CliError(`${file}: no template definitions found (expected a file written by \`sigfollow templates pull\`)`);
  }
  const twice = definitions.find((d, i) => i > 0 && byNameAndLanguage(d, definitions[i - 1]!) === 0);
  if (twice) throw new CliError(`${file}: ${label(twice)} is defined twice`);
  return definitions;
}
