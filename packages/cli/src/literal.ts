// Writing and reading the object literals of the generated module. The writer prints JSON data as
// formatted TypeScript (unquoted keys where possible, one line when it fits, trailing commas); the
// reader parses any JavaScript literal made of objects, arrays, strings, numbers, booleans and
// null, with comments, either quote style and trailing commas, so a module reformatted by a
// formatter (Prettier, Biome, dprint) still reads without a TypeScript toolchain.

const WIDTH = 100;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A key as written in a literal: bare when it is an identifier, else a JSON string; `__proto__`
 * computed (`["__proto__"]`), since in an object literal `__proto__: x` and `"__proto__": x` set
 * the prototype instead of adding a property.
 */
export const propertyKey = (key: string) => (key === "__proto__" ? `[${JSON.stringify(key)}]` : IDENTIFIER.test(key) ? key : JSON.stringify(key));

/**
 * `value` (JSON data) as a formatted literal, indented by `indent` spaces, its first line starting
 * `offset` columns after the indent (after `export const x = `).
 *
 * @example
 * ```ts
 * formatLiteral({ type: "BODY", text: "Hi {{1}}" }, 0); // '{ type: "BODY", text: "Hi {{1}}" }'
 * ```
 */
export function formatLiteral(value: unknown, indent: number, offset = 0, suffix = 0): string {
  const flat = oneLine(value);
  if (indent + offset + flat.length + suffix <= WIDTH || value === null || typeof value !== "object") return flat;
  const inner = " ".repeat(indent + 2);
  const entries = Array.isArray(value)
    ? value.map((v) => `${inner}${formatLiteral(v, indent + 2, 0, 1)},`)
    : Object.entries(value).map(([k, v]) => {
        const key = `${propertyKey(k)}: `;
        return `${inner}${key}${formatLiteral(v, indent + 2, key.length, 1)},`;
      });
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return entries.length ? `${open}\n${entries.join("\n")}\n${" ".repeat(indent)}${close}` : `${open}${close}`;
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${oneLine(v)}`);
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}

/** Where a literal could not be read: the message names the line and column. */
export class LiteralSyntaxError extends Error {
  override name = "LiteralSyntaxError";
}

const KEY = /[A-Za-z_$][\w$]*|\d+/y;
const SCALAR = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|true\b|false\b|null\b/y;
const KEYWORDS: Record<string, unknown> = { true: true, false: false, null: null };
const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };

/**
 * Reads the literal starting at `start` (after any whitespace and comments) and returns its value
 * and the index just past it. Throws a {@link LiteralSyntaxError} on anything else (an identifier,
 * a call, a spread, a template string with substitutions).
 *
 * @example
 * ```ts
 * parseLiteral("x = { a: [1, 'two'], } as const", 4); // { value: { a: [1, "two"] }, end: 20 }
 * ```
 */
export function parseLiteral(source: string, start: number): { value: unknown; end: number } {
  let i = start;

  const where = (at: number) => {
    const before = source.slice(0, at).split("\n");
    return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
  };
  const fail = (what: string): never => {
    throw new LiteralSyntaxError(`${what} at ${where(i)}`);
  };
  const skip = () => {
    for (;;) {
      while (i < source.length && /\s/.test(source[i]!)) i++;
      if (source.startsWith("//", i)) i = source.indexOf("\n", i) < 0 ? source.length : source.indexOf("\n", i);
      else if (source.startsWith("/*", i)) {
        const end = source.indexOf("*/", i + 2);
        if (end < 0) fail("unterminated comment");
        i = end + 2;
      } else return;
    }
  };
  const string = (): string => {
    const quote = source[i]!;
    let out = "";
    i++;
    while (i < source.length && source[i] !== quote) {
      const c = source[i]!;
      if (c === "\n" && quote !== "`") fail("unterminated string");
      if (quote === "`" && source.startsWith("${", i)) fail("a template string with substitutions");
      if (c !== "\\") {
        out += c;
        i++;
        continue;
      }
      const e = source[i + 1] ?? "";
      if (e === "u") {
        const braced = source[i + 2] === "{";
        const hex = braced ? source.slice(i + 3, source.indexOf("}", i)) : source.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]+$/.test(hex)) fail("a bad \\u escape");
        out += String.fromCodePoint(parseInt(hex, 16));
        i += braced ? hex.length + 4 : 6;
      } else if (e === "x") {
        out += String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16));
        i += 4;
      } else if (e === "\n") {
        i += 2; // a line continuation
      } else {
        out += ESCAPES[e] ?? e;
        i += 2;
      }
    }
    if (source[i] !== quote) fail("unterminated string");
    i++;
    return out;
  };
  const value = (): unknown => {
    skip();
    const c = source[i];
    if (c === "{") {
      i++;
      const out: Record<string, unknown> = {};
      for (;;) {
        skip();
        if (source[i] === "}") break;
        let key: string;
        if (source[i] === '"' || source[i] === "'") key = string();
        else if (source[i] === "[") {
          // A computed key, as written for `__proto__`: a string literal only.
          i++;
          skip();
          if (source[i] !== '"' && source[i] !== "'") fail("expected a string in a computed property name");
          key = string();
          skip();
          if (source[i] !== "]") fail('expected "]"');
          i++;
        } else {
          KEY.lastIndex = i;
          const m = KEY.exec(source);
          if (!m) fail("expected a property name");
          key = m![0];
          i += key.length;
        }
        skip();
        if (source[i] !== ":") fail(`expected ":" after ${key}`);
        i++;
        // Defined, not assigned: every key is data, `__proto__` included.
        Object.defineProperty(out, key, { value: value(), enumerable: true, writable: true, configurable: true });
        skip();
        if (source[i] === ",") i++;
        else if (source[i] !== "}") fail('expected "," or "}"');
      }
      i++;
      return out;
    }
    if (c === "[") {
      i++;
      const out: unknown[] = [];
      for (;;) {
        skip();
        if (source[i] === "]") break;
        out.push(value());
        skip();
        if (source[i] === ",") i++;
        else if (source[i] !== "]") fail('expected "," or "]"');
      }
      i++;
      return out;
    }
    if (c === '"' || c === "'" || c === "`") return string();
    SCALAR.lastIndex = i;
    const m = SCALAR.exec(source);
    if (!m) fail("expected a literal (object, array, string, number, boolean or null)");
    i += m![0].length;
    return m![0] in KEYWORDS ? KEYWORDS[m![0]] : Number(m![0]);
  };
  const result = value();
  return { value: result, end: i };
}
