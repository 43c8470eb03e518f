import type { components } from "../generated/openapi.js";
import { ErrorCode } from "./error-codes.js";
import { itemsAcross, MAX_LISTED_PRODUCTS } from "./interactive.js";
import { buttonParameterType, type TemplateShape } from "./template-shape.js";
import type { RuleViolation } from "./violation.js";

type Schemas = components["schemas"];
type SendComponent = Schemas["TemplateSendComponent"];
type SendParameter =
  | Schemas["TemplateTextParameter"]
  | Schemas["TemplateCurrencyParameter"]
  | Schemas["TemplateDateTimeParameter"]
  | Schemas["TemplateImageParameter"]
  | Schemas["TemplateVideoParameter"]
  | Schemas["TemplateDocumentParameter"]
  | Schemas["TemplateLocationParameter"];

const COUNT = ErrorCode.TemplateParamCountMismatch;
const FORMAT = ErrorCode.TemplateParamFormatMismatch;
/**
 * Longest value of a text header's parameter.
 *
 * @example
 * ```ts
 * const name = customer.name.slice(0, HEADER_TEXT_PARAMETER_MAX_LENGTH);
 * ```
 */
export const HEADER_TEXT_PARAMETER_MAX_LENGTH = 60;

/** A check's finding, as the one-element list a check returns. */
const fail = (code: RuleViolation["code"], path: string, message: string): RuleViolation[] => [{ code, path, message }];

const countMismatch = (part: string, path: string, sent: number, expected: number) =>
  fail(COUNT, path, `${part}: number of parameters (${sent}) does not match the expected number of params (${expected})`);

/** The send parameter type that fills a header of each format. */
const HEADER_PARAMETER_TYPE = { TEXT: "text", IMAGE: "image", VIDEO: "video", DOCUMENT: "document", LOCATION: "location" } as const;

function parameterName(parameter: SendParameter): string | undefined {
  return "parameter_name" in parameter ? parameter.parameter_name : undefined;
}

/** Parameter types that fill a media or location header; they carry no `parameter_name` either way. */
const STYLELESS = /^(image|video|document|location)$/;

/**
 * Named and positional values never mix: a template is one or the other end to end. Checks a set
 * of send parameters on their own, without the template's definition (the definition-aware check
 * is {@link checkTemplateSend}). Returns a 132012 violation when both styles appear.
 *
 * @example
 * ```ts
 * checkParameterStyle([{ type: "text", text: "A", parameter_name: "name" }, { type: "text", text: "B" }]);
 * // [{ code: 132012, path: "template.components", message: "named and positional parameters cannot be mixed" }]
 * ```
 */
export function checkParameterStyle(parameters: readonly { type: string; parameter_name?: string }[]): RuleViolation[] {
  const styles = new Set(parameters.filter((p) => !STYLELESS.test(p.type)).map((p) => "parameter_name" in p));
  return styles.size > 1
    ? fail(FORMAT, "template.components", "named and positional parameters cannot be mixed")
    : [];
}

/** Named vs positional: every parameter must carry `parameter_name` in a NAMED template, none in a POSITIONAL one. */
function checkStyle(shape: TemplateShape, part: string, path: string, parameters: readonly SendParameter[]): RuleViolation[] {
  const named = shape.parameterFormat === "NAMED";
  const wrong = parameters.findIndex((p) => (parameterName(p) !== undefined) !== named);
  if (wrong < 0) return [];
  return fail(
    FORMAT,
    `${path}[${wrong}]`,
    named
      ? `${part}: the template has NAMED parameters; every parameter needs a parameter_name`
      : `${part}: the template has POSITIONAL parameters; parameter_name is not allowed`,
  );
}

/** Count, then (named templates) that the names are exactly the placeholders. */
function checkValues(
  shape: TemplateShape,
  part: string,
  path: string,
  parameters: readonly SendParameter[],
  expected: readonly string[],
): RuleViolation[] {
  const style = checkStyle(shape, part, path, parameters);
  if (style.length) return style;
  if (parameters.length !== expected.length) {
    return countMismatch(part, path, parameters.length, expected.length);
  }
  if (shape.parameterFormat === "NAMED") {
    const names = parameters.map((p) => parameterName(p) ?? "");
    const duplicate = names.findIndex((name, i) => names.indexOf(name) !== i);
    const unknown = names.findIndex((name) => !expected.includes(name));
    const bad = unknown >= 0 ? unknown : duplicate;
    if (bad >= 0) {
      return fail(
        COUNT,
        `${path}[${bad}].parameter_name`,
        `${part}: parameter_name "${names[bad]}" ${unknown >= 0 ? "is not a placeholder of the template" : "is given twice"}; expected ${expected.join(", ")}`,
      );
    }
  }
  return [];
}

function checkHeader(shape: TemplateShape, component: Extract<SendComponent, { type: "header" }> | undefined, path: string): RuleViolation[] {
  const header = shape.header;
  const parameters = component?.parameters ?? [];
  const expected = header ? (header.format === "TEXT" ? header.placeholders.length : 1) : 0;
  if (!header || expected === 0) {
    return parameters.length ? countMismatch("header", path, parameters.length, 0) : [];
  }
  const first = parameters[0];
  const wanted = HEADER_PARAMETER_TYPE[header.format];
  if (first && first.type !== wanted) {
    return fail(FORMAT, `${path}[0]`, `header: Format mismatch, expected ${header.format}, received ${first.type.toUpperCase()}`);
  }
  if (header.format !== "TEXT") return parameters.length === 1 ? [] : countMismatch("header", path, parameters.length, 1);
  const values = checkValues(shape, "header", path, parameters, header.placeholders);
  if (values.length) return values;
  const long = parameters.findIndex((p) => p.type === "text" && p.text.length > HEADER_TEXT_PARAMETER_MAX_LENGTH);
  return long < 0
    ? []
    : fail(ErrorCode.InvalidParameter, `${path}[${long}].text`, `header: a text parameter is at most ${HEADER_TEXT_PARAMETER_MAX_LENGTH} characters, received ${(parameters[long] as { text: string }).text.length}`);
}

type ButtonComponent = Extract<SendComponent, { type: "button" }>;

function checkButtons(shape: TemplateShape, buttons: readonly [ButtonComponent, number][], base: string): RuleViolation[] {
  const seen = new Set<number>();
  for (const [button, at] of buttons) {
    const path = `${base}[${at}]`;
    const index = Number(button.index);
    const slot = shape.buttons.find((b) => b.index === index);
    if (seen.has(index)) {
      return fail(COUNT, `${path}.index`, `button: index ${index} is given twice`);
    }
    seen.add(index);
    if (!slot) {
      return fail(COUNT, `${path}.index`, `button: the template has no button at index ${index}`);
    }
    if (slot.subType === null) {
      return fail(COUNT, `${path}.index`, `button: the ${slot.type} button at index ${index} takes no parameters; leave it out of the send`);
    }
    if (button.sub_type !== slot.subType) {
      return fail(
        FORMAT,
        `${path}.sub_type`,
        `button: the button at index ${index} is ${slot.type}; expected sub_type ${slot.subType}, received ${button.sub_type}`,
      );
    }
    const parameters = (button.parameters ?? []) as { type?: string }[];
    if (parameters.length !== 1) {
      return fail(COUNT, `${path}.parameters`, `button: the ${slot.type} button at index ${index} takes 1 parameter, received ${parameters.length}`);
    }
    const expected = buttonParameterType(slot.subType);
    if (parameters[0]!.type !== expected) {
      return fail(
        FORMAT,
        `${path}.parameters[0].type`,
        `button: the ${slot.type} button at index ${index} takes a ${expected} parameter, received ${String(parameters[0]!.type)}`,
      );
    }
    if (slot.subType === "mpm") {
      const products = itemsAcross((parameters[0] as { action?: object }).action, "product_items");
      if (products > MAX_LISTED_PRODUCTS) {
        return fail(
          ErrorCode.InvalidParameter,
          `${path}.parameters[0].action.sections`,
          `button: an mpm button shows at most ${MAX_LISTED_PRODUCTS} products across its sections, received ${products}`,
        );
      }
    }
  }
  const missing = shape.buttons.find((slot) => slot.required && !seen.has(slot.index));
  if (missing) {
    return fail(COUNT, base, `button: the ${missing.type} button at index ${missing.index} needs a ${missing.subType} parameter`);
  }
  return [];
}

/**
 * Checks a template send against the template's shape (see `analyzeTemplate`) the way the
 * gateway does, and returns what is wrong, with the gateway's code: `132000` when a component has
 * too many or too few parameters (or a button parameter targets a button that takes none), and
 * `132012` when named and positional are mixed up, the header parameter has the wrong type, or a
 * button's `sub_type` does not match the template's button, and `100` when an `mpm` button lists
 * more than 30 products or a text header's parameter is longer than 60 characters. The `carousel`
 * component gives each card of a CAROUSEL template (by `card_index`) its own header, body and
 * button values, checked against that card; `limited_time_offer` gives the end of a
 * LIMITED_TIME_OFFER template's offer when it has `has_expiration` (`132000` when either does not
 * match the template). Returns `[]` when the send matches.
 *
 * @example
 * ```ts
 * const shape = analyzeTemplate(definition);
 * const problems = checkTemplateSend(shape, message.template);
 * if (problems.length) throw new Error(problems[0].message);
 * ```
 */
export function checkTemplateSend(shape: TemplateShape, template: Schemas["TemplateObject"]): RuleViolation[] {
  const sent = template.components ?? [];
  const carousels = sent.flatMap((component, at) => (component.type === "carousel" ? [[component, at] as const] : []));
  const offers = sent.flatMap((component, at) => (component.type === "limited_time_offer" ? [at] : []));
  return [
    ...checkComponents(shape, sent, "template.components"),
    ...checkCarousel(shape, carousels),
    ...checkOffer(shape, offers),
  ];
}

type CardComponent = Schemas["TemplateCarouselComponent"]["cards"][number]["components"][number];

/** Header, body and buttons of a template, or of one card of a carousel, under `base`. */
function checkComponents(shape: TemplateShape, sent: readonly (SendComponent | CardComponent)[], base: string): RuleViolation[] {
  const headers: [Extract<SendComponent, { type: "header" }>, number][] = [];
  const bodies: [Extract<SendComponent, { type: "body" }>, number][] = [];
  const buttons: [ButtonComponent, number][] = [];
  sent.forEach((component, at) => {
    if (component.type === "header") headers.push([component, at]);
    else if (component.type === "body") bodies.push([component, at]);
    else if (component.type === "button") buttons.push([component, at]);
  });
  for (const [part, list] of [["header", headers], ["body", bodies]] as const) {
    if (list.length > 1) {
      return fail(COUNT, `${base}[${list[1]![1]}]`, `${part}: the component is given ${list.length} times`);
    }
  }
  const header = headers[0];
  const body = bodies[0];
  const headerPath = header ? `${base}[${header[1]}].parameters` : base;
  const bodyPath = body ? `${base}[${body[1]}].parameters` : base;
  return [
    ...checkHeader(shape, header?.[0], headerPath),
    ...checkValues(shape, "body", bodyPath, body?.[0].parameters ?? [], shape.body),
    ...checkButtons(shape, buttons, base),
  ];
}

/** A carousel template's send gives every card once, by `card_index`, each checked against its card. */
function checkCarousel(shape: TemplateShape, carousels: readonly (readonly [Schemas["TemplateCarouselComponent"], number])[]): RuleViolation[] {
  const [first, second] = carousels;
  if (second) return fail(COUNT, `template.components[${second[1]}]`, `carousel: the component is given ${carousels.length} times`);
  if (!first) return shape.cards.length ? fail(COUNT, "template.components", `carousel: the template's ${shape.cards.length} cards need their values`) : [];
  const [carousel, at] = first;
  const path = `template.components[${at}].cards`;
  if (!shape.cards.length) return fail(COUNT, path, "carousel: the template has no carousel");
  if (carousel.cards.length !== shape.cards.length) {
    return fail(COUNT, path, `carousel: number of cards (${carousel.cards.length}) does not match the template's (${shape.cards.length})`);
  }
  const seen = new Set<number>();
  for (const [i, card] of carousel.cards.entries()) {
    const cardShape = shape.cards[card.card_index];
    if (!cardShape || seen.has(card.card_index)) {
      return fail(COUNT, `${path}[${i}].card_index`, `carousel: card_index ${card.card_index} is ${cardShape ? "given twice" : "not a card of the template"}`);
    }
    seen.add(card.card_index);
    const problems = checkComponents(cardShape, card.components, `${path}[${i}].components`);
    if (problems.length) return problems;
  }
  return [];
}

/** A LIMITED_TIME_OFFER template with `has_expiration` takes the offer's end once; any other template none. */
function checkOffer(shape: TemplateShape, offers: readonly number[]): RuleViolation[] {
  const expected = shape.limitedTimeOffer?.hasExpiration ? 1 : 0;
  if (offers.length === expected) return [];
  return countMismatch("limited_time_offer", offers.length ? `template.components[${offers[expected] ?? offers[0]}]` : "template.components", offers.length, expected);
}
