import type { components } from "../generated/openapi.js";
import { distinctPlaceholders, findPlaceholders, placeholderKind } from "./placeholders.js";

type Schemas = components["schemas"];
/**
 * `POSITIONAL` (`{{1}}`) or `NAMED` (`{{order_id}}`).
 *
 * @example
 * ```ts
 * const format: ParameterFormat = effectiveParameterFormat(definition);
 * ```
 */
export type ParameterFormat = Schemas["ParameterFormat"];
/**
 * A component of a template definition (create request or list response).
 *
 * @example
 * ```ts
 * const body: TemplateComponentDefinition = { type: "BODY", text: "Hi {{1}}", example: { body_text: [["Alice"]] } };
 * ```
 */
export type TemplateComponentDefinition = Schemas["TemplateComponentDefinition"];
/**
 * Format of a template HEADER.
 *
 * @example
 * ```ts
 * const format: HeaderFormat | undefined = analyzeTemplate(definition).header?.format;
 * ```
 */
export type HeaderFormat = "TEXT" | "IMAGE" | "VIDEO" | "DOCUMENT" | "LOCATION";
/**
 * The send-side `sub_type` that targets a template button.
 *
 * @example
 * ```ts
 * const subType: ButtonSubType = "quick_reply";
 * ```
 */
export type ButtonSubType = "quick_reply" | "url" | "copy_code" | "flow" | "catalog" | "mpm";

/** The one parameter each button `sub_type` takes in a send (`flow`, `catalog`, `mpm`: `action`). */
export const buttonParameterType = (subType: string): string =>
  subType === "quick_reply" ? "payload" : subType === "url" ? "text" : subType === "copy_code" ? "coupon_code" : "action";

/**
 * The parts of a template definition that decide what a send must contain.
 *
 * @example
 * ```ts
 * const definition: TemplateDefinitionLike = { category: "UTILITY", components: [{ type: "BODY", text: "Order {{1}} shipped" }] };
 * ```
 */
export interface TemplateDefinitionLike {
  category: string;
  parameter_format?: ParameterFormat;
  components: readonly TemplateComponentDefinition[];
}

/**
 * One button of a template, as a send sees it.
 *
 * @example
 * ```ts
 * const [first]: ButtonSlot[] = analyzeTemplate(definition).buttons;
 * if (first?.required) console.log(`index ${first.index} needs a ${first.subType} parameter`);
 * ```
 */
export interface ButtonSlot {
  /** 0-based position in the template's BUTTONS (the send's `index`). */
  index: number;
  /** The definition's button type, e.g. `QUICK_REPLY`. */
  type: string;
  /** The `sub_type` a send uses for it, or `null` when it takes no parameter (static URL, phone number). */
  subType: ButtonSubType | null;
  /** Whether every send must supply its parameter. */
  required: boolean;
}

/**
 * What a send of a template must supply, per component.
 *
 * @example
 * ```ts
 * const shape: TemplateShape = analyzeTemplate(definition);
 * console.log(shape.parameterFormat, shape.body); // "POSITIONAL", ["1", "2"]
 * ```
 */
export interface TemplateShape {
  parameterFormat: ParameterFormat;
  /** The header, or `null` when the template has none. A TEXT header without variables takes no parameter. */
  header: { format: HeaderFormat; placeholders: string[] } | null;
  /** Body placeholders in the order a positional send supplies them (`["1", "2"]`) or the names of a named template. */
  body: string[];
  buttons: ButtonSlot[];
  /** The cards of a CAROUSEL template, each analysed as a template of its own; empty without one. */
  cards: TemplateShape[];
  /** A LIMITED_TIME_OFFER template's offer (`hasExpiration`: each send gives the end), or `null`. */
  limitedTimeOffer: { hasExpiration: boolean } | null;
}

const BUTTON_SLOTS: Record<string, { subType: ButtonSubType | null; required: boolean }> = {
  QUICK_REPLY: { subType: "quick_reply", required: true },
  PHONE_NUMBER: { subType: null, required: false },
  COPY_CODE: { subType: "copy_code", required: true },
  // OTP buttons are declared OTP but sent as `url` with the code as text.
  OTP: { subType: "url", required: true },
  FLOW: { subType: "flow", required: false },
  CATALOG: { subType: "catalog", required: false },
  MPM: { subType: "mpm", required: true },
};

/**
 * The parameter format a template really has: `NAMED` when `parameter_format` says so or when any
 * header or body text contains a `{{word}}` placeholder (SigFollow auto-detects NAMED), else
 * `POSITIONAL`.
 *
 * @example
 * ```ts
 * effectiveParameterFormat({ category: "UTILITY", components: [{ type: "BODY", text: "Hi {{name}}" }] }); // "NAMED"
 * ```
 */
export function effectiveParameterFormat(definition: TemplateDefinitionLike): ParameterFormat {
  if (definition.parameter_format === "NAMED") return "NAMED";
  // The texts whose placeholders decide it: header and body (URL buttons are always `{{1}}`).
  const named = definition.components.some(
    (component) =>
      (component.type === "HEADER" || component.type === "BODY") &&
      "text" in component &&
      !!component.text &&
      findPlaceholders(component.text).some((name) => placeholderKind(name) === "named"),
  );
  return named ? "NAMED" : "POSITIONAL";
}

/**
 * Reads a template definition (a create request, or a template from the list endpoint) into the
 * shape a send must match: the parameter format, the header format and its placeholders, the body
 * placeholders, and which buttons take parameters at which index.
 *
 * @example
 * ```ts
 * const shape = analyzeTemplate({
 *   category: "UTILITY",
 *   components: [
 *     { type: "BODY", text: "Your order {{1}} is on its way." },
 *     { type: "BUTTONS", buttons: [{ type: "URL", text: "Track", url: "https://shop.example.com/o/{{1}}" }] },
 *   ],
 * });
 * // shape.body: ["1"]; shape.buttons: [{ index: 0, type: "URL", subType: "url", required: true }]
 * ```
 */
export function analyzeTemplate(definition: TemplateDefinitionLike): TemplateShape {
  const shape: TemplateShape = {
    parameterFormat: effectiveParameterFormat(definition),
    header: null,
    body: [],
    buttons: [],
    cards: [],
    limitedTimeOffer: null,
  };
  for (const component of definition.components) {
    switch (component.type) {
      case "HEADER":
        shape.header = {
          format: component.format,
          placeholders: component.format === "TEXT" ? distinctPlaceholders(component.text) : [],
        };
        break;
      case "BODY":
        // Meta fixes the body text of AUTHENTICATION templates: one positional variable, the code.
        shape.body = definition.category === "AUTHENTICATION" ? ["1"] : distinctPlaceholders(component.text);
        break;
      case "BUTTONS":
        shape.buttons = component.buttons.map((button, index) => {
          if (button.type === "URL") {
            const dynamic = findPlaceholders(button.url).length > 0;
            return { index, type: button.type, subType: dynamic ? "url" : null, required: dynamic };
          }
          const slot = BUTTON_SLOTS[button.type] ?? { subType: null, required: false };
          return { index, type: button.type, ...slot };
        });
        break;
      case "CAROUSEL":
        shape.cards = component.cards.map((card) => analyzeTemplate({ ...definition, components: card.components }));
        break;
      case "LIMITED_TIME_OFFER":
        shape.limitedTimeOffer = { hasExpiration: component.limited_time_offer.has_expiration === true };
        break;
      default:
        break;
    }
  }
  return shape;
}
