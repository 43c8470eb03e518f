/**
 * `@sigfollow/client/rules`: the rules the SigFollow gateway applies, in one implementation that
 * the client's builders and the `@sigfollow/mock` gateway both import. Dependency-free.
 *
 * @example
 * ```ts
 * import { analyzeTemplate, checkTemplateSend, normalizePhone } from "@sigfollow/client/rules";
 * ```
 */
export { ErrorCode, ErrorReason, OBJECT_NOT_FOUND_SUBCODE } from "./error-codes.js";
export { DISPLAY_NAME_MAX_LENGTH, MAX_TAGS_PER_CONTACT, REASON_MAX_LENGTH } from "./limits.js";
export { isValidPhone, normalizePhone, PHONE_MAX_LENGTH, PHONE_MIN_LENGTH } from "./phone.js";
export { distinctPlaceholders, findPlaceholders, placeholderKind, type PlaceholderKind } from "./placeholders.js";
export { checkTemplateDefinition, TEMPLATE_NAME_PATTERN, TTL_RANGES } from "./template-definition.js";
export { checkInteractive, MAX_LIST_ROWS, MAX_LISTED_PRODUCTS } from "./interactive.js";
export { checkParameterStyle, checkTemplateSend, HEADER_TEXT_PARAMETER_MAX_LENGTH } from "./template-send.js";
export {
  analyzeTemplate,
  effectiveParameterFormat,
  type ButtonSlot,
  type ButtonSubType,
  type HeaderFormat,
  type ParameterFormat,
  type TemplateComponentDefinition,
  type TemplateDefinitionLike,
  type TemplateShape,
} from "./template-shape.js";
export type { RuleViolation } from "./violation.js";
