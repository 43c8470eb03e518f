// Readable names for the generated webhook types of the spec (aliases only), and the events
// `parseWebhook` flattens a payload into.
import type { components } from "../generated/openapi.js";

type S = components["schemas"];

/**
 * The body of a webhook POST: `entry[]` (one per WhatsApp Business Account) × `changes[]`.
 * @example
 * ```ts
 * const payload: WebhookPayload = { object: "whatsapp_business_account", entry: [{ id: "102290129340398", changes: [] }] };
 * ```
 */
export type WebhookPayload = S["WebhookPayload"];
/** The members of a union whose `type` is a literal (the modelled ones). */
type KnownMember<T> = T extends { type: infer K } ? (string extends K ? never : T) : never;
/**
 * The open member of a union: any other `type`, with its object under the key that `type` names.
 * TypeScript cannot narrow a union that has a member typed `type: string` by a literal, so the keys
 * of the known members are `never` here: after `case "text":` the union is `TextMessage | Other`,
 * and `message.text` is the text message's (an `Other` never has one).
 */
type OtherMember<T> = Exclude<T, KnownMember<T>> & { readonly [K in KnownMember<T>["type"] & string]: never } & { readonly [key: string]: unknown };
/** A union open to types Meta adds: the known members narrow by `type`, the rest is one member. */
type Open<T> = KnownMember<T> | OtherMember<T>;

/**
 * A reply to an interactive message: `button_reply`, `list_reply`, `nfm_reply` (a flow),
 * `call_permission_reply`, or another type Meta adds (handle it in `default`).
 * @example
 * ```ts
 * if (reply.type === "button_reply") console.log(reply.button_reply.id);
 * ```
 */
export type InteractiveReply = Open<S["WebhookInteractiveReply"]>;
/** An interactive reply; `interactive` can be missing (Meta has sent such messages next to errors). */
type InteractiveMessage = Omit<S["WebhookInteractiveMessage"], "interactive"> & { interactive?: InteractiveReply };
/**
 * An inbound message: a union told apart by `type` (`text`, `image`, `interactive`, `button`, ...).
 * It is open: Meta sends types this SDK does not model (`unknown`, `edit`, `revoke`, ...), so an
 * exhaustive `switch` needs a `default` for "another type".
 * @example
 * ```ts
 * switch (message.type) {
 *   case "button": console.log(message.button.payload); break; // the quick-reply payload you sent
 *   case "text": console.log(message.text.body); break;
 *   default: console.log("another type:", message.type);
 * }
 * ```
 */
export type InboundMessage = Open<Exclude<S["WebhookInboundMessage"], S["WebhookInteractiveMessage"]> | InteractiveMessage>;
/**
 * The `type` of an inbound message: one of the modelled types, or any other string.
 * @example
 * ```ts
 * const media: InboundMessageType[] = ["image", "video", "audio", "document", "sticker"];
 * ```
 */
export type InboundMessageType = KnownMember<InboundMessage>["type"] | (string & {});
/**
 * The status of a message you sent (`sent`, `delivered`, `read`, `played`, `failed`), by its WAMID.
 * @example
 * ```ts
 * if (status.status === "failed") console.error(status.id, status.errors?.[0]?.code);
 * ```
 */
export type MessageStatus = S["WebhookStatus"];
/**
 * A WhatsApp user, as webhooks describe them: `wa_id` and, for username users, the business-scoped
 * `user_id`; `profile.name` and `profile.username`.
 * @example
 * ```ts
 * const key = contact.user_id ?? contact.wa_id; // a stable key for the user
 * ```
 */
export type WebhookContact = S["WebhookContact"];
/**
 * An asynchronous error: on a `failed` status, an `unsupported` message, or system-level.
 * @example
 * ```ts
 * const reEngagement = (e: WebhookErrorObject) => e.code === 131047;
 * ```
 */
export type WebhookErrorObject = S["WebhookError"];
/**
 * The value of a `message_template_status_update` change.
 * @example
 * ```ts
 * if (update.event === "REJECTED") console.warn(update.message_template_name, update.reason);
 * ```
 */
export type TemplateStatusUpdate = S["WebhookTemplateStatusUpdate"];
/**
 * The value of a `message_template_quality_update` change.
 * @example
 * ```ts
 * if (update.new_quality_score === "RED") pauseCampaign(update.message_template_name);
 * ```
 */
export type TemplateQualityUpdate = S["WebhookTemplateQualityUpdate"];
/**
 * The value of a `template_category_update` change.
 * @example
 * ```ts
 * console.log(`${update.message_template_name}: ${update.previous_category} → ${update.new_category}`);
 * ```
 */
export type TemplateCategoryUpdate = S["WebhookTemplateCategoryUpdate"];
/**
 * One user's marketing preference (`user_preferences[]` of a `user_preferences` change).
 * @example
 * ```ts
 * if (preference.category === "marketing_messages" && preference.value === "stop") optOut(preference.wa_id);
 * ```
 */
export type UserPreference = S["WebhookUserPreference"];

/** What every event carries. */
interface EventBase {
  /** The change's `field`. */
  field: string;
  /** The WhatsApp Business Account the entry is about (`entry[].id`). */
  wabaId: string;
  /** `entry[].time` (Unix seconds), when the entry has one (template events do). */
  time?: number;
}

/** What the events of a `messages` change carry: the business number it is about. */
interface PhoneNumberEventBase extends EventBase {
  field: "messages";
  /** `value.metadata.phone_number_id`: the number to answer from. */
  phoneNumberId: string;
  /** `value.metadata.display_phone_number`. */
  displayPhoneNumber: string;
}

/**
 * An inbound message, with its sender's contact (from `value.contacts`, matched by `wa_id` or
 * business-scoped `user_id`). Switch on `event.message.type` to narrow the message. A user who
 * adopted a username may hide their phone number: then `message.from` and `contact.wa_id` are
 * absent, and `message.from_user_id` (`contact.user_id`) identifies them.
 * @example
 * ```ts
 * const sender = event.message.from_user_id ?? event.message.from; // a stable key for the user
 * if (event.message.type === "text" && event.message.from) await reply(event.phoneNumberId, event.message.from, event.message.text.body);
 * ```
 */
export interface WebhookMessageEvent extends PhoneNumberEventBase {
  kind: "message";
  message: InboundMessage;
  /** The sender, when `value.contacts` lists them. */
  contact?: WebhookContact;
}

/**
 * A status of a message you sent, with the recipient's contact when `value.contacts` lists them
 * (it does on `sent`, `delivered` and `read`).
 * @example
 * ```ts
 * await db.statuses.upsert({ wamid: event.status.id, status: event.status.status }); // idempotent
 * ```
 */
export interface WebhookStatusEvent extends PhoneNumberEventBase {
  kind: "status";
  status: MessageStatus;
  contact?: WebhookContact;
}

/**
 * A system-level error of a `messages` change (`value.errors[]`), not tied to one message.
 * @example
 * ```ts
 * alertOps(`WhatsApp error ${event.error.code}: ${event.error.title}`);
 * ```
 */
export interface WebhookErrorEvent extends PhoneNumberEventBase {
  kind: "error";
  error: WebhookErrorObject;
}

/**
 * A template's review status changed (`message_template_status_update`).
 * @example
 * ```ts
 * if (event.update.event === "APPROVED") enableCampaign(event.update.message_template_name);
 * ```
 */
export interface WebhookTemplateStatusEvent extends EventBase {
  kind: "template_status";
  field: "message_template_status_update";
  update: TemplateStatusUpdate;
}

/**
 * A template's quality score changed (`message_template_quality_update`).
 * @example
 * ```ts
 * console.log(event.update.previous_quality_score, "→", event.update.new_quality_score);
 * ```
 */
export interface WebhookTemplateQualityEvent extends EventBase {
  kind: "template_quality";
  field: "message_template_quality_update";
  update: TemplateQualityUpdate;
}

/**
 * A template's category changed, or will (`template_category_update`).
 * @example
 * ```ts
 * if (event.update.correct_category) notify(`${event.update.message_template_name} becomes ${event.update.correct_category}`);
 * ```
 */
export interface WebhookTemplateCategoryEvent extends EventBase {
  kind: "template_category";
  field: "template_category_update";
  update: TemplateCategoryUpdate;
}

/**
 * A user stopped or resumed marketing messages (one item of a `user_preferences` change), with the
 * user's contact when `value.contacts` lists them. After a `stop`, marketing templates fail with 131050.
 * @example
 * ```ts
 * if (event.preference.value === "stop") await db.optOut(event.preference.user_id ?? event.preference.wa_id);
 * ```
 */
export interface WebhookUserPreferenceEvent extends Omit<PhoneNumberEventBase, "field"> {
  kind: "user_preference";
  field: "user_preferences";
  preference: UserPreference;
  contact?: WebhookContact;
}

/**
 * A change of a field the SDK does not model (`account_update`, `user_preferences`, ...), with its
 * `value` untouched. Never an error: Meta adds fields.
 * @example
 * ```ts
 * if (event.field === "account_update") console.log(event.value);
 * ```
 */
export interface WebhookUnknownEvent extends EventBase {
  kind: "unknown";
  value: unknown;
}

/**
 * One event of a webhook payload, discriminated by `kind`; `parseWebhook` returns them in payload
 * order.
 * @example
 * ```ts
 * for (const event of parseWebhook(payload)) {
 *   switch (event.kind) {
 *     case "message": console.log(event.message.type, event.contact?.profile?.name); break;
 *     case "status": console.log(event.status.id, event.status.status); break;
 *     default: console.log(event.kind, event.field);
 *   }
 * }
 * ```
 */
export type WebhookEvent =
  | WebhookMessageEvent
  | WebhookStatusEvent
  | WebhookErrorEvent
  | WebhookTemplateStatusEvent
  | WebhookTemplateQualityEvent
  | WebhookTemplateCategoryEvent
  | WebhookUserPreferenceEvent
  | WebhookUnknownEvent;

/**
 * The `kind` of a webhook event.
 * @example
 * ```ts
 * const templateKinds: WebhookEventKind[] = ["template_status", "template_quality", "template_category"];
 * ```
 */
export type WebhookEventKind = WebhookEvent["kind"];
