import type { RuleViolation } from "../rules/violation.js";

// A registry-wide symbol, so the guard recognises errors thrown by another copy of this package
// (another realm, a duplicated install) where `instanceof` fails.
const BRAND = Symbol.for("sigfollow.template-rule-error");

/**
 * Thrown by a builder's `build()` (or by a method that would mix named and positional
 * parameters) before any request is made, when the request breaks a template rule. Carries the
 * Meta code the gateway would answer with: `100` (invalid definition), `132000` (parameter count
 * mismatch) or `132012` (parameter format mismatch), the path of the first problem and every
 * violation found.
 *
 * @example
 * ```ts
 * try {
 *   template(definition).body("Alice").build();
 * } catch (error) {
 *   if (isTemplateRuleError(error)) console.error(error.code, error.path, error.violations);
 * }
 * ```
 */
export class TemplateRuleError extends Error {
  readonly [BRAND] = true;
  override readonly name = "TemplateRuleError";
  /** The Meta error code of the first violation. */
  readonly code: RuleViolation["code"];
  /** Where the first violation is, e.g. `template.components[1].parameters`. */
  readonly path: string;
  /** Every violation found, first one first. */
  readonly violations: readonly RuleViolation[];

  constructor(violations: readonly RuleViolation[]) {
    const [{ code, path, message }] = violations as [RuleViolation];
    super(`(#${code}) ${path}: ${message}`);
    this.code = code;
    this.path = path;
    this.violations = violations;
  }
}

/**
 * Whether a value is a {@link TemplateRuleError}, also across realms and duplicated installs
 * (checks a registry-wide brand, not only `instanceof`).
 *
 * @example
 * ```ts
 * if (isTemplateRuleError(error) && error.code === 132012) useNamedParameters();
 * ```
 */
export function isTemplateRuleError(value: unknown): value is TemplateRuleError {
  return value instanceof TemplateRuleError || (typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true);
}

/**
 * Throws a {@link TemplateRuleError} when there is any violation: how every builder turns the
 * shared rules' findings into an error before a request is made.
 *
 * @example
 * ```ts
 * assertRules(checkTemplateDefinition(request));
 * ```
 */
export function assertRules(violations: readonly RuleViolation[]): void {
  if (violations.length) throw new TemplateRuleError(violations);
}
