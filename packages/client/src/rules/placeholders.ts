/**
 * What a `{{...}}` placeholder is: `{{1}}` positional, `{{order_id}}` named, anything else invalid.
 *
 * @example
 * ```ts
 * const kind: PlaceholderKind = placeholderKind("order_id"); // "named"
 * ```
 */
export type PlaceholderKind = "positional" | "named" | "invalid";

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const POSITIONAL = /^[1-9][0-9]*$/;
const NAMED = /^[a-z_][a-z0-9_]*$/;

/**
 * The names inside `{{...}}` placeholders of a template text, in order of appearance (repeats
 * included): `"1"` for `{{1}}`, `"order_id"` for `{{order_id}}`.
 *
 * @example
 * ```ts
 * findPlaceholders("Hi {{1}}, order {{2}}"); // ["1", "2"]
 * ```
 */
export function findPlaceholders(text: string): string[] {
  return Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] ?? "");
}

/**
 * Classifies a placeholder name found by {@link findPlaceholders}.
 *
 * @example
 * ```ts
 * placeholderKind("1"); // "positional"
 * placeholderKind("customer_name"); // "named"
 * placeholderKind("Customer Name"); // "invalid"
 * ```
 */
export function placeholderKind(name: string): PlaceholderKind {
  if (POSITIONAL.test(name)) return "positional";
  if (NAMED.test(name)) return "named";
  return "invalid";
}

/**
 * The distinct placeholders of a text, in the order a send must supply them: numeric order for
 * positional placeholders, first appearance for named ones.
 *
 * @example
 * ```ts
 * distinctPlaceholders("{{2}} then {{1}} and {{2}}"); // ["1", "2"]
 * ```
 */
export function distinctPlaceholders(text: string | undefined): string[] {
  const names = [...new Set(findPlaceholders(text ?? ""))];
  return names.every((name) => placeholderKind(name) === "positional")
    ? names.sort((a, b) => Number(a) - Number(b))
    : names;
}
