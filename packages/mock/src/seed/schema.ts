// The seed format: one JSON object describing the gateway's starting state. Validated with zod
// (structure) and with the spec itself (template definitions), with errors that name the field.
import { isValidPhone, MAX_TAGS_PER_CONTACT, normalizePhone, REASON_MAX_LENGTH } from "@sigfollow/client/rules";
import { z } from "zod";
import { PHONE_RULE } from "../http/phone.js";
import { SCOPES } from "../spec.js";
import { MAX_TAGS_PER_TENANT, TAG_NAME_MAX_LENGTH, TAG_SOURCES, TEMPLATE_STATUSES } from "../state/store.js";
import { check } from "../validation.js";
import { delaysSchema, recipientSchema, subscriptionSchema, webhookBatchSchema, WEBHOOK_LIMITS } from "../webhooks/schema.js";

const isoTime = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(128);

export { TAG_SOURCES };

const phone = z.string().refine(isValidPhone, { message: PHONE_RULE });

const apiKeySchema = z.strictObject({
  /** Record id (generated when omitted). */
  id: id.optional(),
  /** A label for humans. */
  name: z.string().max(200).optional(),
  /** The plaintext key. Omit it to have one generated (and printed by the CLI). */
  key: z
    .string()
    .regex(/^sflo_(live|test)_[A-Za-z0-9_]{3,200}$/, { message: "must look like sflo_test_... or sflo_live_... (3+ letters, digits or _ after the prefix)" })
    .optional(),
  /** `test` (default) or `live`: the prefix of a generated key. */
  environment: z.enum(["test", "live"]).optional(),
  /** Scopes; all scopes when omitted. */
  scopes: z.array(z.enum(SCOPES as [string, ...string[]])).optional(),
  /** Restricts the key to these phone numbers of its tenant. */
  allowedPhoneNumberIds: z.array(id).optional(),
  /** A revoked key answers 401 code 190. */
  revoked: z.boolean().optional(),
  /** This key's own per-second rate limit. */
  rateLimitPerSecond: z.number().int().positive().optional(),
});

const templateSchema = z
  .looseObject({
    id: id.optional(),
    name: z.string(),
    language: z.string(),
    category: z.string(),
    status: z.enum(TEMPLATE_STATUSES).optional(),
    components: z.array(z.unknown()),
  })
  .superRefine((template, ctx) => {
    // The template itself must be a valid MessageTemplate of the spec.
    const problem = check("/components/schemas/MessageTemplate", { id: "0", status: "APPROVED", ...template }, "template");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const phoneNumberSchema = z.strictObject({
  id,
  /** The number in international form, shown in inbound webhooks. */
  displayPhoneNumber: z.string().optional(),
});

const wabaSchema = z.strictObject({
  id,
  name: z.string().optional(),
  phoneNumbers: z.array(phoneNumberSchema).default([]),
  templates: z.array(templateSchema).default([]),
  /** Webhook subscriptions of this WABA (no GET handshake for the seed's). */
  webhooks: z.array(subscriptionSchema).max(WEBHOOK_LIMITS.subscriptions).default([]),
});

const tagSchema = z.strictObject({
  id,
  name: z.string().min(1).max(TAG_NAME_MAX_LENGTH),
  /** Soft-deleted: cannot be assigned; existing assignments are not active. */
  deleted: z.boolean().optional(),
});

const assignmentSchema = z.strictObject({
  tagId: id,
  source: z.enum(TAG_SOURCES).optional(),
  reason: z.string().max(REASON_MAX_LENGTH).nullable().optional(),
  createdAt: isoTime.optional(),
});

const contactSchema = z.strictObject({
  id: id.optional(),
  phone,
  displayName: z.string().nullable().optional(),
  firstSeenAt: isoTime.optional(),
  lastSeenAt: isoTime.optional(),
  tags: z.array(assignmentSchema).default([]),
});

const blacklistSchema = z.strictObject({
  phone,
  reason: z.string().max(REASON_MAX_LENGTH).nullable().optional(),
  createdAt: isoTime.optional(),
});

const inboundSchema = z.strictObject({
  /** The business phone number that received it (default: the tenant's first phone number). */
  phoneNumberId: id.optional(),
  /** The customer's phone number. */
  from: phone,
  /** When it arrived (default: the clock's start). */
  at: isoTime.optional(),
  text: z.string().optional(),
  profileName: z.string().optional(),
});

const libraryAssetSchema = z.strictObject({
  id: id.optional(),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  fileSize: z.number().int().nonnegative().optional(),
});

const tenantSchema = z.strictObject({
  id,
  name: z.string().optional(),
  apiKeys: z.array(apiKeySchema).default([]),
  wabas: z.array(wabaSchema).default([]),
  tags: z.array(tagSchema).max(MAX_TAGS_PER_TENANT).default([]),
  contacts: z.array(contactSchema).default([]),
  blacklist: z.array(blacklistSchema).default([]),
  inboundMessages: z.array(inboundSchema).default([]),
  libraryAssets: z.array(libraryAssetSchema).default([]),
});

/**
 * The seed: the gateway's state at start and after every reset. The JSON file given to
 * `sigfollow-mock --seed` and the object given to `createMockGateway({ seed })` are the same.
 */
export const seedSchema = z
  .strictObject({
    /** Format version: 1. */
    version: z.literal(1).optional(),
    /** Seed of the random ids (wamids, contact ids, template ids...). */
    rngSeed: z.union([z.number(), z.string()]).optional(),
    clock: z
      .strictObject({
        /** Start time of the mock clock (default 2026-01-01T00:00:00.000Z). */
        start: isoTime.optional(),
        /** `frozen` (default for the TS API) or `running` (default for the CLI). */
        mode: z.enum(["frozen", "running"]).optional(),
      })
      .optional(),
    /** Default per-key requests per second (default: no limit). */
    rateLimitPerSecond: z.number().int().positive().optional(),
    /** How created templates leave PENDING: by the control API (`manual`, default) or after a delay. */
    templateReview: z
      .discriminatedUnion("mode", [
        z.strictObject({ mode: z.literal("manual") }),
        z.strictObject({
          mode: z.literal("auto"),
          delaySeconds: z.number().nonnegative().default(60),
          outcome: z.enum(["APPROVED", "REJECTED"]).default("APPROVED"),
        }),
      ])
      .optional(),
    tenants: z.array(tenantSchema).default([]),
    /** How far each listed recipient's messages get in status webhooks (default: read), and who they are in webhooks. */
    webhookRecipients: z.array(recipientSchema).max(WEBHOOK_LIMITS.recipients).default([]),
    /** When status webhooks go out, in ms after the send (default: sent 0, delivered 1000, read 5000). */
    webhookDelays: delaysSchema.optional(),
    /** Webhook batching: the changes due together for a subscription go out in POSTs of up to `maxChanges` (default 1: one change per POST). */
    webhookBatch: webhookBatchSchema.optional(),
  })
  .superRefine((seed, ctx) => crossCheck(seed, ctx));

/** `T` with every array readonly, at any depth, so that `as const` data (a pulled template module) fits. */
type ReadonlyArrays<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyArrays<U>[]
    : T extends object
      ? { [K in keyof T]: ReadonlyArrays<T[K]> }
      : T;

/**
 * A seed as written (optional fields may be omitted). Its arrays are readonly, so `as const` objects
 * fit, such as the templates `sigfollow templates pull` generates.
 */
export type MockSeed = ReadonlyArrays<z.input<typeof seedSchema>>;
/** A validated seed, with defaults filled in. */
export type ParsedSeed = z.output<typeof seedSchema>;

type Ctx = z.RefinementCtx;

function crossCheck(seed: ParsedSeed, ctx: Ctx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const seen = (kind: string) => {
    const values = new Map<string, string>();
    return (value: string, path: (string | number)[]) => {
      const first = values.get(value);
      if (first !== undefined) issue(path, `duplicate ${kind} ${value} (also at ${first})`);
      else values.set(value, formatPath(path));
    };
  };
  const tenantIds = seen("tenant id");
  const wabaIds = seen("WABA id");
  const phoneIds = seen("phone number id");
  const keyIds = seen("API key id");
  const keys = seen("API key");
  const contactIds = seen("contact id");
  const userIds = seen("webhook recipient userId");
  seed.webhookRecipients.forEach((r, i) => {
    if (r.userId !== undefined) userIds(r.userId, ["webhookRecipients", i, "userId"]);
  });
  seed.tenants.forEach((tenant, t) => {
    const at = (...rest: (string | number)[]) => ["tenants", t, ...rest];
    tenantIds(tenant.id, at("id"));
    const phones = new Set<string>();
    tenant.wabas.forEach((waba, w) => {
      wabaIds(waba.id, at("wabas", w, "id"));
      waba.phoneNumbers.forEach((p, i) => {
        phoneIds(p.id, at("wabas", w, "phoneNumbers", i, "id"));
        phones.add(p.id);
      });
      const names = seen("template name and language");
      waba.templates.forEach((tpl, i) => names(`${tpl.name} (${tpl.language})`, at("wabas", w, "templates", i, "name")));
    });
    tenant.apiKeys.forEach((key, k) => {
      if (key.id) keyIds(key.id, at("apiKeys", k, "id"));
      if (key.key) keys(key.key, at("apiKeys", k, "key"));
      key.allowedPhoneNumberIds?.forEach((p, i) => {
        if (!phones.has(p)) issue(at("apiKeys", k, "allowedPhoneNumberIds", i), `${p} is not a phone number of tenant ${tenant.id}`);
      });
    });
    const tags = new Map(tenant.tags.map((tag) => [tag.id, tag]));
    const tagIds = seen("tag id");
    tenant.tags.forEach((tag, i) => tagIds(tag.id, at("tags", i, "id")));
    const contactPhones = seen("contact phone");
    tenant.contacts.forEach((contact, c) => {
      if (contact.id) contactIds(contact.id, at("contacts", c, "id"));
      contactPhones(normalizePhone(contact.phone), at("contacts", c, "phone"));
      const assigned = seen("tag assignment");
      let active = 0;
      contact.tags.forEach((a, i) => {
        assigned(a.tagId, at("contacts", c, "tags", i, "tagId"));
        const tag = tags.get(a.tagId);
        if (!tag) issue(at("contacts", c, "tags", i, "tagId"), `${a.tagId} is not in tenant ${tenant.id}'s tags`);
        else if (!tag.deleted) active++;
      });
      if (active > MAX_TAGS_PER_CONTACT) issue(at("contacts", c, "tags"), `a contact holds at most ${MAX_TAGS_PER_CONTACT} active tags (${active} given)`);
    });
    tenant.inboundMessages.forEach((m, i) => {
      if (m.phoneNumberId !== undefined && !phones.has(m.phoneNumberId)) {
        issue(at("inboundMessages", i, "phoneNumberId"), `${m.phoneNumberId} is not a phone number of tenant ${tenant.id}`);
      } else if (m.phoneNumberId === undefined && phones.size === 0) {
        issue(at("inboundMessages", i), `tenant ${tenant.id} has no phone number to receive it`);
      }
    });
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || "(seed)";
}

/** A seed that does not validate; `message` lists every problem with its path. */
export class SeedError extends Error {
  override readonly name = "SeedError";
  constructor(readonly problems: string[]) {
    super(`Invalid seed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Validates a seed and fills in its defaults.
 *
 * @throws {SeedError} listing every problem, e.g. `tenants[0].apiKeys[0].scopes[0]: Invalid option ...`.
 * @example
 * ```ts
 * const seed = parseSeed(JSON.parse(readFileSync("seed.json", "utf8")));
 * ```
 */
export function parseSeed(input: unknown): ParsedSeed {
  const result = seedSchema.safeParse(input);
  if (result.success) return result.data;
  throw new SeedError(result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`));
}
