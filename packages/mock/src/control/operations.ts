// The control operations: what a test does to the gateway besides calling the API (reset, move the
// clock, simulate inbound messages, review templates, mint and revoke keys, read the records,
// inject faults). They work on the gateway's state (the Runtime) and change business state only
// through the store. The MockGateway methods and the HTTP control table both call these.
import { normalizePhone } from "@sigfollow/client/rules";
import { z } from "zod";
import type { Fault, FaultInput } from "../faults.js";
import { recordedValue } from "../http/context.js";
import { clockNotControllable, invalidParameter, objectNotFound } from "../http/errors.js";
import { requirePhone } from "../http/phone.js";
import { type RecordedRequest, type Runtime, seedSubscriptions } from "../runtime.js";
import { mintApiKey, storeApiKey, type SeededApiKey, type SeedReport } from "../seed/apply.js";
import { type MockSeed, parseSeed } from "../seed/schema.js";
import { SCOPES } from "../spec.js";
import { isControllable, iso } from "../state/clock.js";
import {
  type InboundMessage,
  MAX_TAGS_PER_TENANT,
  type OutboundMessage,
  TAG_NAME_MAX_LENGTH,
  type TemplateRecord,
  type TemplateStatus,
  WINDOW_MS,
} from "../state/store.js";
import { assignmentView, contactView, templateView } from "../views.js";
import type { SubscribeInput, WebhookDeliveryRecord, WebhookSubscription } from "../webhooks/deliveries.js";
import { type InboundContent, inboundDetail } from "../webhooks/inbound.js";
import { errorsChange, type QualityScore, type SystemEvent, systemChange, templateQualityChange } from "../webhooks/payloads.js";
import { parseInput } from "./input.js";
import {
  type RecipientInput,
  type RecipientOutcome,
  recipientSchema,
  subscriptionSchema,
  type SystemMessageInput,
  systemMessageSchema,
  type ValueErrorsInput,
  valueErrorsSchema,
  type WebhookBatch,
  webhookBatchSchema,
  type WebhookFaultInput,
  webhookFaultSchema,
} from "../webhooks/schema.js";

/** Input of {@link ControlOperations.createApiKey}. */
export interface CreateApiKeyInput {
  tenantId: string;
  /** @default every scope */
  scopes?: string[];
  allowedPhoneNumberIds?: string[];
  name?: string;
  /** @default "test" */
  environment?: "test" | "live";
  rateLimitPerSecond?: number;
}

/** Input of {@link ControlOperations.addTags}: tags for a tenant's catalog (ids generated when left out). */
export const addTagsSchema = z.strictObject({
  tenantId: z.string().min(1).max(128),
  tags: z
    .array(z.strictObject({ id: z.string().min(1).max(128).optional(), name: z.string().min(1).max(TAG_NAME_MAX_LENGTH) }))
    .min(1)
    .max(MAX_TAGS_PER_TENANT),
});
/** Input of {@link ControlOperations.addTags}. */
export type AddTagsInput = z.input<typeof addTagsSchema>;

/** Input of {@link ControlOperations.receiveInbound}: the sender, and the content (text by default). */
export interface InboundInput extends InboundContent {
  /** The business phone number that receives the message. */
  phoneNumberId: string;
  /** The customer's phone number. */
  from: string;
  profileName?: string;
  /** When it arrived. @default now (mock clock) */
  at?: string | number | Date;
}

/** What a simulated inbound message did. */
export interface InboundResult {
  message: InboundMessage;
  /** Whether the contact was upserted (`false` while the phone's 60 s cooldown runs). */
  contactUpserted: boolean;
  contact: ReturnType<typeof contactView> | null;
  /** When the 24-hour window of (phone number, sender) closes. */
  windowClosesAt: string;
}

/** Which outbound messages {@link ControlOperations.messages} returns. */
export interface MessageFilter {
  tenantId?: string;
  phoneNumberId?: string;
  /** The recipient, in any form the API accepts (`+1 650-555-1234`). */
  to?: string;
}

/** The gateway's state as plain JSON (for assertions and debugging). */
export interface GatewaySnapshot {
  now: string;
  tenants: {
    id: string;
    name: string;
    tags: { id: string; name: string; deleted: boolean }[];
    contacts: (ReturnType<typeof contactView> & { tags: ReturnType<typeof assignmentView>[] })[];
    blacklist: { phone: string; reason: string | null; createdAt: string }[];
    wabas: { id: string; phoneNumberIds: string[]; templates: ReturnType<typeof templateView>[] }[];
    apiKeys: { id: string; name: string; prefix: string; scopes: string[]; allowedPhoneNumberIds: string[] | null; revoked: boolean }[];
  }[];
}

/** Most API keys one gateway holds (seeded and created). */
export const MAX_API_KEYS = 1000;

/** A time given as ISO text, milliseconds or a Date, as milliseconds; a RangeError naming `what` otherwise. */
function timeOf(value: string | number | Date, what: string): number {
  const time = value instanceof Date ? value.getTime() : typeof value === "string" ? Date.parse(value) : value;
  if (!Number.isFinite(time)) throw new RangeError(`${what}: not a time: ${String(value)}`);
  return time;
}

/** The control operations over one gateway's state. */
export class ControlOperations {
  /** The fault registry's operations (copies of the faults, never the live ones). */
  readonly faults: { add(fault: FaultInput): Fault; list(): Fault[]; remove(id: string): boolean; clear(): void };

  constructor(private readonly runtime: Runtime) {
    const registry = runtime.faults;
    this.faults = {
      add: (fault) => registry.add(fault),
      list: () => registry.list(),
      remove: (id) => registry.remove(id),
      clear: () => registry.clear(),
    };
  }

  reset(seed?: MockSeed): Promise<SeedReport> {
    try {
      const parsed = seed === undefined ? this.runtime.state.seed : parseSeed(seed);
      this.runtime.webhooks.checkSeed(seedSubscriptions(parsed));
      return this.runtime.load(parsed);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  now(): string {
    return iso(this.runtime.clock.now());
  }

  private controllableClock() {
    const clock = this.runtime.clock;
    if (!isControllable(clock)) throw clockNotControllable();
    return clock;
  }

  advanceClock(ms: number): string {
    const now = iso(this.controllableClock().advance(ms));
    this.runtime.webhooks.pump();
    return now;
  }

  setClock(time: string | number | Date): string {
    const now = iso(this.controllableClock().set(timeOf(time, "setClock")));
    this.runtime.webhooks.pump();
    return now;
  }

  receiveInbound(input: InboundInput): InboundResult {
    const { store, clock } = this.runtime.env;
    const phone = store.phoneNumbers.get(input.phoneNumberId);
    if (!phone) throw objectNotFound(input.phoneNumberId);
    const at = input.at === undefined ? clock.now() : timeOf(input.at, "receiveInbound");
    const from = requirePhone("from", input.from);
    const { text, detail } = inboundDetail(store, phone, from, input, clock.now());
    const result = store.receiveInbound(phone, from, at, text, input.profileName ?? null, detail);
    return {
      message: result.message,
      contactUpserted: result.contactUpserted,
      contact: result.contact ? contactView(result.contact) : null,
      windowClosesAt: iso(at + WINDOW_MS),
    };
  }

  /**
   * Simulates a `system` message. For `user_changed_number` the user's contact and open window
   * move to the new number (a contact already holding it is a 400); the webhook comes from the old
   * number. Neither opens a window.
   */
  receiveSystem(input: SystemMessageInput): { id: string; contact: ReturnType<typeof contactView> | null } {
    const checked = parseInput(systemMessageSchema, input, "system");
    const { store, clock } = this.runtime.env;
    const phone = store.phoneNumbers.get(checked.phoneNumberId);
    if (!phone) throw objectNotFound(checked.phoneNumberId);
    const from = normalizePhone(checked.from);
    const now = clock.now();
    let contact = null;
    let event: SystemEvent;
    if (checked.type === "user_changed_number") {
      const newPhone = normalizePhone(checked.newPhone!);
      const moved = store.changeUserPhone(phone, from, newPhone, now);
      if ("conflict" in moved) throw invalidParameter(`newPhone: contact ${moved.conflict.id} already has the phone number ${newPhone}`);
      contact = moved.contact;
      event = { type: checked.type, from, newPhone };
    } else {
      event = { type: checked.type, from, userId: checked.userId!, previousUserId: checked.previousUserId };
    }
    const id = store.ids.wamid();
    this.runtime.webhooks.emit(systemChange(phone, id, event, now));
    return { id, contact: contact && contactView(contact) };
  }

  /** Delivers a `messages` change with value-level `errors` only (e.g. 130429: the number's throughput reached). */
  sendValueErrors(input: ValueErrorsInput): { ok: true } {
    const checked = parseInput(valueErrorsSchema, input, "errors");
    const phone = this.runtime.env.store.phoneNumbers.get(checked.phoneNumberId);
    if (!phone) throw objectNotFound(checked.phoneNumberId);
    this.runtime.webhooks.emit(errorsChange(phone, checked.code));
    return { ok: true };
  }

  private template(templateId: string): TemplateRecord {
    const template = this.runtime.env.store.templatesById.get(templateId);
    if (!template) throw objectNotFound(templateId);
    return template;
  }

  setTemplateStatus(templateId: string, status: TemplateStatus, reason?: string): ReturnType<typeof templateView> {
    const template = this.template(templateId);
    this.runtime.env.store.review(template, { status, reason });
    return templateView(template);
  }

  approveTemplate(templateId: string): ReturnType<typeof templateView> {
    return this.setTemplateStatus(templateId, "APPROVED");
  }

  rejectTemplate(templateId: string, reason = "NONE"): ReturnType<typeof templateView> {
    return this.setTemplateStatus(templateId, "REJECTED", reason);
  }

  pauseTemplate(templateId: string): ReturnType<typeof templateView> {
    return this.setTemplateStatus(templateId, "PAUSED");
  }

  /** Recategorizes a template (Meta's `template_category_update`). */
  setTemplateCategory(templateId: string, category: TemplateRecord["category"]): ReturnType<typeof templateView> {
    const template = this.template(templateId);
    this.runtime.env.store.recategorize(template, category);
    return templateView(template);
  }

  /** Reports a template quality change (Meta's `message_template_quality_update`). */
  setTemplateQuality(templateId: string, score: QualityScore, previous: QualityScore = "UNKNOWN"): { ok: true } {
    this.runtime.webhooks.emit(templateQualityChange(this.template(templateId), previous, score, this.runtime.clock.now()));
    return { ok: true };
  }

  /** Subscribes a URL (or, in process, a function) to a WABA's webhooks; with a verify token, after the GET handshake. */
  subscribeWebhook(input: SubscribeInput): Promise<WebhookSubscription> {
    try {
      const { url, wabaId, ...rest } = input;
      const checked = typeof url === "string" ? parseInput(subscriptionSchema, { url, ...rest }, "webhook") : { ...parseInput(subscriptionSchema.omit({ url: true }), rest, "webhook"), url };
      return this.runtime.webhooks.subscribe({ ...checked, wabaId });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  webhookSubscriptions(): WebhookSubscription[] {
    return this.runtime.webhooks.list();
  }

  unsubscribeWebhook(id: string): boolean {
    return this.runtime.webhooks.unsubscribe(id);
  }

  /** Resolves once every due webhook delivery (retries due now included) completed. */
  flushWebhooks(): Promise<{ attempts: number; pending: number }> {
    return this.runtime.webhooks.flush();
  }

  webhookDeliveries(): WebhookDeliveryRecord[] {
    return this.runtime.webhooks.deliveries();
  }

  /** How far a recipient's messages get in status webhooks (`read`: the default), and who they are in webhooks. */
  setWebhookRecipient(outcome: RecipientInput): RecipientOutcome {
    const checked = parseInput(recipientSchema, outcome, "recipient");
    this.runtime.webhooks.setRecipient(checked);
    return checked;
  }

  /** Fails the next N delivery attempts, or delivers the next N payloads twice. */
  addWebhookFault(fault: WebhookFaultInput): { failNext: number; status: number; duplicateNext: number } {
    return this.runtime.webhooks.addFault(parseInput(webhookFaultSchema, fault, "fault"));
  }

  /** Batches the webhooks due together for a subscription into POSTs of up to `maxChanges` changes (1: one change per POST, the default). */
  setWebhookBatch(batch: WebhookBatch): WebhookBatch {
    return this.runtime.webhooks.setBatch(parseInput(webhookBatchSchema, batch, "batch"));
  }

  async createApiKey(input: CreateApiKeyInput): Promise<SeededApiKey> {
    await this.runtime.settled();
    const { store, ids, clock } = this.runtime.env;
    if (!store.tenants.has(input.tenantId)) throw objectNotFound(input.tenantId);
    if (store.keysById.size >= MAX_API_KEYS) throw new RangeError(`createApiKey: the gateway holds at most ${MAX_API_KEYS} API keys; reset it first`);
    const scopes = input.scopes ?? [...SCOPES];
    const unknown = scopes.find((s) => !SCOPES.includes(s));
    if (unknown !== undefined) throw new RangeError(`createApiKey: unknown scope ${unknown}; scopes are ${SCOPES.join(", ")}`);
    for (const id of input.allowedPhoneNumberIds ?? []) {
      if (store.phoneNumbers.get(id)?.tenantId !== input.tenantId) throw objectNotFound(id);
    }
    const { tenantId, environment, name, allowedPhoneNumberIds, rateLimitPerSecond } = input;
    const { pending, reported } = mintApiKey(ids, tenantId, { environment, name, scopes, allowedPhoneNumberIds, rateLimitPerSecond }, clock.now());
    await storeApiKey(store, this.runtime.hasher, pending);
    return reported;
  }

  async addTags(input: AddTagsInput): Promise<{ data: { id: string; name: string }[] }> {
    await this.runtime.settled();
    const { store, ids } = this.runtime.env;
    const { tenantId, tags } = parseInput(addTagsSchema, input);
    const tenant = store.tenants.get(tenantId);
    if (!tenant) throw objectNotFound(tenantId);
    const result = store.addTags(tenant, tags.map(({ id, name }) => ({ id: id ?? ids.cuid("tag"), name })));
    if ("error" in result) throw new RangeError(`addTags: ${result.error}`);
    return { data: result.added.map(({ id, name }) => ({ id, name })) };
  }

  revokeApiKey(keyId: string): boolean {
    return this.runtime.env.store.revokeKey(keyId, this.runtime.clock.now());
  }

  messages(filter: MessageFilter = {}): OutboundMessage[] {
    const waId = filter.to === undefined ? undefined : normalizePhone(filter.to);
    return this.runtime.env.store
      .outboundMessages()
      .filter(
        (m) =>
          (filter.tenantId === undefined || m.tenantId === filter.tenantId) &&
          (filter.phoneNumberId === undefined || m.phoneNumberId === filter.phoneNumberId) &&
          (waId === undefined || m.waId === waId),
      );
  }

  inboundMessages(): InboundMessage[] {
    return this.runtime.env.store.inbound.list();
  }

  requests(): RecordedRequest[] {
    return this.runtime.requestLog
      .list()
      .map((r) => ({ ...r, at: iso(r.at), query: Object.fromEntries(new URLSearchParams(r.query)), body: recordedValue(r.body) }));
  }

  clearRecords(): void {
    this.runtime.requestLog.clear();
    this.runtime.env.store.clearMessages();
  }

  snapshot(): GatewaySnapshot {
    const { store, clock } = this.runtime.env;
    const now = clock.now();
    return {
      now: iso(now),
      tenants: [...store.tenants.values()].map((tenant) => ({
        id: tenant.id,
        name: tenant.name,
        tags: [...tenant.tags.values()].map((t) => ({ ...t })),
        contacts: [...tenant.contactsByPhone.values()].map((c) => ({
          ...contactView(c),
          tags: store.activeAssignments(tenant, c).map((a) => assignmentView(tenant, a)),
        })),
        blacklist: [...tenant.blacklist.values()].map((b) => ({ phone: b.phone, reason: b.reason, createdAt: iso(b.createdAt) })),
        wabas: [...store.wabas.values()]
          .filter((w) => w.tenantId === tenant.id)
          .map((w) => ({ id: w.id, phoneNumberIds: [...w.phoneNumberIds], templates: store.templates(w, now).map(templateView) })),
        apiKeys: [...store.keysById.values()]
          .filter((k) => k.tenantId === tenant.id)
          .map((k) => ({
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            scopes: [...k.scopes],
            allowedPhoneNumberIds: k.allowedPhoneNumberIds ? [...k.allowedPhoneNumberIds] : null,
            revoked: k.revokedAt !== null,
          })),
      })),
    };
  }
}
