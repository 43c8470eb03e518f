// The template definitions the command writes and checks: what the builders of
// `@sigfollow/client/builders` accept (`TemplateSource`), read from the list endpoint's templates.
import type { MessageTemplate } from "@sigfollow/client";

/**
 * One template in one language, as written to the generated module: the fields of the client's
 * `TemplateSource` (name, language, category, parameter format, components), nothing the account
 * changes on its own (id, status, quality).
 *
 * @example
 * ```ts
 * const definition: Definition = { name: "order_shipped", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi {{1}}" }] };
 * ```
 */
export type Definition = Pick<MessageTemplate, "name" | "language" | "category" | "parameter_format" | "components">;

/** Code-unit order: the same on every machine, whatever its locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Keys in this order first (the order the documentation writes them), the rest alphabetically, so
// the output does not depend on the order the gateway serialized them in.
const KEY_ORDER = ["name", "language", "category", "parameter_format", "type", "format", "sub_type", "otp_type", "text", "url", "phone_number", "param_name", "buttons", "example", "components"];

function rank(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i < 0 ? KEY_ORDER.length : i;
}

/** A deep copy with object keys in canonical order (arrays keep theirs: button order matters). */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || compare(a, b));
  return Object.fromEntries(keys.map((k) => [k, canonical((value as Record<string, unknown>)[k])])) as T;
}

/** The definition of a listed template: its `TemplateSource` fields, keys in canonical order. */
export function toDefinition(template: MessageTemplate): Definition {
  const { name, language, category, parameter_format, components } = template;
  return canonical({ name, language, category, ...(parameter_format ? { parameter_format } : {}), components });
}

/** Orders definitions by name, then language. */
export const byNameAndLanguage = (a: { name: string; language: string }, b: { name: string; language: string }) =>
  compare(a.name, b.name) || compare(a.language, b.language);

/** `order_shipped (en_US)`: how output lines name a template. */
export const label = (t: { name: string; language: string }) => `${t.name} (${t.language})`;
