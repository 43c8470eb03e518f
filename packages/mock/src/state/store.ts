// The gateway's in-memory state and the operations on it. Every operation here is synchronous,
// so a read-check-write (contact upsert, tag assignment) cannot interleave with another request.
import {
  analyzeTemplate,
  DISPLAY_NAME_MAX_LENGTH,
  MAX_TAGS_PER_CONTACT,
  normalizePhone,
  type ParameterFormat,
  type TemplateComponentDefinition,
  type TemplateShape,
} from "@sigfollow/client/rules";
import type { components } from "@sigfollow/client";
import { detached } from "./detached.js";
import type { Ids } from "./ids.js";

/** Tag sources, highest priority first (MANUAL_ADMIN and API are equal). */
export const TAG_SOURCES = ["MANUAL_ADMIN", "API", "MANUAL_AGENT", "AI_TOOL", "AI_AUTO_CLOSE"] as const;

/** Who applied a tag. */
export type TagSource = (typeof TAG_SOURCES)[number];

/** Source priority: higher wins; MANUAL_ADMIN and API are equal. */
const SOURCE_PRIORITY: Record<TagSource, number> = { MANUAL_ADMIN: 4, API: 4, MANUAL_AGENT: 3, AI_TOOL: 2, AI_AUTO_CLOSE: 1 };

/** Length of the customer-service window. */
export const WINDOW_MS = 24 * 3600_000;
/** Inbound messages upsert their contact at most once per this long (SigFollow's SETNX cooldown). */
export const INBOUND_COOLDOWN_MS = 60_000;

/** A tenant's tag catalog holds at most this many tags, seeded and added. */
export const MAX_TAGS_PER_TENANT = 1000;
/** A tag name's length at most, in UTF-16 code units. */
export const TAG_NAME_MAX_LENGTH = 200;

export interface Tag {
  id: string;
  name: string;
  deleted: boolean;
}

export interface TagAssignment {
  tagId: string;
  source: TagSource;
  reason: string | null;
  createdAt: number;
}

export interface Contact {
  id: string;
  tenantId: string;
  phone: string;
  displayName: string | null;
  firstSeenAt: number;
  lastSeenAt: number;
  createdAt: number;
  updatedAt: number;
  tags: Map<string, TagAssignment>;
}

export interface BlacklistRecord {
  seq: number;
  phone: string;
  reason: string | null;
  createdAt: number;
}

export interface LibraryAssetRecord {
  id: string;
  tenantId: string;
  filename: string;
  mimeType: string;
  fileSize: number;
  createdAt: number;
}

export interface Tenant {
  id: string;
  name: string;
  tags: Map<string, Tag>;
  contactsByPhone: Map<string, Contact>;
  blacklist: Map<string, BlacklistRecord>;
  blacklistSeq: number;
  assets: Map<string, LibraryAssetRecord>;
  /** (normalized phone) → time until which inbound messages skip the contact upsert. */
  inboundCooldown: Map<string, number>;
}

/** A template's status, as the spec defines it. */
export type TemplateStatus = components["schemas"]["TemplateStatus"];

/** Every template status, for run-time validation (the type check keeps it equal to the spec's list). */
export const TEMPLATE_STATUSES = [
  "APPROVED",
  "PENDING",
  "REJECTED",
  "PAUSED",
  "DISABLED",
  "IN_APPEAL",
  "PENDING_DELETION",
  "DELETED",
  "LIMIT_EXCEEDED",
  "ARCHIVED",
  "LOCKED",
] as const satisfies readonly TemplateStatus[];
// Compiles only while the list holds every status of the spec.
type Complete<Missing extends never> = Missing;
type StatusesComplete = Complete<Exclude<TemplateStatus, (typeof TEMPLATE_STATUSES)[number]>>;

export interface TemplateRecord {
  id: string;
  wabaId: string;
  name: string;
  language: string;
  category: "UTILITY" | "MARKETING" | "AUTHENTICATION";
  status: TemplateStatus;
  parameterFormat: ParameterFormat;
  ttlSeconds: number | undefined;
  rejectedReason: string | undefined;
  components: TemplateComponentDefinition[];
  createdAt: number;
  /** When automatic review decides it (PENDING only), or `null` for manual review. */
  reviewAt: number | null;
  reviewOutcome: "APPROVED" | "REJECTED";
  shape: TemplateShape;
}

export interface Waba {
  id: string;
  tenantId: string;
  name: string;
  phoneNumberIds: string[];
  /** `name\u0000language` → template. */
  templates: Map<string, TemplateRecord>;
}

export interface PhoneNumber {
  id: string;
  wabaId: string;
  tenantId: string;
  displayPhoneNumber: string;
}

export interface ApiKeyRecord {
  id: string;
  tenantId: string;
  name: string;
  prefix: string;
  hash: Uint8Array;
  scopes: Set<string>;
  allowedPhoneNumberIds: Set<string> | null;
  revokedAt: number | null;
  createdAt: number;
  rateLimitPerSecond: number | null;
  /** Fixed one-second rate-limit window. */
  window: { second: number; count: number };
}

/** A message the gateway accepted (and would have sent). */
export interface OutboundMessage {
  id: string;
  tenantId: string;
  phoneNumberId: string;
  apiKeyId: string;
  to: string;
  waId: string;
  type: string;
  /** The request body as sent. */
  body: unknown;
  createdAt: string;
}

/** An accepted message as kept: the body as its JSON text (truncated when large) and the time as a number, shaped when read. */
export type OutboundRecord = Omit<OutboundMessage, "body" | "createdAt"> & { bodyText: string | TruncatedText; createdAt: number };

/** The inbound message types the control API simulates. */
export const INBOUND_TYPES = [
  "text",
  "button",
  "interactive",
  "reaction",
  "location",
  "image",
  "video",
  "audio",
  "document",
  "sticker",
  "contacts",
  "order",
  "request_welcome",
  "unsupported",
  "edit",
  "revoke",
] as const;

/** An inbound message type the control API simulates. */
export type InboundType = (typeof INBOUND_TYPES)[number];

/** What an inbound message holds besides text: its webhook content and the message it answers. */
export interface InboundDetail {
  type: InboundType;
  /** The type's object in the webhook (`button`, `interactive`, `location`...); absent for text. */
  content?: unknown;
  /** WAMID of the business message it answers (`context.id`). */
  replyTo?: string;
}

/** An inbound message simulated through the control API or the seed. */
export interface InboundMessage {
  id: string;
  tenantId: string;
  phoneNumberId: string;
  from: string;
  type: InboundType;
  text: string | null;
  profileName: string | null;
  receivedAt: string;
  /** The type's webhook object, for types other than text. */
  content?: unknown;
  /** WAMID of the business message it answers. */
  replyTo?: string;
}

/** What changed, for whoever reports it (the webhook deliveries). */
export type StoreEvent =
  | { kind: "outbound"; message: OutboundRecord & { bodyText: string } }
  | { kind: "inbound"; message: InboundMessage }
  | { kind: "template_status"; template: TemplateRecord }
  | { kind: "template_category"; template: TemplateRecord; previous: TemplateRecord["category"] };

export interface MediaRecord {
  id: string;
  tenantId: string;
  phoneNumberId: string;
  mimeType: string;
  fileSize: number;
  filename: string | null;
  createdAt: number;
}

export interface HeaderHandleRecord {
  handle: string;
  tenantId: string;
  wabaId: string;
  mimeType: string;
  /** The template that consumed it, or `null` while unused. */
  usedBy: string | null;
}

/** Most bytes (about: UTF-16 text counted once) one record log keeps, whatever its count limit (16 MiB). */
export const RECORD_LOG_MAX_BYTES = 16 * 1024 * 1024;

/**
 * A bounded list: keeps the newest entries, at most `limit` of them (0 keeps none) and at most
 * `maxBytes` by `sizeOf` (the oldest go first).
 */
export class RingLog<T> {
  private items: T[] = [];
  private start = 0;
  private bytes = 0;
  /** Items pushed and since pushed out: the item `push` numbered `n` is kept while `n >= evicted`. */
  evicted = 0;
  private pushed = 0;
  constructor(
    private readonly limit: number,
    private readonly sizeOf: (item: T) => number = () => 0,
    private readonly maxBytes = RECORD_LOG_MAX_BYTES,
  ) {}
  /** Keeps an item; its number (see `evicted`). */
  push(item: T): number {
    if (this.limit <= 0) {
      this.evicted++;
      return this.pushed++;
    }
    this.items.push(item);
    this.bytes += this.sizeOf(item);
    while (this.items.length - this.start > this.limit || (this.bytes > this.maxBytes && this.items.length - this.start > 1)) {
      this.bytes -= this.sizeOf(this.items[this.start]!);
      this.items[this.start++] = undefined as T;
      this.evicted++;
    }
    if (this.start > 1024 && this.start * 2 > this.items.length) {
      this.items = this.items.slice(this.start);
      this.start = 0;
    }
    return this.pushed++;
  }
  list(): T[] {
    return this.items.slice(this.start);
  }
  /** The bytes the kept entries count for (by `sizeOf`). */
  get size(): number {
    return this.bytes;
  }
  clear(): void {
    this.items = [];
    this.start = 0;
    this.bytes = 0;
    this.evicted = this.pushed;
  }
}

/** Longest text a record keeps whole (16 KiB); a longer one keeps a marker, its size and its start. */
export const RECORDED_TEXT_MAX = 16 * 1024;
/** How much of a truncated text a record keeps. */
const PREVIEW_CHARS = 1024;

/** What a record keeps of a text over {@link RECORDED_TEXT_MAX}. */
export interface TruncatedText {
  truncated: true;
  /** The whole text's size in UTF-8 bytes. */
  bytes: number;
  /** Its first 1,024 characters. */
  preview: string;
}

/** UTF-8 size of a text, without encoding it. */
function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * A text as a record keeps it: whole up to {@link RECORDED_TEXT_MAX} characters (a whole body or
 * field as decoded, which holds nothing larger), else truncated with its size and a detached preview.
 */
export function recordedText(text: string): string | TruncatedText {
  return text.length <= RECORDED_TEXT_MAX ? text : { truncated: true, bytes: utf8Bytes(text), preview: detached(text.slice(0, PREVIEW_CHARS)) };
}

/** Longest name (a multipart field's, a file's type) a record keeps whole: 256 characters. */
export const RECORDED_NAME_MAX = 256;

/** A name as a record keeps it: detached, its first {@link RECORDED_NAME_MAX} characters and `…` when longer. */
export const recordedName = (name: string): string => detached(name.length > RECORDED_NAME_MAX ? `${name.slice(0, RECORDED_NAME_MAX)}…` : name);

/** The characters a recorded text (or its truncation) holds, for the logs' byte bounds. */
export const recordedSize = (value: string | TruncatedText | null | undefined): number =>
  value == null ? 0 : typeof value === "string" ? value.length : value.preview.length + 64;

/** A recorded JSON text as read back: parsed, or the truncation marker as is. */
export const recordedJson = (value: string | TruncatedText): unknown => (typeof value === "string" ? JSON.parse(value) : value);

/** Trims a display name and caps it at 128 characters (code points); detached from the request's text. */
export function storedDisplayName(value: string): string {
  const trimmed = value.trim();
  // At most 128 UTF-16 units is at most 128 code points: no need to split a long name into all of them.
  if (trimmed.length <= DISPLAY_NAME_MAX_LENGTH) return detached(trimmed);
  let kept = "";
  let points = 0;
  for (const point of trimmed) {
    if (points++ === DISPLAY_NAME_MAX_LENGTH) break;
    kept += point;
  }
  return detached(kept);
}

const templateKey = (name: string, language: string) => `${name}\u0000${language}`;

/** Every `example.header_handle` of a template's HEADER components, with where it is. */
export function headerHandles(components: readonly TemplateComponentDefinition[]): { component: number; index: number; handle: string }[] {
  const found: { component: number; index: number; handle: string }[] = [];
  components.forEach((c, component) => {
    if (c.type !== "HEADER" || !("example" in c) || !c.example || !("header_handle" in c.example)) return;
    c.example.header_handle.forEach((handle, index) => found.push({ component, index, handle }));
  });
  return found;
}

/**
 * Everything the gateway knows, and the only writer of it: handlers, the seed loader and the
 * control operations read the maps and change them through these methods.
 */
export class Store {
  readonly tenants = new Map<string, Tenant>();
  readonly wabas = new Map<string, Waba>();
  readonly phoneNumbers = new Map<string, PhoneNumber>();
  readonly contactsById = new Map<string, Contact>();
  readonly templatesById = new Map<string, TemplateRecord>();
  readonly keysByPrefix = new Map<string, ApiKeyRecord[]>();
  readonly keysById = new Map<string, ApiKeyRecord>();
  readonly media = new Map<string, MediaRecord>();
  readonly headerHandles = new Map<string, HeaderHandleRecord>();
  /** `phoneNumberId\u0000waId` → time of the last inbound message. */
  readonly lastInbound = new Map<string, number>();
  readonly outbound: RingLog<OutboundRecord>;
  readonly inbound: RingLog<InboundMessage>;
  /** Told of every accepted message, inbound message and template status or category change. */
  onChange: ((event: StoreEvent) => void) | null = null;

  constructor(
    readonly ids: Ids,
    limits: { messages: number },
  ) {
    this.outbound = new RingLog(limits.messages, (m) => recordedSize(m.bodyText) + 256);
    this.inbound = new RingLog(limits.messages, (m) => (m.text?.length ?? 0) + (m.profileName?.length ?? 0) + 256);
  }

  addTenant(id: string, name: string): Tenant {
    const tenant: Tenant = {
      id,
      name,
      tags: new Map(),
      contactsByPhone: new Map(),
      blacklist: new Map(),
      blacklistSeq: 0,
      assets: new Map(),
      inboundCooldown: new Map(),
    };
    this.tenants.set(id, tenant);
    return tenant;
  }

  addWaba(tenant: Tenant, id: string, name: string): Waba {
    const waba: Waba = { id, tenantId: tenant.id, name, phoneNumberIds: [], templates: new Map() };
    this.wabas.set(id, waba);
    return waba;
  }

  addPhoneNumber(waba: Waba, id: string, displayPhoneNumber: string): PhoneNumber {
    const phone: PhoneNumber = { id, wabaId: waba.id, tenantId: waba.tenantId, displayPhoneNumber };
    waba.phoneNumberIds.push(id);
    this.phoneNumbers.set(id, phone);
    return phone;
  }

  addTag(tenant: Tenant, tag: Tag): void {
    tenant.tags.set(tag.id, { ...tag });
  }

  /**
   * Adds tags to a tenant's catalog, all or none: refused when an id is given twice or already in
   * the catalog (soft-deleted tags included), or when the catalog would exceed
   * {@link MAX_TAGS_PER_TENANT}.
   */
  addTags(tenant: Tenant, tags: readonly { id: string; name: string }[]): { added: Tag[] } | { error: string } {
    const given = new Set<string>();
    for (const { id } of tags) {
      if (given.has(id)) return { error: `tag ${id} is given twice` };
      if (tenant.tags.has(id)) return { error: `tag ${id} already exists in the catalog of tenant ${tenant.id}` };
      given.add(id);
    }
    if (tenant.tags.size + tags.length > MAX_TAGS_PER_TENANT) {
      return { error: `a tenant's catalog holds at most ${MAX_TAGS_PER_TENANT} tags; tenant ${tenant.id} has ${tenant.tags.size}, ${tags.length} more were given` };
    }
    const added = tags.map(({ id, name }) => ({ id, name, deleted: false }));
    for (const tag of added) this.addTag(tenant, tag);
    return { added };
  }

  addAsset(asset: LibraryAssetRecord): LibraryAssetRecord {
    this.tenants.get(asset.tenantId)!.assets.set(asset.id, asset);
    return asset;
  }

  addMedia(record: MediaRecord): MediaRecord {
    this.media.set(record.id, record);
    return record;
  }

  addHeaderHandle(record: HeaderHandleRecord): HeaderHandleRecord {
    this.headerHandles.set(record.handle, record);
    return record;
  }

  /** Records a message the gateway accepted. */
  recordOutbound(message: Omit<OutboundRecord, "bodyText"> & { bodyText: string }): void {
    this.outbound.push({ ...message, bodyText: recordedText(message.bodyText) });
    // Observers get the whole body, even one the log keeps truncated.
    this.onChange?.({ kind: "outbound", message });
  }

  /** The kept accepted message with this WAMID, as kept. */
  outboundRecord(id: string): OutboundRecord | undefined {
    return this.outbound.list().find((m) => m.id === id);
  }

  /** The accepted messages kept, oldest first. */
  outboundMessages(): OutboundMessage[] {
    return this.outbound.list().map(({ bodyText, createdAt, ...rest }) => ({ ...rest, body: recordedJson(bodyText), createdAt: new Date(createdAt).toISOString() }));
  }

  /** Forgets the recorded outbound and inbound messages. */
  clearMessages(): void {
    this.outbound.clear();
    this.inbound.clear();
  }

  // ------------------------------------------------------------------ API keys

  addKey(record: ApiKeyRecord): void {
    const list = this.keysByPrefix.get(record.prefix) ?? [];
    list.push(record);
    this.keysByPrefix.set(record.prefix, list);
    this.keysById.set(record.id, record);
  }

  /** Revokes a key (once: a second revocation keeps the first time); `false` for an unknown id. */
  revokeKey(id: string, now: number): boolean {
    const key = this.keysById.get(id);
    if (!key) return false;
    key.revokedAt ??= now;
    return true;
  }

  /**
   * Counts one request against a key's fixed one-second window: `null` when it is allowed, else
   * the seconds until the next window (at least 1).
   */
  countRequest(key: ApiKeyRecord, limit: number, now: number): number | null {
    const second = Math.floor(now / 1000);
    if (key.window.second !== second) key.window = { second, count: 0 };
    if (key.window.count >= limit) return Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000));
    key.window.count++;
    return null;
  }

  // ------------------------------------------------------------------ contacts

  /** Creates or refreshes the contact of (tenant, phone). Atomic. */
  upsertContact(tenant: Tenant, phone: string, displayName: string | null | undefined, now: number): { contact: Contact; created: boolean } {
    const normalized = normalizePhone(phone);
    const existing = tenant.contactsByPhone.get(normalized);
    if (existing) {
      existing.lastSeenAt = now;
      existing.updatedAt = now;
      if (typeof displayName === "string") existing.displayName = storedDisplayName(displayName);
      return { contact: existing, created: false };
    }
    const contact: Contact = {
      id: this.ids.cuid("contact"),
      tenantId: tenant.id,
      phone: normalized,
      displayName: typeof displayName === "string" ? storedDisplayName(displayName) : null,
      firstSeenAt: now,
      lastSeenAt: now,
      createdAt: now,
      updatedAt: now,
      tags: new Map(),
    };
    tenant.contactsByPhone.set(normalized, contact);
    this.contactsById.set(contact.id, contact);
    return { contact, created: true };
  }

  /** Stores a contact as given (the seed's, with its own times and tags). */
  importContact(tenant: Tenant, input: Omit<Contact, "tenantId" | "phone" | "tags"> & { phone: string; tags: TagAssignment[] }): Contact {
    const contact: Contact = { ...input, tenantId: tenant.id, phone: normalizePhone(input.phone), tags: new Map(input.tags.map((a) => [a.tagId, { ...a }])) };
    tenant.contactsByPhone.set(contact.phone, contact);
    this.contactsById.set(contact.id, contact);
    return contact;
  }

  /** Sets or clears (`null`) a contact's display name (trimmed, capped at 128). */
  renameContact(contact: Contact, displayName: string | null, now: number): Contact {
    contact.displayName = displayName === null ? null : storedDisplayName(displayName);
    contact.updatedAt = now;
    return contact;
  }

  /** Removes a tag assignment of a tenant's contact; idempotent (an unknown contact or tag changes nothing). */
  removeContactTag(tenant: Tenant, contactId: string, tagId: string, now: number): void {
    const contact = this.contact(tenant, contactId);
    if (contact?.tags.delete(tagId)) contact.updatedAt = now;
  }

  /** The contact with this id in this tenant, or `undefined` (also for other tenants' contacts). */
  contact(tenant: Tenant, id: string): Contact | undefined {
    const contact = this.contactsById.get(id);
    return contact && contact.tenantId === tenant.id ? contact : undefined;
  }

  deleteContact(tenant: Tenant, contact: Contact): void {
    tenant.contactsByPhone.delete(contact.phone);
    this.contactsById.delete(contact.id);
    contact.tags.clear();
  }

  /** Active assignments: those whose tag is not soft-deleted. */
  activeAssignments(tenant: Tenant, contact: Contact): TagAssignment[] {
    return [...contact.tags.values()].filter((a) => tenant.tags.get(a.tagId)?.deleted === false);
  }

  /**
   * Assigns a tag with source API. Atomic. An API assignment takes over a lower-priority one of the
   * same tag and leaves an equal-priority one (MANUAL_ADMIN, API) as it is.
   */
  assignTag(
    tenant: Tenant,
    contact: Contact,
    tagId: string,
    reason: string | null,
    now: number,
  ): { assignment: TagAssignment } | { error: "tag_not_found" | "limit" } {
    const tag = tenant.tags.get(tagId);
    if (!tag || tag.deleted) return { error: "tag_not_found" };
    const existing = contact.tags.get(tagId);
    if (existing) {
      if (SOURCE_PRIORITY[existing.source] < SOURCE_PRIORITY.API) {
        existing.source = "API";
        existing.reason = reason;
      }
      return { assignment: existing };
    }
    if (this.activeAssignments(tenant, contact).length >= MAX_TAGS_PER_CONTACT) return { error: "limit" };
    const assignment: TagAssignment = { tagId, source: "API", reason, createdAt: now };
    contact.tags.set(tagId, assignment);
    contact.updatedAt = now;
    return { assignment };
  }

  // ------------------------------------------------------------------ inbound and windows

  /**
   * Records an inbound message: opens (or refreshes) the 24-hour window of (phone number, sender)
   * and upserts the sender's contact unless the 60 s cooldown of that phone is running.
   */
  receiveInbound(
    phoneNumber: PhoneNumber,
    from: string,
    at: number,
    text: string | null,
    profileName: string | null,
    detail: InboundDetail = { type: "text" },
  ): { message: InboundMessage; contact: Contact | null; contactUpserted: boolean } {
    const tenant = this.tenants.get(phoneNumber.tenantId)!;
    const waId = normalizePhone(from);
    const key = `${phoneNumber.id}\u0000${waId}`;
    this.lastInbound.set(key, Math.max(this.lastInbound.get(key) ?? -Infinity, at));
    const message: InboundMessage = {
      id: this.ids.wamid(),
      tenantId: tenant.id,
      phoneNumberId: phoneNumber.id,
      from: waId,
      type: detail.type,
      text,
      profileName,
      receivedAt: new Date(at).toISOString(),
      ...(detail.content === undefined ? {} : { content: detail.content }),
      ...(detail.replyTo === undefined ? {} : { replyTo: detail.replyTo }),
    };
    this.inbound.push(message);
    this.onChange?.({ kind: "inbound", message });
    const cooldownUntil = tenant.inboundCooldown.get(waId);
    if (cooldownUntil !== undefined && at < cooldownUntil) {
      return { message, contact: tenant.contactsByPhone.get(waId) ?? null, contactUpserted: false };
    }
    tenant.inboundCooldown.set(waId, at + INBOUND_COOLDOWN_MS);
    const { contact } = this.upsertContact(tenant, waId, profileName, at);
    return { message, contact, contactUpserted: true };
  }

  /**
   * A user changed their phone number (Meta's `user_changed_number`): their contact in the phone
   * number's tenant and their open window with it move to the new number. Returns the contact, or
   * `null` when the tenant had none; a contact already holding the new number is left alone and
   * reported as `conflict`.
   */
  changeUserPhone(phoneNumber: PhoneNumber, from: string, to: string, now: number): { contact: Contact | null } | { conflict: Contact } {
    const tenant = this.tenants.get(phoneNumber.tenantId)!;
    const taken = tenant.contactsByPhone.get(to);
    if (taken) return { conflict: taken };
    const contact = tenant.contactsByPhone.get(from) ?? null;
    if (contact) {
      tenant.contactsByPhone.delete(from);
      contact.phone = to;
      contact.updatedAt = now;
      tenant.contactsByPhone.set(to, contact);
    }
    const last = this.lastInbound.get(`${phoneNumber.id}\u0000${from}`);
    if (last !== undefined) {
      this.lastInbound.delete(`${phoneNumber.id}\u0000${from}`);
      this.lastInbound.set(`${phoneNumber.id}\u0000${to}`, last);
    }
    return { contact };
  }

  /** Whether the 24-hour window of (phone number, recipient) is open at `now`. */
  windowOpen(phoneNumberId: string, waId: string, now: number): boolean {
    const last = this.lastInbound.get(`${phoneNumberId}\u0000${waId}`);
    return last !== undefined && last <= now && now - last < WINDOW_MS;
  }

  // ------------------------------------------------------------------ templates

  /**
   * Stores a template; the header handles named in `consumes` (template-media handles of its
   * tenant) are marked as used by it.
   */
  addTemplate(
    waba: Waba,
    input: Omit<TemplateRecord, "shape" | "wabaId" | "parameterFormat"> & { parameterFormat?: ParameterFormat },
    consumes: readonly string[] = [],
  ): TemplateRecord {
    const shape = analyzeTemplate({ category: input.category, parameter_format: input.parameterFormat, components: input.components });
    const record: TemplateRecord = { ...input, wabaId: waba.id, parameterFormat: shape.parameterFormat, shape };
    waba.templates.set(templateKey(record.name, record.language), record);
    this.templatesById.set(record.id, record);
    for (const handle of consumes) this.headerHandles.get(handle)!.usedBy = record.id;
    return record;
  }

  /** Whether the WABA has a template of that name and language. */
  hasTemplate(waba: Waba, name: string, language: string): boolean {
    return waba.templates.has(templateKey(name, language));
  }

  /** Applies an automatic review that is due. */
  settle(template: TemplateRecord, now: number): TemplateRecord {
    if (template.status === "PENDING" && template.reviewAt !== null && now >= template.reviewAt) {
      this.review(template, this.reviewVerdict(template));
    }
    return template;
  }

  /** What an automatic review decides: a Cloud API media id of the template's tenant given as header handle is rejected (another tenant's is unknown here). */
  private reviewVerdict(template: TemplateRecord): { status: TemplateStatus; reason?: string } {
    const tenantId = this.wabas.get(template.wabaId)?.tenantId;
    if (headerHandles(template.components).some(({ handle }) => this.media.get(handle)?.tenantId === tenantId)) return { status: "REJECTED", reason: "INVALID_FORMAT" };
    return template.reviewOutcome === "REJECTED" ? { status: "REJECTED", reason: "NONE" } : { status: "APPROVED" };
  }

  /** Sets a template's status (review outcome, pause...). */
  review(template: TemplateRecord, verdict: { status: TemplateStatus; reason?: string }): void {
    template.status = verdict.status;
    template.reviewAt = null;
    template.rejectedReason = verdict.status === "REJECTED" ? (verdict.reason ?? "NONE") : undefined;
    this.onChange?.({ kind: "template_status", template });
  }

  /** Changes a template's category (Meta's recategorization). */
  recategorize(template: TemplateRecord, category: TemplateRecord["category"]): void {
    const previous = template.category;
    template.category = category;
    this.onChange?.({ kind: "template_category", template, previous });
  }

  templates(waba: Waba, now: number): TemplateRecord[] {
    return [...waba.templates.values()].map((t) => this.settle(t, now));
  }

  template(waba: Waba, name: string, language: string, now: number): TemplateRecord | undefined {
    const t = waba.templates.get(templateKey(name, language));
    return t && this.settle(t, now);
  }

  // ------------------------------------------------------------------ blacklist

  blacklistAdd(tenant: Tenant, phone: string, reason: string | null | undefined, now: number): BlacklistRecord {
    const normalized = normalizePhone(phone);
    const existing = tenant.blacklist.get(normalized);
    if (existing) {
      if (typeof reason === "string") existing.reason = reason;
      return existing;
    }
    const record: BlacklistRecord = { seq: ++tenant.blacklistSeq, phone: normalized, reason: reason ?? null, createdAt: now };
    tenant.blacklist.set(normalized, record);
    return record;
  }

  /** Removes a phone from the blacklist; idempotent. */
  blacklistRemove(tenant: Tenant, phone: string): void {
    tenant.blacklist.delete(normalizePhone(phone));
  }

  /** One page of the blacklist, oldest first, after the entry with sequence `afterSeq`. */
  blacklistPage(tenant: Tenant, afterSeq: number, limit: number): { entries: BlacklistRecord[]; more: boolean } {
    const entries: BlacklistRecord[] = [];
    let more = false;
    for (const record of tenant.blacklist.values()) {
      if (record.seq <= afterSeq) continue;
      if (entries.length === limit) {
        more = true;
        break;
      }
      entries.push(record);
    }
    return { entries, more };
  }
}
