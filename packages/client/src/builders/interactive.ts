import type { components } from "../generated/openapi.js";
import { compact } from "./immutable.js";

type S = components["schemas"];

/**
 * Header and footer of an interactive message; a string header is a text header.
 *
 * @example
 * ```ts
 * const extras: InteractiveExtras = { header: "Order ORD-90211", footer: "Reply within 24 h" };
 * ```
 */
export interface InteractiveExtras<H = S["InteractiveHeader"]> {
  header?: string | H | undefined;
  footer?: string | undefined;
}

// Key order of Meta's examples: type, header, body, footer, action.
function interactive<T>(type: string, body: string, action: unknown, extras: InteractiveExtras<unknown> = {}): T {
  const { header, footer } = extras;
  return compact({
    type,
    header: typeof header === "string" ? { type: "text", text: header } : header,
    body: { text: body },
    footer: footer === undefined ? footer : { text: footer },
    action,
  }) as T;
}

/**
 * Interactive reply buttons (up to three), for `message(to).interactive(...)`.
 *
 * @example
 * ```ts
 * message("16505551234")
 *   .interactive(interactiveButton("Did the parcel arrive?", [{ id: "yes", title: "Yes" }, { id: "no", title: "No" }], { footer: "Order ORD-90211" }))
 *   .build();
 * ```
 */
export function interactiveButton(
  body: string,
  buttons: readonly { id: string; title: string }[],
  extras?: InteractiveExtras,
): S["InteractiveButton"] {
  return interactive("button", body, { buttons: buttons.map((reply) => ({ type: "reply", reply })) }, extras);
}

/**
 * An interactive list: a `button` label opening up to 10 sections of rows.
 *
 * @example
 * ```ts
 * interactiveList("Pick a delivery slot", "Slots", [
 *   { title: "Tomorrow", rows: [{ id: "am", title: "Morning" }, { id: "pm", title: "Afternoon" }] },
 * ]);
 * ```
 */
export function interactiveList(
  body: string,
  button: string,
  sections: S["InteractiveList"]["action"]["sections"],
  extras?: InteractiveExtras<S["InteractiveTextHeader"]>,
): S["InteractiveList"] {
  return interactive("list", body, { button, sections }, extras);
}

/**
 * An interactive call-to-action button that opens a URL.
 *
 * @example
 * ```ts
 * interactiveCtaUrl("Your order has shipped.", { display_text: "Track", url: "https://shop.example.com/o/ORD-90211" });
 * ```
 */
export function interactiveCtaUrl(
  body: string,
  parameters: S["InteractiveCtaUrl"]["action"]["parameters"],
  extras?: InteractiveExtras,
): S["InteractiveCtaUrl"] {
  return interactive("cta_url", body, { name: "cta_url", parameters }, extras);
}
