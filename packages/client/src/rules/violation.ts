/**
 * A broken template rule, with the Meta error code the gateway answers for it:
 * `100` (invalid definition), `132000` (parameter count mismatch) or `132012` (parameter format
 * mismatch).
 *
 * @example
 * ```ts
 * const [first] = checkTemplateSend(shape, template);
 * if (first) console.error(`(#${first.code}) ${first.path}: ${first.message}`);
 * ```
 */
export interface RuleViolation {
  code: 100 | 132000 | 132012;
  /** Where in the request, e.g. `template.components[1].parameters`. */
  path: string;
  message: string;
}
