// Flattens a webhook payload into its events: every change of every entry, every message, status
// and error of each, in payload order. Checks the envelope, not the contents: a field or property
// Meta adds later passes through.
import type { WebhookContact, WebhookEvent } from "./types.js";

// A registry-wide symbol, so the guard recognises errors thrown by another copy of this package
// (another realm, a duplicated install) where `instanceof` fails.
const BRAND = Symbol.for("sigfollow.webhook-payload-error");

/**
 * Thrown by {@link parseWebhook} when the payload is not a `whatsapp_business_account` webhook:
 * `path` names the part that is wrong (`object`, `entry[1].changes`, ...).
 *
 * @example
 * ```ts
 * try {
 *   parseWebhook(body);
 * } catch (error) {
 *   if (isWebhookPayloadError(error)) console.warn("Not a WhatsApp webhook:", error.path, error.message);
 * }
 * ```
 */
export class WebhookPayloadError extends Error {
  readonly [BRAND] = true;
  override readonly name = "WebhookPayloadError";

  constructor(
    /** Where the problem is, e.g. `entry[0].changes[1].value.metadata`. */
    readonly path: string,
    problem: string,
  ) {
    super(`Not a WhatsApp webhook: ${path} ${problem}`);
  }
}

/**
 * Whether a value is a {@link WebhookPayloadError}, also across realms and duplicated installs.
 *
 * @example
 * ```ts
 * if (isWebhookPayloadError(error)) return new Response(error.message, { status: 400 });
 * ```
 */
export function isWebhookPayloadError(error: unknown): error is WebhookPayloadError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function list(value: unknown, path: string, required = false): Json[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) throw new WebhookPayloadError(path, "is not an array");
  value.forEach((item, i) => {
    if (!isObject(item)) throw new WebhookPayloadError(`${path}[${i}]`, "is not an object");
  });
  return value as Json[];
}

// A Map, not an object: a field named `constructor` or `__proto__` finds nothing here.
const TEMPLATE_KINDS = new Map<string, "template_status" | "template_quality" | "template_category">([
  ["message_template_status_update", "template_status"],
  ["message_template_quality_update", "template_quality"],
  ["template_category_update", "template_category"],
]);

/**
 * Every event of a webhook payload (the parsed body, or its JSON text), flattened in order: each
 * inbound message, status and system-level error of every `messages` change, each template event,
 * and an `unknown` event (with `field` and `value`) for any other field. Each carries its WABA id
 * and, for `messages` changes, the phone number id and display number; messages and statuses carry
 * the user's contact. Throws a {@link WebhookPayloadError} when the payload is not a
 * `whatsapp_business_account` webhook. Verify the signature first.
 *
 * @example
 * ```ts
 * for (const event of parseWebhook(JSON.parse(rawBody))) {
 *   if (event.kind === "message" && event.message.type === "button") startFlow(event.message.button.payload);
 *   if (event.kind === "status") await markStatus(event.status.id, event.status.status);
 * }
 * ```
 */
export function parseWebhook(payload: unknown): WebhookEvent[] {
  if (typeof payload === "string") {
    try {
      payload = JSON.parse(payload);
    } catch {
      throw new WebhookPayloadError("body", "is not JSON");
    }
  }
  if (!isObject(payload)) throw new WebhookPayloadError("payload", "is not an object");
  if (payload.object !== "whatsapp_business_account") {
    throw new WebhookPayloadError("object", `is ${JSON.stringify(payload.object)}, not "whatsapp_business_account"`);
  }
  const events: WebhookEvent[] = [];
  list(payload.entry, "entry", true).forEach((entry, e) => {
    if (typeof entry.id !== "string") throw new WebhookPayloadError(`entry[${e}].id`, "is not a string");
    const base = { wabaId: entry.id, ...(typeof entry.time === "number" && { time: entry.time }) };
    list(entry.changes, `entry[${e}].changes`, true).forEach((change, c) => {
      const at = `entry[${e}].changes[${c}]`;
      const { field, value } = change;
      if (typeof field !== "string") throw new WebhookPayloadError(`${at}.field`, "is not a string");
      const kind = TEMPLATE_KINDS.get(field);
      if (field !== "messages" && field !== "user_preferences" && !kind) return void events.push({ kind: "unknown", field, ...base, value });
      if (!isObject(value)) throw new WebhookPayloadError(`${at}.value`, "is not an object");
      if (kind) return void events.push({ kind, field, ...base, update: value } as WebhookEvent);
      const { metadata } = value;
      if (!isObject(metadata) || typeof metadata.phone_number_id !== "string") {
        throw new WebhookPayloadError(`${at}.value.metadata.phone_number_id`, "is missing");
      }
      const number = { field: "messages" as const, ...base, phoneNumberId: metadata.phone_number_id, displayPhoneNumber: String(metadata.display_phone_number ?? "") };
      const contacts = list(value.contacts, `${at}.value.contacts`) as WebhookContact[];
      // Never on a missing, null or empty id: Meta may send an empty wa_id for a user who hid their number.
      const contactOf = (waId: unknown, userId: unknown) => contacts.find((x) => (waId && x.wa_id === waId) || (userId && x.user_id === userId));
      if (field === "user_preferences") {
        for (const p of list(value.user_preferences, `${at}.value.user_preferences`)) {
          events.push({ kind: "user_preference", ...number, field, preference: p as never, contact: contactOf(p.wa_id, p.user_id) });
        }
        return;
      }
      for (const m of list(value.messages, `${at}.value.messages`)) {
        events.push({ kind: "message", ...number, message: m as never, contact: contactOf(m.from, m.from_user_id) });
      }
      for (const s of list(value.statuses, `${at}.value.statuses`)) {
        events.push({ kind: "status", ...number, status: s as never, contact: contactOf(s.recipient_id, s.recipient_user_id) });
      }
      for (const error of list(value.errors, `${at}.value.errors`)) events.push({ kind: "error", ...number, error: error as never });
    });
  });
  return events;
}
