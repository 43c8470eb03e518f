// What `templates check` reports: every way a live template differs from the definition the code
// was compiled against, one line each. Placeholders and the parameter format are read with the
// gateway's own rules (`@sigfollow/client/rules`), so "changed" means what a send would see.
import type { MessageTemplate, TemplateButtonDefinition, TemplateComponentDefinition } from "@sigfollow/client";
import { analyzeTemplate, type TemplateDefinitionLike } from "@sigfollow/client/rules";
import { type Definition, label } from "./definitions.js";
import { quoted } from "./text.js";

/**
 * One difference between a definition and the live account.
 *
 * @example
 * ```ts
 * const drift: Drift = { name: "weekly_promo", language: "en_US", kind: "status", line: "weekly_promo (en_US): status PAUSED, not APPROVED" };
 * ```
 */
export interface Drift {
  name: string;
  language: string;
  /** `missing` (no such template), `status` (not APPROVED), or `changed` (the definition differs). */
  kind: "missing" | "status" | "changed";
  /** The line the command prints. */
  line: string;
}

type Component = TemplateComponentDefinition;
type Header = Extract<Component, { type: "HEADER" }>;

const find = <T extends Component["type"]>(d: TemplateDefinitionLike, type: T) =>
  d.components.find((c) => c.type === type) as Extract<Component, { type: T }> | undefined;
const quote = (text: string | undefined) => (text === undefined ? "(none)" : quoted(text));
const list = (names: string[]) => (names.length ? names.map((n) => `{{${n}}}`).join(", ") : "none");
/** ` (placeholders {{1}} → {{1}}, {{2}})` when a text's placeholders changed, else nothing. */
const placeholders = (before: string[], after: string[]) =>
  before.join() === after.join() ? "" : ` (placeholders ${list(before)} → ${list(after)})`;

function describeHeader(header: Header | undefined): string {
  if (!header) return "(none)";
  return header.format === "TEXT" ? `TEXT ${quote(header.text)}` : header.format;
}

function describeButton(button: TemplateButtonDefinition): string {
  const { type, example: _example, ...rest } = button as TemplateButtonDefinition & { example?: unknown };
  const text = "text" in rest && typeof rest.text === "string" ? ` ${quote(rest.text)}` : "";
  const target = "url" in rest ? ` ${rest.url}` : "phone_number" in rest ? ` ${rest.phone_number}` : "";
  const otp = "otp_type" in rest ? ` (${rest.otp_type})` : "";
  return `${type}${otp}${text}${target}`;
}

// The buttons as a send depends on them: types, order, labels and targets; examples aside.
const buttonsKey = (buttons: TemplateButtonDefinition[]) =>
  JSON.stringify(buttons.map((b) => Object.fromEntries(Object.entries(b).filter(([k]) => k !== "example").sort())));

/** The `changed` lines of one template: category, parameter format, header, body, buttons. */
function changes(expected: Definition, live: MessageTemplate): string[] {
  const out: string[] = [];
  const was = analyzeTemplate(expected);
  const now = analyzeTemplate(live);
  if (expected.category !== live.category) out.push(`category ${expected.category} → ${live.category}`);
  if (was.parameterFormat !== now.parameterFormat) out.push(`parameter format ${was.parameterFormat} → ${now.parameterFormat}`);

  const [h1, h2] = [find(expected, "HEADER"), find(live, "HEADER")];
  if (describeHeader(h1) !== describeHeader(h2)) {
    const what = h1?.format === "TEXT" && h2?.format === "TEXT" ? "header text" : "header";
    const names = placeholders(was.header?.placeholders ?? [], now.header?.placeholders ?? []);
    out.push(`${what}${names}: ${describeHeader(h1)} → ${describeHeader(h2)}`);
  }

  const [b1, b2] = [find(expected, "BODY")?.text, find(live, "BODY")?.text];
  if (b1 !== b2) out.push(`body text${placeholders(was.body, now.body)}: ${quote(b1)} → ${quote(b2)}`);

  const [k1, k2] = [find(expected, "BUTTONS")?.buttons ?? [], find(live, "BUTTONS")?.buttons ?? []];
  if (buttonsKey(k1) !== buttonsKey(k2)) {
    const show = (bs: TemplateButtonDefinition[]) => (bs.length ? bs.map(describeButton).join(", ") : "(none)");
    out.push(`buttons: ${show(k1)} → ${show(k2)}`);
  }
  return out;
}

/**
 * Every drift of `expected` (sorted) against the live templates: a template missing from the
 * account, not APPROVED, or whose category, parameter format, header, body text (and so its
 * placeholders) or buttons changed. Live templates the file does not define are not drift.
 *
 * @example
 * ```ts
 * findDrift(readDefinitions("src/templates.ts"), await listTemplates(...), "102290129340398");
 * // [{ kind: "status", line: "weekly_promo (en_US): status PAUSED, not APPROVED", ... }]
 * ```
 */
export function findDrift(expected: Definition[], live: MessageTemplate[], wabaId: string): Drift[] {
  const byKey = new Map(live.map((t) => [`${t.name}\u0000${t.language}`, t]));
  const drift: Drift[] = [];
  for (const d of expected) {
    const at = { name: d.name, language: d.language };
    const t = byKey.get(`${d.name}\u0000${d.language}`);
    if (!t) {
      drift.push({ ...at, kind: "missing", line: `${label(d)}: missing: no such template in WABA ${wabaId}` });
      continue;
    }
    if (t.status !== "APPROVED") {
      const reason = t.rejected_reason && t.rejected_reason !== "NONE" ? ` (${t.rejected_reason})` : "";
      drift.push({ ...at, kind: "status", line: `${label(d)}: status ${t.status}${reason}, not APPROVED` });
    }
    for (const what of changes(d, t)) drift.push({ ...at, kind: "changed", line: `${label(d)}: changed ${what}` });
  }
  return drift;
}
