// Type-level reading of template texts, so that definitions written in code are checked at
// compile time. Types only: nothing here reaches the bundle.

/**
 * The names inside `{{...}}` of a literal text, as a union (`"1" | "2"`, `"order_id"`); `string`
 * when the text is not a literal (then nothing can be checked at compile time).
 *
 * @example
 * ```ts
 * type N = Placeholders<"Hi {{customer_name}}, order {{order_id}}">; // "customer_name" | "order_id"
 * ```
 */
export type Placeholders<Text> = string extends Text
  ? string
  : Text extends `${string}{{${infer Name}}}${infer Rest}`
    ? Name | Placeholders<Rest>
    : never;

/**
 * A tuple with one `Value` per positional placeholder `{{1}}`..`{{n}}` of `Names`.
 *
 * @example
 * ```ts
 * type T = PositionalTuple<"1" | "2", string>; // [string, string]
 * ```
 */
export type PositionalTuple<Names extends string, Value, Acc extends Value[] = []> = `${[...Acc, Value]["length"]}` extends Names
  ? PositionalTuple<Names, Value, [...Acc, Value]>
  : Acc;

/**
 * `"NAMED"` when any of the placeholder names is a `{{word}}`, `"POSITIONAL"` when all are
 * numbers (or there are none), both when unknown (`string`).
 *
 * @example
 * ```ts
 * type F = FormatOf<"order_id">; // "NAMED"
 * ```
 */
export type FormatOf<Names extends string> = string extends Names
  ? "NAMED" | "POSITIONAL"
  : [Exclude<Names, `${number}`>] extends [never]
    ? "POSITIONAL"
    : "NAMED";

/**
 * The example values a text needs in a template definition: nothing without placeholders, one
 * value per positional placeholder, or a record with one value per name.
 *
 * @example
 * ```ts
 * type E = ExampleArgs<"Hi {{1}}, order {{2}}">; // [example: [string, string]]
 * ```
 */
export type ExampleArgs<Text> = string extends Text
  ? [example?: readonly string[] | Readonly<Record<string, string>>]
  : [Placeholders<Text>] extends [never]
    ? []
    : FormatOf<Placeholders<Text>> extends "POSITIONAL"
      ? [example: PositionalTuple<Placeholders<Text>, string>]
      : [example: { readonly [Name in Placeholders<Text>]: string }];
