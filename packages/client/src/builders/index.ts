/**
 * Builders for SigFollow requests: messages of every type, template sends checked against the
 * template's definition, and template definitions, each producing exactly the documented JSON.
 *
 * @example
 * ```ts
 * import { message, template } from "@sigfollow/client/builders";
 * const request = message("16505551234").template(template("weekly_promo", "en_US").body("Alice")).build();
 * ```
 */
export { interactiveButton, interactiveCtaUrl, interactiveList, type InteractiveExtras } from "./interactive.js";
export { message, MessageBuilder, type Buildable } from "./message.js";
export { isTemplateRuleError, TemplateRuleError } from "../errors.js";
export {
  template,
  TemplateBuilder,
  type BodyValue,
  type ButtonArgs,
  type ButtonValue,
  type HeaderMedia,
  type HeaderTextValue,
  type LooseSpec,
  type SendSpec,
  type SpecOf,
  type TemplateSource,
  type TemplateTypeError,
} from "./template.js";
export type { ExampleArgs, FormatOf, Placeholders, PositionalTuple } from "./placeholder-types.js";
export { templateDefinition, TemplateDefinitionBuilder } from "./template-definition.js";
