// The webhook payloads the mock delivers, shaped as Meta's (`whatsapp_business_account` envelope;
// the spec's `webhooks` schemas): message statuses, inbound messages, template events.
import { escapeNonAscii, type InboundMessage as WebhookMessage, type MessageStatus, type WebhookErrorObject, type WebhookPayload } from "@sigfollow/client/webhooks";
import { META_ERRORS } from "../http/errors.js";
import type { InboundMessage, PhoneNumber, TemplateRecord, TemplateStatus } from "../state/store.js";
import type { WebhookField } from "./schema.js";

/**
 * One change to deliver: its field, the WABA it is about, a line for the delivery log, and its
 * payload, built when first needed ({@link payloadOf}) from what the change captured when it
 * happened: a status is queued as a small description and built only when a subscription sends it
 * (or a drop's log record shows it), once for all its subscriptions.
 */
export interface WebhookChange {
  readonly field: WebhookField;
  readonly wabaId: string;
  readonly summary: string;
  /** Changes with the same key reach a subscription in order (the statuses of one message, the messages of one sender, the template events of one WABA). */
  readonly key: string;
  /** Builds the payload from what the change captured (never from the state at the time of building). */
  make(): WebhookPayload;
  /**
   * While the body is not built, what the change counts in the queue's byte bound: an upper bound
   * of its body's length, and of the memory its description holds. `undefined`: the body is built
   * when the change is queued.
   */
  bound?: number;
  /** The payload, once built. */
  payload?: WebhookPayload;
  /** The exact body POSTed for it alone, once built (see `WebhookDeliveries`). */
  body?: string;
}

/** A change's payload, built on first use. */
export const payloadOf = (change: WebhookChange): WebhookPayload => (change.payload ??= change.make());

/** A change whose payload is built at once (its body when queued): its fields capture state that changes later. */
const built = (change: Omit<WebhookChange, "make" | "payload">, payload: WebhookPayload): WebhookChange => ({ ...change, payload, make: () => payload });

const seconds = (ms: number) => Math.floor(ms / 1000);

/** The exact text POSTed for a payload: non-ASCII escaped as Meta does, template ids as numbers. */
export function webhookBody(payload: WebhookPayload): string {
  const json = JSON.stringify(payload);
  // Each step only when it has something to do: most bodies are ASCII, and only template events carry ids.
  const escaped = NON_ASCII.test(json) ? escapeNonAscii(json) : json;
  return escaped.includes(TEMPLATE_ID) ? escaped.replace(/"message_template_id":"(\d+)"/g, '"message_template_id":$1') : escaped;
}
const NON_ASCII = /[^\x00-\x7f]/;
const TEMPLATE_ID = '"message_template_id":"';

/**
 * One payload carrying several changes of a WABA, in order (a batched delivery): a change joins the
 * entry before it when that entry has the same id and `time`, else it starts a new entry.
 */
export function batchPayload(changes: readonly WebhookChange[]): WebhookPayload {
  const entries: WebhookPayload["entry"] = [];
  for (const change of changes) {
    for (const entry of payloadOf(change).entry) {
      const last = entries.at(-1);
      if (last && last.id === entry.id && last.time === entry.time) last.changes.push(...entry.changes);
      else entries.push({ ...entry, changes: [...entry.changes] });
    }
  }
  return { object: "whatsapp_business_account", entry: entries };
}

/** Meta's async error objects, by code (the `errors` of a `failed` status). */
const ASYNC_ERRORS: Record<number, { title: string; details: string }> = {
  131021: { title: "Recipient cannot be sender", details: "Sender and recipient phone number is the same." },
  131026: { title: "Message undeliverable", details: "Unable to deliver message. The recipient is not on WhatsApp, has not accepted the terms of service, or uses an old WhatsApp version." },
  131042: { title: "Business eligibility payment issue", details: "There was an error related to your payment method." },
  131047: { title: "Re-engagement message", details: "Message failed to send because more than 24 hours have passed since the customer last replied to this number." },
  131049: { title: "This message was not delivered to maintain healthy ecosystem engagement.", details: "In order to maintain a healthy ecosystem engagement, the message failed to be delivered." },
  131050: { title: "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.", details: "The user has stopped marketing messages." },
  131051: { title: "Message type unknown", details: "Message type is currently not supported." },
  131053: { title: "Media upload error", details: "Unable to upload the media used in the message." },
  130472: { title: "User's number is part of an experiment", details: "Failed to send message because this user's phone number is part of an experiment." },
};

/** Meta's async error object for a code (the send-time errors' titles serve too: 131000, 130429...). */
export function asyncError(code: number): WebhookErrorObject {
  const known = ASYNC_ERRORS[code] ?? META_ERRORS[code] ?? META_ERRORS[131000]!;
  return { code, title: known.title, message: known.title, error_data: { details: known.details }, href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/" };
}

const envelope = (wabaId: string, change: WebhookPayload["entry"][number]["changes"][number], time?: number): WebhookPayload => ({
  object: "whatsapp_business_account",
  entry: [{ id: wabaId, ...(time === undefined ? {} : { time }), changes: [change] }],
});

const metadata = (phone: PhoneNumber) => ({ display_phone_number: phone.displayPhoneNumber.replace(/\D/g, ""), phone_number_id: phone.id });

/** What a status change needs to know about the accepted message. */
export interface SentMessage {
  id: string;
  waId: string;
  /** Pricing category: the template's (lower case), `service` for free-form replies. */
  category: string;
  bizOpaqueCallbackData: string | undefined;
  sentAt: number;
}

/** Who a user is in webhooks besides their phone number (their recipient settings). */
export interface UserIdentity {
  /** Business-scoped user id. */
  userId: string;
  username: string | undefined;
  /** The user hid their phone number behind their username. */
  phoneHidden: boolean;
}

/**
 * A `messages` change with one status of a sent message. For a user with an identity, `sent`,
 * `delivered` and `read` carry `recipient_user_id` and `contacts[].user_id`, and `delivered` and
 * `read` their username; `recipient_id` and `wa_id` stay, the message having been sent to the
 * phone number (a `failed` status lists no contact and no user id).
 */
export function statusChange(phone: PhoneNumber, message: SentMessage, status: StatusName, at: number, options: StatusOptions = {}): WebhookChange {
  return new StatusChange(phone, message, status, at, options);
}

/** A status as queued: what the send left (shared by the message's statuses), its payload built on first use. */
class StatusChange implements WebhookChange {
  readonly field = "messages" as const;
  readonly bound: number;
  payload?: WebhookPayload;
  body?: string;

  constructor(
    private readonly phone: PhoneNumber,
    private readonly message: SentMessage,
    private readonly status: StatusName,
    private readonly at: number,
    private readonly options: StatusOptions,
  ) {
    this.bound = statusBound(phone, message, options.identity);
  }

  get wabaId(): string {
    return this.phone.wabaId;
  }

  get key(): string {
    return this.message.id;
  }

  get summary(): string {
    return `status ${this.status} ${this.message.id}`;
  }

  make(): WebhookPayload {
    return statusPayload(this.phone, this.message, this.status, this.at, this.options);
  }
}

type StatusName = "sent" | "delivered" | "read" | "failed";
interface StatusOptions {
  errorCode?: number | undefined;
  identity?: UserIdentity | undefined;
}

/**
 * Bytes of a status body at most, whatever the status: its fixed text (names, fixed values, an
 * error object, numbers) and each string it carries, written 6 bytes a character at most
 * (`\u00e9`), as many times as the body carries it. It bounds the description too: the same
 * strings, in 2 bytes a character at most, and a few small objects.
 */
export function statusBound(phone: PhoneNumber, message: SentMessage, identity: UserIdentity | undefined): number {
  const once = phone.wabaId.length + phone.displayPhoneNumber.length + phone.id.length + (identity?.username?.length ?? 0) + (message.bizOpaqueCallbackData?.length ?? 0);
  const twice = message.id.length + message.waId.length + message.category.length + (identity?.userId.length ?? 0);
  return STATUS_FIXED_BYTES + 6 * (once + 2 * twice);
}
/** The fixed text of a status body at most (under 800: a `failed` one with the longest error, timestamps of 14 digits), and the objects of its description. */
const STATUS_FIXED_BYTES = 1536;

function statusPayload(phone: PhoneNumber, message: SentMessage, status: StatusName, at: number, options: StatusOptions): WebhookPayload {
  const billed = message.category !== "service";
  const identity = status === "failed" ? undefined : options.identity;
  const s: MessageStatus = {
    id: message.id,
    status,
    timestamp: String(seconds(at)),
    recipient_id: message.waId,
    ...(identity === undefined ? {} : { recipient_user_id: identity.userId }),
  };
  if (message.bizOpaqueCallbackData !== undefined) s.biz_opaque_callback_data = message.bizOpaqueCallbackData;
  if (status === "sent" || status === "delivered") {
    s.conversation = {
      id: `CONVERSATION_${message.id.slice(-16).replace(/[^A-Za-z0-9]/g, "")}`,
      expiration_timestamp: String(seconds(message.sentAt) + 86_400),
      origin: { type: message.category },
    };
    s.pricing = { billable: billed, pricing_model: "PMP", type: billed ? "regular" : "free_customer_service", category: message.category };
  }
  if (status === "failed") s.errors = [asyncError(options.errorCode ?? 131026)];
  const username = status === "sent" ? undefined : identity?.username;
  const contact = {
    ...(username === undefined ? {} : { profile: { username } }),
    wa_id: message.waId,
    ...(identity === undefined ? {} : { user_id: identity.userId }),
  };
  const value = {
    messaging_product: "whatsapp" as const,
    metadata: metadata(phone),
    ...(status === "failed" ? {} : { contacts: [contact] }),
    statuses: [s],
  };
  return envelope(phone.wabaId, { field: "messages", value });
}

/**
 * A `messages` change with one inbound message. From a user with an identity it carries
 * `from_user_id`, `contacts[].user_id` and their username, and without `from` and `wa_id` when they
 * hid their phone number.
 */
export function inboundChange(phone: PhoneNumber, message: InboundMessage, identity?: UserIdentity): WebhookChange {
  const at = Date.parse(message.receivedAt);
  const hidden = identity?.phoneHidden === true;
  const base = {
    ...(hidden ? {} : { from: message.from }),
    ...(identity === undefined ? {} : { from_user_id: identity.userId }),
    id: message.id,
    timestamp: String(seconds(at)),
    ...(message.replyTo === undefined ? {} : { context: { from: metadata(phone).display_phone_number, id: message.replyTo } }),
  };
  const body =
    message.type === "text"
      ? { type: "text", text: { body: message.text ?? "" } }
      : message.content === undefined
        ? { type: message.type }
        : { type: message.type, [message.type]: message.content, ...(message.type === "unsupported" ? { errors: [asyncError(131051)] } : {}) };
  const value = {
    messaging_product: "whatsapp" as const,
    metadata: metadata(phone),
    contacts: [
      {
        profile: { name: message.profileName ?? "", ...(identity?.username === undefined ? {} : { username: identity.username }) },
        ...(hidden ? {} : { wa_id: message.from }),
        ...(identity === undefined ? {} : { user_id: identity.userId }),
      },
    ],
    messages: [{ ...base, ...body } as WebhookMessage],
  };
  return built({ field: "messages", wabaId: phone.wabaId, summary: `message ${message.type} ${message.id}`, key: `from:${message.from}` }, envelope(phone.wabaId, { field: "messages", value }));
}

/**
 * A `messages` change with value-level `errors` and nothing else: a failure of the phone number
 * rather than of one message (e.g. 130429, throughput reached).
 */
export function errorsChange(phone: PhoneNumber, code: number): WebhookChange {
  const value = { messaging_product: "whatsapp" as const, metadata: metadata(phone), errors: [asyncError(code)] };
  return built({ field: "messages", wabaId: phone.wabaId, summary: `errors ${code}`, key: `errors:${phone.id}` }, envelope(phone.wabaId, { field: "messages", value }));
}

/** What a `system` message says: a user changed their phone number or their business-scoped user id. */
export type SystemEvent =
  | { type: "user_changed_number"; from: string; newPhone: string }
  | { type: "user_changed_user_id"; from: string; userId: string; previousUserId: string | undefined };

/**
 * A `messages` change with a `system` message (no `contacts`, as Meta sends it), from the user's
 * old number for a number change (`system.wa_id` the new one).
 */
export function systemChange(phone: PhoneNumber, id: string, event: SystemEvent, at: number): WebhookChange {
  const system =
    event.type === "user_changed_number"
      ? { body: `User changed from ${event.from} to ${event.newPhone}`, type: event.type, wa_id: event.newPhone }
      : {
          body: `User ${event.from} changed their user id`,
          type: event.type,
          user_id: event.userId,
          ...(event.previousUserId === undefined ? {} : { previous_user_id: event.previousUserId }),
        };
  const message = { from: event.from, id, timestamp: String(seconds(at)), type: "system", system } as WebhookMessage;
  const value = { messaging_product: "whatsapp" as const, metadata: metadata(phone), messages: [message] };
  return built({ field: "messages", wabaId: phone.wabaId, summary: `message system ${id}`, key: `from:${event.from}` }, envelope(phone.wabaId, { field: "messages", value }));
}

/**
 * The template fields of an event. The id is kept as its digit string here and written as a bare
 * number by {@link webhookBody}, so ids past 2^53 keep every digit.
 */
const templateFields = (t: TemplateRecord) => ({
  message_template_id: t.id as unknown as number,
  message_template_name: t.name,
  message_template_language: t.language,
});

/** A `message_template_status_update` change for a template's current status. */
export function templateStatusChange(t: TemplateRecord, at: number): WebhookChange {
  const event: TemplateStatus = t.status;
  const value = {
    event,
    ...templateFields(t),
    message_template_category: t.category,
    reason: event === "PENDING_DELETION" ? null : (t.rejectedReason ?? "NONE"),
  };
  const change = { field: "message_template_status_update" as const, value };
  return built({ field: change.field, wabaId: t.wabaId, summary: `template ${t.id} ${event}`, key: `templates:${t.wabaId}` }, envelope(t.wabaId, change, seconds(at)));
}

/** A `template_category_update` change (a completed recategorization). */
export function templateCategoryChange(t: TemplateRecord, previous: string, at: number): WebhookChange {
  const change = { field: "template_category_update" as const, value: { ...templateFields(t), previous_category: previous, new_category: t.category } };
  return built({ field: change.field, wabaId: t.wabaId, summary: `template ${t.id} category ${t.category}`, key: `templates:${t.wabaId}` }, envelope(t.wabaId, change, seconds(at)));
}

/** Template quality scores. */
export const QUALITY_SCORES = ["GREEN", "YELLOW", "RED", "UNKNOWN"] as const;
export type QualityScore = (typeof QUALITY_SCORES)[number];

/** A `message_template_quality_update` change. */
export function templateQualityChange(t: TemplateRecord, previous: QualityScore, next: QualityScore, at: number): WebhookChange {
  const change = { field: "message_template_quality_update" as const, value: { previous_quality_score: previous, new_quality_score: next, ...templateFields(t) } };
  return built({ field: change.field, wabaId: t.wabaId, summary: `template ${t.id} quality ${next}`, key: `templates:${t.wabaId}` }, envelope(t.wabaId, change, seconds(at)));
}
