import type { components } from "../generated/openapi.js";
import { analyzeTemplate, buttonParameterType, type TemplateDefinitionLike } from "../rules/template-shape.js";
import { checkParameterStyle, checkTemplateSend } from "../rules/template-send.js";
import { Builder, compact } from "./immutable.js";
import type { FormatOf, Placeholders, PositionalTuple } from "./placeholder-types.js";
import type { TemplateRuleError } from "../errors.js";
import { assertRules } from "./assert-rules.js";

type S = components["schemas"];
type Format = S["ParameterFormat"];
type NoName<T> = T extends unknown ? Omit<T, "parameter_name"> : never;
type DeepReadonly<T> = T extends (infer E)[] ? readonly DeepReadonly<E>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/**
 * A body value: a string (a `text` parameter), or a `text`, `currency` or `date_time` parameter
 * (without `parameter_name`: the builder adds it for named values).
 *
 * @example
 * ```ts
 * const amount: BodyValue = { type: "currency", currency: { fallback_value: "$259.00", code: "USD", amount_1000: 259000 } };
 * ```
 */
export type BodyValue = string | NoName<S["TemplateTextParameter"] | S["TemplateCurrencyParameter"] | S["TemplateDateTimeParameter"]>;
/**
 * A header text value: a string or a `text` parameter.
 *
 * @example
 * ```ts
 * const orderId: HeaderTextValue = "ORD-90211";
 * ```
 */
export type HeaderTextValue = string | NoName<S["TemplateTextParameter"]>;
/**
 * The header parameter of each media (and location) header format.
 *
 * @example
 * ```ts
 * const banner: HeaderMedia["IMAGE"] = { type: "image", image: { link: "https://cdn.example.com/banner.jpg" } };
 * ```
 */
export interface HeaderMedia {
  IMAGE: S["TemplateImageParameter"];
  VIDEO: S["TemplateVideoParameter"];
  DOCUMENT: S["TemplateDocumentParameter"];
  LOCATION: S["TemplateLocationParameter"];
}
type ActionButton = "flow" | "catalog" | "mpm";
/**
 * A button's value: the payload (`quick_reply`), URL suffix or OTP code (`url`), coupon code
 * (`copy_code`), or an action (`flow`, `catalog`, `mpm`).
 *
 * @example
 * ```ts
 * const flow: ButtonValue<"flow"> = { flow_token: "tok_123" };
 * ```
 */
export type ButtonValue<SubType> = SubType extends ActionButton ? S["TemplateActionParameter"]["action"] : string;
/**
 * Arguments of `button()`: sub_type, 0-based index of the button in the definition, value.
 *
 * @example
 * ```ts
 * const args: ButtonArgs<"url", 1> = ["url", 1, "ORD-90211"];
 * ```
 */
export type ButtonArgs<SubType, Index extends number = number> = SubType extends unknown
  ? [sub_type: SubType, index: Index | `${Index}`, value: ButtonValue<SubType>]
  : never;

/**
 * A template definition: a `MessageTemplate` from the list endpoint, a create request, or a
 * literal written in code (read-only arrays allowed, so `as const` works).
 *
 * @example
 * ```ts
 * const definition = {
 *   name: "order_shipped_positional", language: "en_US", category: "UTILITY",
 *   components: [{ type: "BODY", text: "Hi {{1}}, order {{2}}" }],
 * } as const satisfies TemplateSource;
 * ```
 */
export type TemplateSource = DeepReadonly<Pick<S["MessageTemplate"], "name" | "language" | "category" | "parameter_format">> & {
  readonly components: readonly DeepReadonly<S["TemplateComponentDefinition"]>[];
};

/**
 * What a template send may contain, as far as known at compile time: the parameter `format`(s)
 * still allowed, the body and TEXT-header placeholder names (`string` when unknown), the header
 * format (`never` for none) and the `button()` argument tuples.
 *
 * @example
 * ```ts
 * type Format = SpecOf<typeof definition>["format"]; // "NAMED" for a {{word}} placeholder
 * ```
 */
export interface SendSpec {
  format: Format;
  body: string;
  header: string;
  headerNames: string;
  buttons: unknown[];
}

/**
 * A send of a template whose definition the builder does not know: everything is allowed, and
 * only mixing named and positional values is refused.
 *
 * @example
 * ```ts
 * const loose: TemplateBuilder<LooseSpec> = template("weekly_promo", "en_US");
 * ```
 */
export interface LooseSpec extends SendSpec {
  format: Format;
  body: string;
  header: string;
  headerNames: string;
  buttons: ButtonArgs<S["TemplateButtonComponent"]["sub_type"]>;
}

type Component<D extends TemplateSource> = D["components"][number];
type TextOf<C> = C extends { text?: infer T } ? T : never;
type HeaderFormatOf<C> = C extends { format: infer F } ? F : never;
type SubTypeOf<B> = B extends { type: "QUICK_REPLY" }
  ? "quick_reply"
  : B extends { type: "URL"; url: infer U }
    ? string extends U ? "url" : U extends `${string}{{${string}}}${string}` ? "url" : never
    : B extends { type: "OTP" }
      ? "url"
      : B extends { type: "COPY_CODE" }
        ? "copy_code"
        : B extends { type: `${infer T extends "FLOW" | "CATALOG" | "MPM"}` }
          ? Lowercase<T>
          : never;
type ButtonsOf<Bs> = Bs extends readonly unknown[]
  ? number extends Bs["length"]
    ? LooseSpec["buttons"]
    : { [I in keyof Bs]: I extends `${infer N extends number}` ? ButtonArgs<SubTypeOf<Bs[I]>, N> : never }[number]
  : never;
type BodyNames<D extends TemplateSource> = D extends { category: "AUTHENTICATION" }
  ? "1"
  : Placeholders<TextOf<Extract<Component<D>, { type: "BODY" }>>>;
type HeaderNames<D extends TemplateSource> = Placeholders<TextOf<Extract<Component<D>, { type: "HEADER" }>>>;

/**
 * The {@link SendSpec} of a template definition, read from its literal texts and buttons.
 *
 * @example
 * ```ts
 * function shippedBuilder(): TemplateBuilder<SpecOf<typeof definition>> {
 *   return template(definition);
 * }
 * ```
 */
export interface SpecOf<D extends TemplateSource> extends SendSpec {
  format: D extends { parameter_format: "NAMED" } ? "NAMED" : FormatOf<BodyNames<D> | HeaderNames<D>>;
  body: BodyNames<D>;
  header: HeaderFormatOf<Extract<Component<D>, { type: "HEADER" }>>;
  headerNames: HeaderNames<D>;
  buttons: ButtonsOf<Extract<Component<D>, { type: "BUTTONS" }>["buttons"]>;
}

type With<Spec extends SendSpec, F extends Format> = Omit<Spec, "format"> & { format: F };
type MediaArg<Spec extends SendSpec> = string extends Spec["header"] ? HeaderMedia[keyof HeaderMedia] : HeaderMedia[Spec["header"] & keyof HeaderMedia];
type TextHeader<Spec extends SendSpec, F extends Format, Arg> = F extends Spec["format"]
  ? "TEXT" extends Spec["header"] ? ([Spec["headerNames"]] extends [never] ? never : Arg) : never
  : never;
// Type-only key of the brand of TemplateTypeError.
declare const typeError: unique symbol;
/**
 * A parameter type no value has, whose name says why the call is wrong: a builder method's
 * parameter becomes one when the template's definition rules the call out, so the compiler says
 * e.g. `not assignable to parameter of type 'TemplateTypeError<"This template's parameters are
 * NAMED: ...">'` instead of `... type 'never'`.
 *
 * @example
 * ```ts
 * template(namedDefinition).body("Alice"); // error: ... 'TemplateTypeError<"This template's parameters are NAMED: ...">'
 * ```
 */
export interface TemplateTypeError<Message extends string> {
  readonly [typeError]: Message;
}
/**
 * The argument lists shorter than `Values` (of one value at least; none when the body has no
 * placeholder), each value a {@link TemplateTypeError} saying how many the body takes: a call with
 * too few values then gets that message rather than "No overload expects 2 arguments".
 */
type TooFewValues<Values extends unknown[], Given extends unknown[] = [TemplateTypeError<`This template's body takes ${Values["length"]} values, one per placeholder {{1}} to {{${Values["length"]}}}, in order`>]> =
  Values extends [] ? never : Given["length"] extends Values["length"] ? never : Given | TooFewValues<Values, [...Given, Given[0]]>;
// Spelt out where used: an alias would be what the compiler prints.
type PositionalBody<Spec extends SendSpec> = "POSITIONAL" extends Spec["format"]
  ? string extends Spec["body"] ? BodyValue[] : PositionalTuple<Spec["body"], BodyValue> | TooFewValues<PositionalTuple<Spec["body"], BodyValue>>
  : [
      TemplateTypeError<"This template's parameters are NAMED: pass one record, body({ name: value }), with every placeholder name">,
      ...TemplateTypeError<"This template's parameters are NAMED: pass one record, body({ name: value }), with every placeholder name">[],
    ];
type NamedBody<Spec extends SendSpec> = "NAMED" extends Spec["format"]
  ? string extends Spec["body"] ? Readonly<Record<string, BodyValue>> : { readonly [Name in Spec["body"]]: BodyValue }
  : TemplateTypeError<"This template's parameters are POSITIONAL: pass the values in placeholder order, body(value1, value2, ...)">;
type NamedHeader<Spec extends SendSpec> = string extends Spec["headerNames"]
  ? Readonly<Record<string, HeaderTextValue>>
  : { readonly [Name in Spec["headerNames"]]: HeaderTextValue };

type Parameter = { type: string; parameter_name?: string };
// Type-only key of the phantom member, so it stays out of autocompletion.
declare const spec: unique symbol;

type ButtonComponent = S["TemplateButtonComponent"];

interface TemplateState {
  name: string;
  language: string;
  definition?: TemplateDefinitionLike;
  header?: Parameter[];
  body?: Parameter[];
  buttons: ButtonComponent[];
}

// A plain string stands for a text parameter.
const parameter = (value: unknown): Parameter =>
  (typeof value === "string" ? { type: "text", text: value } : value) as Parameter;

// A parameter object names its payload after its type ({ type: "currency", currency: ... }); a
// record of named values does not.
const isNamed = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !((value as Parameter).type in value);

// `parameter_name` goes right after `type`, the documented key order.
const named = (values: Record<string, unknown>): Parameter[] =>
  Object.entries(values).map(([parameter_name, value]) => {
    const { type, ...rest } = parameter(value);
    return { type, parameter_name, ...rest };
  });

/**
 * Builds the `template` object of a template send. Immutable: every method returns a new
 * builder. Built from a definition (`template(definition)`), it knows the parameter format, the
 * placeholders, the header format and which buttons take parameters at which index: literal
 * definitions are checked at compile time, and `build()` checks every send against the definition
 * with the gateway's rules, throwing a {@link TemplateRuleError} (132000 count, 132012 format)
 * before any request.
 *
 * @example
 * ```ts
 * const weeklyPromo = template("weekly_promo", "en_US")
 *   .header({ type: "image", image: { link: "https://cdn.example.com/banner.jpg" } })
 *   .body("Alice")
 *   .build();
 * ```
 */
export class TemplateBuilder<Spec extends SendSpec = LooseSpec> extends Builder<TemplateState> {
  // Phantom: what the definition allows, checked by the method signatures.
  declare readonly [spec]: Spec;

  // Named and positional values never mix: a template is one or the other end to end.
  private parameters(patch: Pick<TemplateState, "header"> | Pick<TemplateState, "body">): any {
    const { header = [], body = [] } = { ...this.state, ...patch };
    assertRules(checkParameterStyle([...header, ...body]));
    return this.with(patch);
  }

  /**
   * The header parameter: an image, video or document (by `link` or `id`) or a location for a
   * media header; a string (positional) or a record `{ name: value }` (named) for a TEXT header
   * with a variable.
   *
   * @example
   * ```ts
   * template("weekly_promo", "en_US").header({ type: "image", image: { id: "1479537139650973" } });
   * template("order_update", "en_US").header("ORD-90211");
   * template("order_update_named", "en_US").header({ order_id: "ORD-90211" });
   * ```
   */
  header(media: MediaArg<Spec>): TemplateBuilder<Spec>;
  header(text: TextHeader<Spec, "POSITIONAL", HeaderTextValue>): TemplateBuilder<With<Spec, "POSITIONAL">>;
  header(values: TextHeader<Spec, "NAMED", NamedHeader<Spec>>): TemplateBuilder<With<Spec, "NAMED">>;
  header(value: unknown): unknown {
    return this.parameters({ header: isNamed(value) ? named(value) : [parameter(value)] });
  }

  /**
   * The body values: in placeholder order (`{{1}}`, `{{2}}`, ...) for a positional template, or a
   * record `{ name: value }` for a named one. Strings are `text` parameters; `currency` and
   * `date_time` parameters are passed as objects.
   *
   * @example
   * ```ts
   * template("order_shipped_positional", "en_US").body("Alice", "ORD-90211", "Apr 22");
   * template("order_shipped_named", "en_US").body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" });
   * template("invoice", "en_US").body({ type: "currency", currency: { fallback_value: "$259.00", code: "USD", amount_1000: 259000 } });
   * ```
   */
  body(...values: PositionalBody<Spec>): TemplateBuilder<With<Spec, "POSITIONAL">>;
  body(values: NamedBody<Spec>): TemplateBuilder<With<Spec, "NAMED">>;
  body(...values: unknown[]): unknown {
    const [first] = values;
    return this.parameters({ body: values.length === 1 && isNamed(first) ? named(first) : values.map(parameter) });
  }

  /**
   * The value of a button that takes one, addressed by its 0-based `index` in the template
   * definition: the payload of a `quick_reply`, the suffix of a dynamic `url` (or the code of an
   * OTP button), the code of a `copy_code`, or the action of a `flow`, `catalog` or `mpm` button.
   * Buttons without a parameter (static URL, phone number) are never sent. Setting an index again
   * replaces its value.
   *
   * @example
   * ```ts
   * template("shipping_with_actions", "en_US")
   *   .body("ORD-90211")
   *   .button("quick_reply", 0, "TRACK_PKG_90211")
   *   .button("url", 1, "ORD-90211");
   * ```
   */
  button(...args: Spec["buttons"]): TemplateBuilder<Spec> {
    const [sub_type, index, value] = args as [string, number | string, unknown];
    const type = buttonParameterType(sub_type);
    const at = String(index);
    const component = { type: "button", sub_type, index: at, parameters: [{ type, [type]: value }] } as ButtonComponent;
    return this.with({ buttons: [...this.state.buttons.filter((b) => b.index !== at), component] });
  }

  /**
   * The `template` object: `name`, `language`, then `components` in the conventional order
   * (header, body, buttons by index). With a definition, throws a {@link TemplateRuleError} when
   * the send does not match it.
   *
   * @example
   * ```ts
   * const request = message(to).template(template(definition).body("Alice")).build();
   * ```
   */
  build(): S["TemplateObject"] {
    const { name, language, definition, header, body, buttons } = this.state;
    const components = [
      header && { type: "header", parameters: header },
      body && { type: "body", parameters: body },
      ...[...buttons].sort((a, b) => Number(a.index) - Number(b.index)),
    ].filter(Boolean);
    const built = compact({ name, language: { code: language }, components: components.length ? components : undefined }) as S["TemplateObject"];
    if (definition) assertRules(checkTemplateSend(analyzeTemplate(definition), built));
    return built;
  }
}

/**
 * Starts a template send, either by name and language, or from the template's definition (a
 * `MessageTemplate` from `client.templates.list`, or a definition written in code; literal
 * definitions get their placeholder names, counts, header format and button indices checked at
 * compile time).
 *
 * @example
 * ```ts
 * const shipped = template({
 *   name: "order_shipped_named", language: "en_US", category: "UTILITY",
 *   components: [{ type: "BODY", text: "Hi {{customer_name}}, order {{order_id}} ships {{ship_date}}." }],
 * });
 * shipped.body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }).build();
 * ```
 */
export function template<const D extends TemplateSource>(definition: D): TemplateBuilder<SpecOf<D>>;
export function template(name: string, language: string): TemplateBuilder;
export function template(source: string | TemplateSource, language?: string): TemplateBuilder<any> {
  return new TemplateBuilder(
    typeof source === "string"
      ? { name: source, language: language!, buttons: [] }
      : { name: source.name, language: source.language, definition: source as TemplateDefinitionLike, buttons: [] },
  );
}
