import type { components } from "../generated/openapi.js";
import { ErrorCode } from "./error-codes.js";
import { distinctPlaceholders, findPlaceholders, placeholderKind } from "./placeholders.js";
import { effectiveParameterFormat, type ParameterFormat } from "./template-shape.js";
import type { RuleViolation } from "./violation.js";

type Schemas = components["schemas"];
type CreateRequest = Schemas["TemplateCreateRequest"];
type Component = Schemas["TemplateComponentDefinition"];
type Button = Schemas["TemplateButtonDefinition"];
type TemplateCategory = Schemas["TemplateCategory"];

/**
 * Template names: lowercase letters, digits and underscores, at most 512.
 *
 * @example
 * ```ts
 * TEMPLATE_NAME_PATTERN.test("order_shipped_v2"); // true
 * TEMPLATE_NAME_PATTERN.test("Order-Shipped"); // false
 * ```
 */
export const TEMPLATE_NAME_PATTERN = /^[a-z0-9_]{1,512}$/;

/**
 * `message_send_ttl_seconds` bounds per category, in seconds.
 *
 * @example
 * ```ts
 * TTL_RANGES.AUTHENTICATION; // { min: 30, max: 900 }
 * ```
 */
export const TTL_RANGES: Record<TemplateCategory, { min: number; max: number }> = {
  AUTHENTICATION: { min: 30, max: 900 },
  UTILITY: { min: 30, max: 43_200 },
  MARKETING: { min: 43_200, max: 2_592_000 },
};

const MEDIA_HEADER_FORMATS = ["IMAGE", "VIDEO", "DOCUMENT"];

function violation(path: string, message: string): RuleViolation {
  return { code: ErrorCode.InvalidParameter, path, message };
}

/** Placeholders must be `{{1}}`-style or `{{word}}`-style; positional ones numbered 1..n without gaps. */
function checkPlaceholders(text: string, path: string, format: ParameterFormat): RuleViolation[] {
  const names = findPlaceholders(text);
  const invalid = names.find((name) => placeholderKind(name) === "invalid");
  if (invalid !== undefined) {
    return [violation(path, `invalid placeholder {{${invalid}}}: use {{1}}, {{2}}, ... or lowercase {{names}}`)];
  }
  const kinds = new Set(names.map(placeholderKind));
  if (kinds.size > 1) return [violation(path, "positional ({{1}}) and named ({{name}}) placeholders cannot be mixed")];
  if (kinds.has("positional")) {
    if (format === "NAMED") return [violation(path, "a NAMED template uses {{name}} placeholders, not {{1}}")];
    const numbers = distinctPlaceholders(text).map(Number);
    if (numbers.some((n, i) => n !== i + 1)) {
      return [violation(path, `positional placeholders must be numbered {{1}} to {{${numbers.length}}} without gaps`)];
    }
  }
  return [];
}

/** The examples a HEADER or BODY component may carry, by key (a media header's handle included). */
interface TextExamples {
  header_text?: string[];
  header_text_named_params?: { param_name: string }[];
  header_handle?: unknown;
  body_text?: string[][];
  body_text_named_params?: { param_name: string }[];
}

/**
 * A HEADER or BODY text: its placeholders, at most one variable in a header, then the examples of
 * its variables: a row of values under `<key>` (positional) or one {param_name, example} per name
 * under `<key>_named_params`.
 */
function checkText(
  text: string,
  path: string,
  format: ParameterFormat,
  example: TextExamples | undefined,
  key: "header_text" | "body_text",
): RuleViolation[] {
  const out = checkPlaceholders(text, `${path}.text`, format);
  if (out.length) return out;
  const placeholders = distinctPlaceholders(text);
  const header = key === "header_text";
  if (header && placeholders.length > 1) return [violation(`${path}.text`, "a TEXT header takes at most one variable")];
  if (placeholders.length === 0) return [];
  path += ".example";
  if (format === "NAMED") {
    const namedKey = `${key}_named_params` as const;
    const named = example?.[namedKey];
    if (!named) {
      return [violation(path, `a text with variables needs example.${namedKey} (one {param_name, example} per variable)`)];
    }
    const names = named.map((p) => p.param_name).sort();
    if (names.join() !== [...placeholders].sort().join()) {
      return [violation(`${path}.${namedKey}`, `example names (${names.join(", ")}) must match the placeholders (${placeholders.join(", ")})`)];
    }
    return [];
  }
  // A header has one row of sample values, a body a list of rows.
  const rows = header ? example?.header_text && [example.header_text] : example?.body_text;
  if (!rows?.length) {
    return [violation(path, `a text with variables needs example.${key} with one sample value per variable`)];
  }
  const bad = rows.findIndex((row) => row.length !== placeholders.length);
  return bad >= 0
    ? [violation(`${path}.${key}[${bad}]`, `needs ${placeholders.length} sample value(s), one per variable, got ${rows[bad]!.length}`)]
    : [];
}

function checkUrlButton(button: Extract<Button, { type: "URL" }>, path: string): RuleViolation[] {
  const names = findPlaceholders(button.url);
  if (names.length === 0) return [];
  if (names.length > 1 || names[0] !== "1") {
    return [violation(`${path}.url`, "a URL button takes at most one variable, and it must be {{1}}")];
  }
  if (!button.url.endsWith("{{1}}")) {
    return [violation(`${path}.url`, "the {{1}} variable must be the very last token of the URL")];
  }
  const [example] = button.example ?? [];
  if (example === undefined) {
    return [violation(path, "a URL with a variable needs example: one fully formed URL")];
  }
  const prefix = button.url.slice(0, -"{{1}}".length);
  if (!example.startsWith(prefix) || example.length === prefix.length || findPlaceholders(example).length) {
    return [violation(`${path}.example[0]`, `the example must be the full URL with the variable filled in, starting with ${prefix}`)];
  }
  return [];
}

function checkButtons(buttons: readonly Button[], category: string, path: string): RuleViolation[] {
  const out: RuleViolation[] = [];
  const count = (type: Button["type"]) => buttons.filter((b) => b.type === type).length;
  buttons.forEach((button, i) => {
    if (button.type === "URL") out.push(...checkUrlButton(button, `${path}[${i}]`));
    if (button.type === "OTP" && category !== "AUTHENTICATION") {
      out.push(violation(`${path}[${i}]`, "OTP buttons are only allowed in AUTHENTICATION templates"));
    }
    if (button.type === "OTP" && button.otp_type === "ZERO_TAP" && button.zero_tap_terms_accepted !== true) {
      out.push(violation(`${path}[${i}].zero_tap_terms_accepted`, "ZERO_TAP requires zero_tap_terms_accepted: true"));
    }
  });
  // A catalog or multi-product button opens the products; it shares the template with no other button.
  const only = buttons.find((b) => b.type === "CATALOG" || b.type === "MPM");
  if (only && buttons.length > 1) out.push(violation(path, `${only.type} buttons must be the template's only button`));
  if (count("CATALOG") && category !== "MARKETING") out.push(violation(path, "CATALOG buttons are only allowed in MARKETING templates"));
  const limits: [Button["type"], number][] = [["URL", 2], ["PHONE_NUMBER", 1], ["COPY_CODE", 1]];
  for (const [type, max] of limits) {
    if (count(type) > max) out.push(violation(path, `at most ${max} ${type} button(s) per template`));
  }
  const quickReplies = buttons.map((b) => b.type === "QUICK_REPLY");
  const firstQuick = quickReplies.indexOf(true);
  const lastQuick = quickReplies.lastIndexOf(true);
  if (firstQuick >= 0 && quickReplies.slice(firstQuick, lastQuick + 1).includes(false)) {
    out.push(violation(path, "QUICK_REPLY buttons must be grouped together, before or after the other buttons"));
  }
  return out;
}

function checkAuthentication(request: CreateRequest, components: readonly Component[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  components.forEach((component, i) => {
    const path = `components[${i}]`;
    if (component.type === "HEADER") out.push(violation(path, "AUTHENTICATION templates have no header"));
    if (component.type === "BODY" && component.text !== undefined) {
      out.push(violation(`${path}.text`, "AUTHENTICATION templates take no body text: Meta supplies it"));
    }
    if (component.type === "FOOTER" && component.text !== undefined) {
      out.push(violation(`${path}.text`, "AUTHENTICATION templates take code_expiration_minutes instead of a footer text"));
    }
    const minutes = component.type === "FOOTER" ? component.code_expiration_minutes : undefined;
    if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 90)) {
      out.push(violation(`${path}.code_expiration_minutes`, "code_expiration_minutes is a whole number of minutes, 1 to 90"));
    }
  });
  const buttons = components.find((c) => c.type === "BUTTONS");
  const otp = buttons?.type === "BUTTONS" ? buttons.buttons.filter((b) => b.type === "OTP") : [];
  if (otp.length !== 1 || (buttons?.type === "BUTTONS" && buttons.buttons.length !== 1)) {
    out.push(violation("components", "AUTHENTICATION templates need exactly one button, of type OTP"));
  }
  if (request.header_media_file_id !== undefined) {
    out.push(violation("header_media_file_id", "AUTHENTICATION templates have no header"));
  }
  return out;
}

function checkNonAuthentication(components: readonly Component[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  components.forEach((component, i) => {
    const path = `components[${i}]`;
    if (component.type === "BODY") {
      if (component.text === undefined) out.push(violation(path, "the BODY needs a text"));
      if (component.add_security_recommendation !== undefined) {
        out.push(violation(`${path}.add_security_recommendation`, "only AUTHENTICATION templates take add_security_recommendation"));
      }
    }
    if (component.type === "FOOTER") {
      if (component.code_expiration_minutes !== undefined) {
        out.push(violation(`${path}.code_expiration_minutes`, "only AUTHENTICATION templates take code_expiration_minutes"));
      }
      if (component.text === undefined) out.push(violation(path, "the FOOTER needs a text"));
      else if (findPlaceholders(component.text).length) out.push(violation(`${path}.text`, "a FOOTER cannot contain variables"));
    }
  });
  return out;
}

function checkComponent(component: Component, i: number, format: ParameterFormat, request: CreateRequest): RuleViolation[] {
  const path = `components[${i}]`;
  switch (component.type) {
    case "HEADER": {
      if (component.format === "TEXT") return checkText(component.text, path, format, component.example, "header_text");
      if (MEDIA_HEADER_FORMATS.includes(component.format) && !("example" in component && component.example) && request.header_media_file_id === undefined) {
        return [violation(path, `a ${component.format} header needs example.header_handle (from template media) or header_media_file_id`)];
      }
      return [];
    }
    case "BODY":
      return component.text === undefined ? [] : checkText(component.text, path, format, component.example, "body_text");
    case "BUTTONS":
      return checkButtons(component.buttons, request.category, `${path}.buttons`);
    default:
      return [];
  }
}

/**
 * Checks a template create request against the rules SigFollow (and Meta's review) enforce, the
 * same implementation the mock gateway runs. Every violation has code `100`. Returns `[]` when the
 * request is acceptable.
 *
 * Rules: name charset, category, placeholders (`{{1}}`..`{{n}}` without gaps, or lowercase
 * `{{names}}`, never mixed; NAMED auto-detected from `{{word}}` placeholders), examples required for
 * variables (2-D `body_text`, `body_text_named_params`, `header_text`), at most one header variable,
 * URL buttons with at most one variable `{{1}}` as the last token and a full example URL,
 * button counts, CATALOG and MPM buttons alone in their template (CATALOG in MARKETING only),
 * `message_send_ttl_seconds` within the category's range, AUTHENTICATION templates (no header, no
 * body text, one OTP button, `code_expiration_minutes`), and `header_media_file_id` needing an
 * IMAGE, VIDEO or DOCUMENT header.
 *
 * @example
 * ```ts
 * checkTemplateDefinition({
 *   name: "order_with_tracking", language: "en_US", category: "UTILITY",
 *   components: [{ type: "BODY", text: "Order {{1}}" }],
 * });
 * // [{ code: 100, path: "components[0].example", message: "a text with variables needs example.body_text ..." }]
 * ```
 */
export function checkTemplateDefinition(request: CreateRequest): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!TEMPLATE_NAME_PATTERN.test(request.name)) {
    out.push(violation("name", "template names use lowercase letters, digits and underscores only (at most 512)"));
  }
  // Read here, not at module load: a top-level call would keep TTL_RANGES in every bundle that
  // imports this module, even one that never checks a definition.
  const categories = Object.keys(TTL_RANGES);
  if (!categories.includes(request.category)) {
    out.push(violation("category", `category must be one of ${categories.join(", ")}`));
    return out;
  }
  const ttl = request.message_send_ttl_seconds;
  const range = TTL_RANGES[request.category];
  if (ttl !== undefined && (ttl < range.min || ttl > range.max)) {
    out.push(violation("message_send_ttl_seconds", `${request.category} templates take ${range.min} to ${range.max} seconds`));
  }
  const components = request.components;
  for (const type of ["HEADER", "BODY", "FOOTER", "BUTTONS"] as const) {
    const n = components.filter((c) => c.type === type).length;
    if (type === "BODY" ? n !== 1 : n > 1) {
      out.push(violation("components", `a template has ${type === "BODY" ? "exactly one" : "at most one"} ${type} component, got ${n}`));
    }
  }
  const format = effectiveParameterFormat(request);
  out.push(...(request.category === "AUTHENTICATION" ? checkAuthentication(request, components) : checkNonAuthentication(components)));
  components.forEach((component, i) => out.push(...checkComponent(component, i, format, request)));
  if (request.header_media_file_id !== undefined && request.category !== "AUTHENTICATION") {
    const header = components.find((c) => c.type === "HEADER");
    if (!header || !MEDIA_HEADER_FORMATS.includes(header.format)) {
      out.push(violation("header_media_file_id", "header_media_file_id needs an IMAGE, VIDEO or DOCUMENT header"));
    }
  }
  return out;
}
