import { TemplateRuleError } from "../errors.js";
import type { RuleViolation } from "../rules/violation.js";

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
