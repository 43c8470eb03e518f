import type { components } from "../generated/openapi.js";
import { checkTemplateDefinition } from "../rules/template-definition.js";
import { Builder, compact } from "./immutable.js";
import type { ExampleArgs, FormatOf, Placeholders } from "./placeholder-types.js";
import { assertRules } from "./assert-rules.js";

type S = components["schemas"];
// Type-only key of the phantom member, so it stays out of autocompletion.
declare const format: unique symbol;
type Request = S["TemplateCreateRequest"];
type Button = S["TemplateButtonDefinition"];
type Example = readonly string[] | Readonly<Record<string, string>> | undefined;
type Format = S["ParameterFormat"];
// The formats a literal text allows: either without placeholders, else the one its placeholders use.
type TextFormat<T> = [Placeholders<T>] extends [never] ? Format : FormatOf<Placeholders<T>>;
// `T` only when its placeholders fit the format chosen so far, so named and positional never mix.
type Fits<T, F extends Format> = [Extract<TextFormat<T>, F>] extends [never] ? never : T;
type Narrowed<T, F extends Format> = TemplateDefinitionBuilder<Extract<TextFormat<T>, F>>;

interface DefinitionState {
  name: string;
  language: string;
  category: S["TemplateCategory"];
  parameter_format?: S["ParameterFormat"];
  message_send_ttl_seconds?: number;
  header_media_file_id?: string;
  header?: object;
  body?: { text?: string; add_security_recommendation?: boolean; example?: unknown };
  footer?: { text?: string; code_expiration_minutes?: number };
  buttons: Button[];
}

/**
 * Builds a template create request (`TemplateCreateRequest`) in the documented shape, turning
 * sample values into Meta's `example` objects. Immutable: every method returns a new builder.
 * `build()` checks the request with the gateway's rules and throws a {@link TemplateRuleError}
 * (code 100) instead of sending a template Meta would reject.
 *
 * @example
 * ```ts
 * const request = templateDefinition("order_shipped", "en_US", "UTILITY")
 *   .body("Hi {{1}}, your order {{2}} has shipped.", ["Alice", "ORD-90211"])
 *   .build();
 * ```
 */
export class TemplateDefinitionBuilder<F extends Format = Format> extends Builder<DefinitionState> {
  // Phantom: the parameter formats still possible, narrowed by literal texts.
  declare readonly [format]: F;

  // Sample values become `<key>` (positional) or `<key>_named_params` (named, which also makes
  // the template NAMED: SigFollow would detect it anyway, the request says it explicitly).
  private example(values: Example, key: string, row: (values: readonly string[]) => unknown) {
    if (!values) return {};
    if (Array.isArray(values)) return { example: { [key]: row(values) } };
    return {
      parameter_format: this.state.parameter_format ?? "NAMED",
      example: { [`${key}_named_params`]: Object.entries(values).map(([param_name, example]) => ({ param_name, example })) },
    };
  }

  /**
   * The header: a TEXT header (at most one variable, with its sample value), an IMAGE, VIDEO or
   * DOCUMENT header with its `header_handle` from template media (omit it when using
   * `headerMediaFileId`), or a LOCATION header.
   *
   * @example
   * ```ts
   * templateDefinition("weekly_promo_v1", "en_US", "MARKETING").header("IMAGE", "4::aW1hZ2UvanBlZw==:ARZ...");
   * templateDefinition("order_update", "en_US", "UTILITY").header("TEXT", "Order {{1}}", ["ORD-90211"]);
   * ```
   */
  header<const T extends string>(format: "TEXT", text: Fits<T, F>, ...example: NoInfer<ExampleArgs<T>>): Narrowed<T, F>;
  header(format: "IMAGE" | "VIDEO" | "DOCUMENT", header_handle?: string): TemplateDefinitionBuilder<F>;
  header(format: "LOCATION"): TemplateDefinitionBuilder<F>;
  header(format: string, value?: string, values?: Example): unknown {
    const type = "HEADER";
    if (format !== "TEXT") {
      return this.with({ header: compact({ type, format, example: value === undefined ? value : { header_handle: [value] } }) });
    }
    const { parameter_format, example } = this.example(values, "header_text", (row) => row);
    return this.with(compact({ parameter_format, header: compact({ type, format, text: value, example }) }));
  }

  /**
   * The body text with one sample value per variable: an array for `{{1}}`-style placeholders
   * (becomes `example.body_text`), a record for `{{name}}`-style ones (becomes
   * `example.body_text_named_params` and sets `parameter_format: "NAMED"`). Literal texts are
   * checked at compile time.
   *
   * @example
   * ```ts
   * templateDefinition("order_shipped_named", "en_US", "UTILITY").body(
   *   "Hi {{customer_name}}, your order {{order_id}} has shipped.",
   *   { customer_name: "Alice", order_id: "ORD-90211" },
   * );
   * ```
   */
  body<const T extends string>(text: Fits<T, F>, ...[values]: NoInfer<ExampleArgs<T>>): Narrowed<T, F> {
    const { parameter_format, example } = this.example(values, "body_text", (row) => [row]);
    return this.with(compact({ parameter_format, body: { ...this.state.body, text, example } }));
  }

  /**
   * AUTHENTICATION templates: adds Meta's security disclaimer to the fixed body text.
   *
   * @example
   * ```ts
   * templateDefinition("verification_otp", "en_US", "AUTHENTICATION").addSecurityRecommendation();
   * ```
   */
  addSecurityRecommendation(add_security_recommendation = true): TemplateDefinitionBuilder<F> {
    return this.with({ body: { ...this.state.body, add_security_recommendation } });
  }

  /**
   * A footer text (no variables).
   *
   * @example
   * ```ts
   * templateDefinition("weekly_promo_v1", "en_US", "MARKETING").footer("Reply STOP to opt out");
   * ```
   */
  footer(text: string): TemplateDefinitionBuilder<F> {
    return this.with({ footer: { text } });
  }

  /**
   * AUTHENTICATION templates: the code expiry shown in the footer, in minutes.
   *
   * @example
   * ```ts
   * templateDefinition("verification_otp", "en_US", "AUTHENTICATION").codeExpirationMinutes(10);
   * ```
   */
  codeExpirationMinutes(code_expiration_minutes: number): TemplateDefinitionBuilder<F> {
    return this.with({ footer: { code_expiration_minutes } });
  }

  /**
   * Adds a button (in order: its position is the `index` sends address it by): `QUICK_REPLY`,
   * `URL` (with `example`, one full URL, when it ends in `{{1}}`), `PHONE_NUMBER`, `COPY_CODE`,
   * `OTP`, `FLOW`, `CATALOG` or `MPM`.
   *
   * @example
   * ```ts
   * templateDefinition("order_with_tracking", "en_US", "UTILITY")
   *   .button("QUICK_REPLY", { text: "Track package" })
   *   .button("URL", { text: "View order", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] })
   *   .button("OTP", { otp_type: "COPY_CODE", text: "Copy code" });
   * ```
   */
  button<T extends Button["type"]>(type: T, fields: Omit<Extract<Button, { type: T }>, "type">): TemplateDefinitionBuilder<F> {
    return this.with({ buttons: [...this.state.buttons, { type, ...fields } as unknown as Button] });
  }

  /**
   * `POSITIONAL` or `NAMED`; set automatically to `NAMED` by named sample values.
   *
   * @example
   * ```ts
   * templateDefinition("order_shipped_named", "en_US", "UTILITY").parameterFormat("NAMED");
   * ```
   */
  parameterFormat<P extends F>(parameter_format: P): TemplateDefinitionBuilder<P> {
    return this.with({ parameter_format });
  }

  /**
   * How long Meta attempts delivery, in seconds (`TTL_RANGES` per category).
   *
   * @example
   * ```ts
   * templateDefinition("verification_otp", "en_US", "AUTHENTICATION").messageSendTtlSeconds(600);
   * ```
   */
  messageSendTtlSeconds(message_send_ttl_seconds: number): TemplateDefinitionBuilder<F> {
    return this.with({ message_send_ttl_seconds });
  }

  /**
   * A library asset's `file_id` for the IMAGE, VIDEO or DOCUMENT header, instead of a
   * `header_handle`: SigFollow obtains the Meta handle itself.
   *
   * @example
   * ```ts
   * templateDefinition("weekly_promo_v2", "en_US", "MARKETING").header("IMAGE").headerMediaFileId("file_8f2a");
   * ```
   */
  headerMediaFileId(header_media_file_id: string): TemplateDefinitionBuilder<F> {
    return this.with({ header_media_file_id });
  }

  /**
   * The request, keys in the documented order, components HEADER, BODY, FOOTER, BUTTONS. Throws
   * a {@link TemplateRuleError} (code 100) when the gateway's rules reject it.
   *
   * @example
   * ```ts
   * const { id } = await client.templates.create(wabaId, templateDefinition("x", "en_US", "UTILITY").body("Hi").build());
   * ```
   */
  build(): Request {
    const { header, body, footer, buttons, ...top } = this.state;
    const request = compact({
      name: top.name,
      language: top.language,
      category: top.category,
      parameter_format: top.parameter_format,
      message_send_ttl_seconds: top.message_send_ttl_seconds,
      header_media_file_id: top.header_media_file_id,
      components: [
        header,
        body && compact({ type: "BODY", text: body.text, add_security_recommendation: body.add_security_recommendation, example: body.example }),
        footer && { type: "FOOTER", ...footer },
        buttons.length ? { type: "BUTTONS", buttons } : undefined,
      ].filter(Boolean),
    }) as Request;
    assertRules(checkTemplateDefinition(request));
    return request;
  }
}

/**
 * Starts a template definition for `POST /v1/{wabaId}/message_templates`.
 *
 * @example
 * ```ts
 * const request = templateDefinition("verification_otp", "en_US", "AUTHENTICATION")
 *   .messageSendTtlSeconds(600)
 *   .addSecurityRecommendation()
 *   .codeExpirationMinutes(10)
 *   .button("OTP", { otp_type: "COPY_CODE", text: "Copy code" })
 *   .build();
 * ```
 */
export function templateDefinition(name: string, language: string, category: S["TemplateCategory"]): TemplateDefinitionBuilder {
  return new TemplateDefinitionBuilder({ name, language, category, buttons: [] });
}
