import { describe, expect, it } from "vitest";
import { formatLiteral, LiteralSyntaxError, parseLiteral } from "./literal.js";

const read = (source: string) => parseLiteral(source, 0).value;

describe("formatLiteral and parseLiteral", () => {
  it("writes one line when it fits in 100 columns, else one entry a line with trailing commas", () => {
    expect(formatLiteral({ type: "BODY", text: "Hi {{1}}" }, 0)).toBe('{ type: "BODY", text: "Hi {{1}}" }');
    const long = { text: "x".repeat(90), list: [1, 2] };
    expect(formatLiteral(long, 0)).toBe(`{\n  text: "${"x".repeat(90)}",\n  list: [1, 2],\n}`);
    expect(formatLiteral({ "needs-quotes": true, "1st": null, ok: [] }, 0)).toBe('{ "needs-quotes": true, "1st": null, ok: [] }');
  });

  it("reads back what it writes, whatever the data", () => {
    const data = {
      text: 'quotes " and \' and \\ and\nnew lines, \u2028, emoji 🎉, {{1}}',
      nested: [{ a: [], b: {} }, [1.5, -2, 3e21, 0], true, false, null],
      "odd key": { $x: "y" },
    };
    for (const indent of [0, 4]) expect(read(formatLiteral(data, indent))).toEqual(data);
  });

  it("reads what formatters write: either quote, comments, trailing commas, escapes", () => {
    const source = `{
      // a comment
      'name': 'it\\'s', /* another */ text: "tab\\tand \\u{1F389} and \\x41",
      list: [1, -0.5, .25, 'a',],
      multi: \`no substitutions\`,
    } as const`;
    const { value, end } = parseLiteral(source, 0);
    expect(value).toEqual({ name: "it's", text: "tab\tand 🎉 and A", list: [1, -0.5, 0.25, "a"], multi: "no substitutions" });
    expect(source.slice(end)).toBe(" as const");
  });

  it("refuses what is not a literal, saying where", () => {
    expect(() => read("{ text: TEXT }")).toThrow(new LiteralSyntaxError("expected a literal (object, array, string, number, boolean or null) at line 1, column 9"));
    expect(() => read("{\n  a: `x ${y}`\n}")).toThrow("a template string with substitutions at line 2");
    expect(() => read("{ a: 'open")).toThrow("unterminated string");
    expect(() => read("{ ...rest }")).toThrow("expected a property name at line 1, column 3");
    expect(() => read("[1 2]")).toThrow('expected "," or "]" at line 1, column 4');
  });
});

describe("keys that are Object.prototype's", () => {
  // JSON.parse makes "__proto__" an own property, as the gateway's answer has it.
  const proto = JSON.parse('{ "__proto__": { "en_US": 1 }, "constructor": { "en_US": 2 }, "toString": "x" }') as Record<string, unknown>;

  it("writes __proto__ as a computed key, which an object literal makes a property (not the prototype)", () => {
    const written = formatLiteral(proto, 0);
    expect(written).toBe('{ ["__proto__"]: { en_US: 1 }, constructor: { en_US: 2 }, toString: "x" }');
    const evaluated = new Function(`return ${written};`)() as object;
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(Object.keys(evaluated)).toEqual(["__proto__", "constructor", "toString"]);
  });

  it("reads every key as an own property, computed or not, quoted or not", () => {
    for (const source of ['{ ["__proto__"]: { en_US: 1 } }', '{ "__proto__": { en_US: 1 } }', "{ __proto__: { en_US: 1 } }", "{ ['__proto__']: { en_US: 1 } }"]) {
      const value = read(source) as object;
      expect(Object.getPrototypeOf(value), source).toBe(Object.prototype);
      expect(Object.keys(value), source).toEqual(["__proto__"]);
      expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value, source).toEqual({ en_US: 1 });
    }
    expect(read(formatLiteral(proto, 0))).toEqual(proto);
  });
});
