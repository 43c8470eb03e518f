// The built entries (run after `pnpm build`): every entry shares one copy of the error classes, in
// CommonJS as in ESM, so a builder's error is an `instanceof` the main entry's classes.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const load = async (format: "esm" | "cjs", entry: string) =>
  format === "cjs" ? require(`../dist/${entry}.cjs`) : await import(`../dist/${entry}.js`);

describe.each(["esm", "cjs"] as const)("dist (%s)", (format) => {
  it("a builder's TemplateRuleError is a SigFollowError of the main entry", async () => {
    const main = await load(format, "index");
    const builders = await load(format, "builders");
    expect(builders.TemplateRuleError).toBe(main.TemplateRuleError);
    let caught: unknown;
    try {
      builders.template({ name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi {{1}}" }] }).build();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(main.SigFollowError);
    expect(caught).toBeInstanceOf(main.TemplateRuleError);
    expect(main.isSigFollowError(caught, "template")).toBe(true);
  });
});
