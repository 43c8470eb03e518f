import { ErrorCode } from "./error-codes.js";
import type { RuleViolation } from "./violation.js";

/**
 * Rows an interactive `list` may show across all its sections (at most 10 sections).
 *
 * @example
 * ```ts
 * const fits = sections.reduce((n, s) => n + s.rows.length, 0) <= MAX_LIST_ROWS;
 * ```
 */
export const MAX_LIST_ROWS = 10;
/**
 * Products an interactive `product_list` (and a template's `mpm` button) may show across all
 * its sections.
 *
 * @example
 * ```ts
 * const pages = Math.ceil(catalog.length / MAX_LISTED_PRODUCTS);
 * ```
 */
export const MAX_LISTED_PRODUCTS = 30;

/** Sections of a list or of a product list, as far as the rules look at them. */
interface Sections {
  readonly sections?: readonly { readonly title?: string; readonly rows?: readonly unknown[]; readonly product_items?: readonly unknown[] }[];
}

/** How many rows or products the sections of an action hold in all. */
export const itemsAcross = (action: object | undefined, key: "rows" | "product_items") =>
  ((action as Sections | undefined)?.sections ?? []).reduce((n, section) => n + (section[key]?.length ?? 0), 0);

/**
 * Checks an interactive object the way the gateway does, beyond its schema: a `list` shows at
 * most 10 rows across all its sections and a `product_list` at most 30 products, and with more
 * than one section every section needs a `title`. Returns code `100` violations, `[]` when fine.
 *
 * @example
 * ```ts
 * const [problem] = checkInteractive({ type: "list", action: { button: "Slots", sections } });
 * if (problem) console.error(problem.path, problem.message);
 * ```
 */
export function checkInteractive(interactive: { readonly type: string; readonly action?: object }): RuleViolation[] {
  const key = interactive.type === "list" ? "rows" : interactive.type === "product_list" ? "product_items" : undefined;
  if (!key) return [];
  const path = "interactive.action.sections";
  const [max, what] = key === "rows" ? [MAX_LIST_ROWS, "rows"] : [MAX_LISTED_PRODUCTS, "products"];
  const count = itemsAcross(interactive.action, key);
  if (count > max) {
    return [{ code: ErrorCode.InvalidParameter, path, message: `a ${interactive.type} shows at most ${max} ${what} across its sections, received ${count}` }];
  }
  const sections = (interactive.action as Sections | undefined)?.sections ?? [];
  const untitled = sections.length > 1 ? sections.findIndex((section) => !section.title) : -1;
  if (untitled >= 0) {
    return [{ code: ErrorCode.InvalidParameter, path: `${path}[${untitled}].title`, message: `a ${interactive.type} with more than one section needs a title on each` }];
  }
  return [];
}
