// The webhook inputs, one schema each, shared by the seed, the control table and the TS methods:
// subscriptions, per-recipient outcomes and identities, status delays, webhook faults, batching.
import { isValidPhone } from "@sigfollow/client/rules";
import { z } from "zod";
import { PHONE_RULE } from "../http/phone.js";
import { INBOUND_TYPES } from "../state/store.js";

/** The webhook fields the mock delivers. */
export const WEBHOOK_FIELDS = ["messages", "message_template_status_update", "message_template_quality_update", "template_category_update"] as const;

/** A webhook field the mock delivers. */
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

/** Bounds of what a subscription stores. */
export const WEBHOOK_LIMITS = { subscriptions: 100, urlLength: 2048, secretLength: 512, recipients: 1000 } as const;

/** Async error codes a recipient's messages can fail with (Meta's `failed` status). */
export const FAILURE_CODES = [131026, 131049, 131047, 131050, 131000, 131053, 130472, 131021, 131042] as const;

const url = z
  .string()
  .max(WEBHOOK_LIMITS.urlLength)
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), { message: "must be an http:// or https:// URL", abort: true })
  // Credentials would be listed with the URL and sent with every delivery: the app secret's signature is the receiver's proof.
  .refine((value) => new URL(value).username === "" && new URL(value).password === "", { message: "must not carry credentials (user:password@): receivers verify X-Hub-Signature-256" });

/** A subscription as the seed and the control API take it (TypeScript may also give a function as `url`). */
export const subscriptionSchema = z.strictObject({
  /** The callback URL. */
  url,
  /** The app secret: the key of `X-Hub-Signature-256`. */
  appSecret: z.string().min(1).max(WEBHOOK_LIMITS.secretLength),
  /** Given, subscribing performs Meta's GET handshake with it first (not for the seed's subscriptions). */
  verifyToken: z.string().min(1).max(WEBHOOK_LIMITS.secretLength).optional(),
  /** The fields delivered (default: every field). */
  fields: z.array(z.enum(WEBHOOK_FIELDS)).min(1).optional(),
});

/** A business-scoped user id (BSUID): a country code, a dot, up to 128 letters and digits (`US.13491208655302741918`). */
export const BSUID_PATTERN = /^[A-Z]{2}\.[A-Za-z0-9]{1,128}$/;

const bsuid = z.string().max(131).regex(BSUID_PATTERN, { message: "must be a business-scoped user id: a country code, a dot and up to 128 letters and digits (US.13491208655302741918)" });
const phone = z.string().refine(isValidPhone, { message: PHONE_RULE });

/** Longest username the mock takes (WhatsApp's are shorter). */
export const USERNAME_MAX_LENGTH = 64;

/**
 * A recipient's settings: how far their messages get (`read`, the default; `delivered`, read
 * receipts off; `sent`, phone off; or `failed`), and who they are in webhooks: a business-scoped
 * user id, a username, and whether they hid their phone number behind the username.
 */
export const recipientSchema = z
  .strictObject({
    phone,
    outcome: z.enum(["read", "delivered", "sent", "failed"]).default("read"),
    /** With `failed`: the async error code (default 131026). */
    errorCode: z.literal(FAILURE_CODES).optional(),
    /** The user's business-scoped user id: `user_id`, `from_user_id` and `recipient_user_id` in webhooks. */
    userId: bsuid.optional(),
    /** The user's username: `contacts[].profile.username` of inbound messages and of `delivered` and `read` statuses. */
    username: z.string().min(1).max(USERNAME_MAX_LENGTH).optional(),
    /** The user hid their phone number behind the username: inbound messages carry no `from` and no `contacts[].wa_id`. */
    phoneHidden: z.literal(true).optional(),
  })
  .refine((r) => r.errorCode === undefined || r.outcome === "failed", { message: "errorCode goes with outcome failed", path: ["errorCode"] })
  .refine((r) => r.username === undefined || r.userId !== undefined, { message: "username goes with userId (a user with a username has a business-scoped user id)", path: ["username"] })
  .refine((r) => r.phoneHidden === undefined || r.username !== undefined, { message: "phoneHidden goes with userId and username (only a user who adopted a username can hide their phone number)", path: ["phoneHidden"] });


/** Codes of value-level `errors` on a `messages` change (a failure of the phone number, not of one message). */
export const VALUE_ERROR_CODES = [130429, 131000, 131056, 131048] as const;

/** A `messages` change carrying only value-level `errors`. */
export const valueErrorsSchema = z.strictObject({ phoneNumberId: z.string().min(1).max(64), code: z.literal(VALUE_ERROR_CODES) });

/**
 * A `system` message: the user changed their phone number (`user_changed_number`, to `newPhone`)
 * or their business-scoped user id (`user_changed_user_id`, to `userId`, from `previousUserId`).
 */
export const systemMessageSchema = z
  .strictObject({
    phoneNumberId: z.string().min(1).max(64),
    from: phone,
    type: z.enum(["user_changed_number", "user_changed_user_id"]),
    newPhone: phone.optional(),
    userId: bsuid.optional(),
    previousUserId: bsuid.optional(),
  })
  .superRefine((m, ctx) => {
    const number = m.type === "user_changed_number";
    if (number ? m.newPhone === undefined : m.userId === undefined) ctx.addIssue({ code: "custom", path: [number ? "newPhone" : "userId"], message: `required for ${m.type}` });
    for (const field of number ? (["userId", "previousUserId"] as const) : (["newPhone"] as const)) {
      if (m[field] !== undefined) ctx.addIssue({ code: "custom", path: [field], message: `does not go with ${m.type}` });
    }
  });

const delay = z.number().int().nonnegative().max(30 * 86_400_000);

/** When the statuses of an accepted message are delivered, in ms after the send (mock clock). */
export const delaysSchema = z.strictObject({ sentMs: delay.optional(), deliveredMs: delay.optional(), readMs: delay.optional() });

/** Webhook faults: fail the next N delivery attempts (answered as `status` without contacting the receiver), deliver the next N twice. */
export const webhookFaultSchema = z
  .strictObject({
    failNext: z.number().int().positive().max(1000).optional(),
    status: z.number().int().min(400).max(599).optional(),
    duplicateNext: z.number().int().positive().max(1000).optional(),
  })
  .refine((f) => f.failNext !== undefined || f.duplicateNext !== undefined, { message: "give failNext or duplicateNext" });

/** Most changes one webhook POST carries (Meta batches up to 1000 updates per POST). */
export const MAX_BATCH_CHANGES = 1000;

/** Largest body of a batched POST, in bytes: under Meta's 3 MB payload limit. */
export const MAX_BATCH_BYTES = 3_000_000;

/**
 * Batching of webhook deliveries: the changes due together for a subscription go out in POSTs of
 * up to `maxChanges` changes (1, the default: one change per POST).
 */
export const webhookBatchSchema = z.strictObject({ maxChanges: z.number().int().min(1).max(MAX_BATCH_CHANGES) });

export type SubscriptionInput = z.input<typeof subscriptionSchema>;
/** A recipient's settings as given (`outcome` defaults to `read`). */
export type RecipientInput = z.input<typeof recipientSchema>;
/** A recipient's settings as validated. */
export type RecipientOutcome = z.output<typeof recipientSchema>;
export type StatusDelays = z.output<typeof delaysSchema>;
export type WebhookFaultInput = z.input<typeof webhookFaultSchema>;
/** Value-level `errors` to deliver. */
export type ValueErrorsInput = z.input<typeof valueErrorsSchema>;
/** A `system` message to simulate. */
export type SystemMessageInput = z.input<typeof systemMessageSchema>;
/** How webhook deliveries are batched (`{ maxChanges: 1 }`: not batched, the default). */
export type WebhookBatch = z.output<typeof webhookBatchSchema>;

const short = (max: number) => z.string().max(max);

/** The content of a simulated inbound message (the control API's `POST /__mock/inbound`, past the sender). */
export const inboundContentShape = {
  type: z.enum(INBOUND_TYPES).optional(),
  text: short(4096).optional(),
  replyTo: short(256).optional(),
  button: z.number().int().nonnegative().max(10).optional(),
  row: short(200).optional(),
  emoji: short(16).optional(),
  location: z
    .strictObject({
      latitude: z.number().min(-90).max(90),
      longitude: z.number().min(-180).max(180),
      name: short(1000).optional(),
      address: short(1000).optional(),
      url: short(2048).optional(),
    })
    .optional(),
  media: z.strictObject({ id: short(128).optional(), mimeType: short(255).optional(), caption: short(1024).optional(), filename: short(255).optional() }).optional(),
  contacts: z
    .array(
      z.strictObject({
        name: z.strictObject({ formatted_name: short(500), first_name: short(200).optional(), last_name: short(200).optional() }),
        phones: z.array(z.strictObject({ phone: short(64), type: short(32).optional(), wa_id: short(64).optional() })).max(20).optional(),
      }),
    )
    .min(1)
    .max(20)
    .optional(),
  order: z
    .strictObject({
      catalog_id: short(64),
      text: short(4096).optional(),
      product_items: z
        .array(z.strictObject({ product_retailer_id: short(200), quantity: z.number().int().positive().max(10_000), item_price: z.number().nonnegative().optional(), currency: short(3).optional() }))
        .min(1)
        .max(100),
    })
    .optional(),
  unsupportedType: short(64).optional(),
  flowResponse: z.record(z.string().max(256), z.unknown()).optional(),
};
