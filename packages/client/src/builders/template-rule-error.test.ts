import { describe, expect, it } from "vitest";
import { isTemplateRuleError, TemplateRuleError } from "./template-rule-error.js";

describe("TemplateRuleError", () => {
  const violations = [
    { code: 132012, path: "template.components[0].parameters[0]", message: "body: mixed" },
    { code: 132000, path: "template.components", message: "button: missing" },
  ] as const;

  it("carries the first violation's code and path, every violation, and a Meta-style message", () => {
    const error = new TemplateRuleError(violations);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TemplateRuleError");
    expect(error.code).toBe(132012);
    expect(error.path).toBe("template.components[0].parameters[0]");
    expect(error.violations).toEqual(violations);
    expect(error.message).toBe("(#132012) template.components[0].parameters[0]: body: mixed");
  });

  it("is recognised across realms by its brand, not only by instanceof", () => {
    expect(isTemplateRuleError(new TemplateRuleError(violations))).toBe(true);
    const foreign = Object.assign(new Error("x"), { [Symbol.for("sigfollow.template-rule-error")]: true });
    expect(isTemplateRuleError(foreign)).toBe(true);
    expect(isTemplateRuleError(new Error("x"))).toBe(false);
    expect(isTemplateRuleError(null)).toBe(false);
    expect(isTemplateRuleError("TemplateRuleError")).toBe(false);
  });
});
