// Turns a validated seed into gateway state.
import { type ParameterFormat, type TemplateComponentDefinition } from "@sigfollow/client/rules";
import { type KeyHasher, keyPrefix } from "../auth.js";
import { SCOPES } from "../spec.js";
import type { Ids } from "../state/ids.js";
import type { Store, TemplateRecord } from "../state/store.js";
import type { ParsedSeed } from "./schema.js";

/** Default start of the mock clock. */
export const DEFAULT_CLOCK_START = "2026-01-01T00:00:00.000Z";

/** An API key of the seed, with its plaintext (given in the seed or generated). */
export interface SeededApiKey {
  id: string;
  tenantId: string;
  name: string;
  /** The plaintext; shown once (the gateway keeps only its HMAC and prefix). */
  key: string;
  /** Whether the key was generated (not given in the seed). */
  generated: boolean;
  scopes: string[];
  allowedPhoneNumberIds: string[] | null;
  revoked: boolean;
}

/** What seeding produced that only the caller can be told: the API keys' plaintexts. */
export interface SeedReport {
  apiKeys: SeededApiKey[];
}

/** An API key to store: its plaintext and record fields. */
export interface PendingApiKey {
  id: string;
  tenantId: string;
  name: string;
  key: string;
  scopes: readonly string[];
  allowedPhoneNumberIds: readonly string[] | null;
  revoked: boolean;
  rateLimitPerSecond: number | null;
  now: number;
}

/**
 * Hashes API keys (in parallel) and stores their records in the given order; the plaintexts are
 * then forgotten.
 */
export async function storeApiKeys(store: Store, hasher: KeyHasher, keys: readonly PendingApiKey[]): Promise<void> {
  const hashes = await Promise.all(keys.map((key) => hasher.hash(key.key)));
  keys.forEach((input, i) => {
    store.addKey({
      id: input.id,
      tenantId: input.tenantId,
      name: input.name,
      prefix: keyPrefix(input.key),
      hash: hashes[i]!,
      scopes: new Set(input.scopes),
      allowedPhoneNumberIds: input.allowedPhoneNumberIds ? new Set(input.allowedPhoneNumberIds) : null,
      revokedAt: input.revoked ? input.now : null,
      createdAt: input.now,
      rateLimitPerSecond: input.rateLimitPerSecond,
      window: { second: -1, count: 0 },
    });
  });
}

/** What an API key is made of, in the seed or in the control API's `createApiKey`. */
export interface ApiKeyInput {
  /** The plaintext; generated (for `environment`) when left out. */
  key?: string;
  id?: string;
  name?: string;
  environment?: "test" | "live";
  /** @default every scope */
  scopes?: readonly string[];
  allowedPhoneNumberIds?: readonly string[];
  revoked?: boolean;
  rateLimitPerSecond?: number;
}

/**
 * An API key of `tenantId` from its input: the record to hash and store, and how it is reported
 * (with its plaintext, once). Generates the plaintext and the id when they are not given.
 */
export function mintApiKey(ids: Ids, tenantId: string, input: ApiKeyInput, now: number): { pending: PendingApiKey; reported: SeededApiKey } {
  const key = input.key ?? ids.apiKey(input.environment ?? "test");
  const id = input.id ?? ids.apiKeyId();
  const scopes = [...(input.scopes ?? SCOPES)];
  const allowedPhoneNumberIds = input.allowedPhoneNumberIds ? [...input.allowedPhoneNumberIds] : null;
  const revoked = input.revoked === true;
  const name = input.name ?? id;
  return {
    pending: { id, tenantId, name, key, scopes, allowedPhoneNumberIds, revoked, rateLimitPerSecond: input.rateLimitPerSecond ?? null, now },
    reported: { id, tenantId, name, key, generated: input.key === undefined, scopes, allowedPhoneNumberIds, revoked },
  };
}

/** Hashes one API key and stores its record. */
export const storeApiKey = (store: Store, hasher: KeyHasher, key: PendingApiKey): Promise<void> => storeApiKeys(store, hasher, [key]);

/**
 * Fills an empty store from a validated seed; the API keys come back to be hashed and stored with
 * {@link storeApiKeys}.
 */
export function applySeed(
  store: Store,
  seed: ParsedSeed,
  deps: { ids: Ids; now: number; review: { delayMs: number | null; outcome: "APPROVED" | "REJECTED" } },
): { report: SeedReport; keys: PendingApiKey[] } {
  const { ids, now } = deps;
  const keys: PendingApiKey[] = [];
  const time = (value: string | undefined, fallback: number) => (value ? Date.parse(value) : fallback);
  const report: SeedReport = { apiKeys: [] };
  for (const t of seed.tenants) {
    const tenant = store.addTenant(t.id, t.name ?? t.id);
    for (const w of t.wabas) {
      const waba = store.addWaba(tenant, w.id, w.name ?? w.id);
      for (const p of w.phoneNumbers) store.addPhoneNumber(waba, p.id, p.displayPhoneNumber ?? p.id);
      for (const tpl of w.templates) {
        const status = tpl.status ?? "APPROVED";
        store.addTemplate(waba, {
          id: tpl.id ?? ids.numeric("template"),
          name: tpl.name,
          language: tpl.language,
          category: tpl.category as TemplateRecord["category"],
          status,
          parameterFormat: tpl.parameter_format as ParameterFormat | undefined,
          ttlSeconds: tpl.message_send_ttl_seconds as number | undefined,
          rejectedReason: (tpl.rejected_reason as string | undefined) ?? (status === "REJECTED" ? "NONE" : undefined),
          components: tpl.components as TemplateComponentDefinition[],
          createdAt: now,
          reviewAt: status === "PENDING" && deps.review.delayMs !== null ? now + deps.review.delayMs : null,
          reviewOutcome: deps.review.outcome,
        });
      }
    }
    for (const tag of t.tags) store.addTag(tenant, { id: tag.id, name: tag.name, deleted: tag.deleted === true });
    for (const asset of t.libraryAssets) {
      store.addAsset({ id: asset.id ?? ids.cuid("file"), tenantId: t.id, filename: asset.filename, mimeType: asset.mimeType, fileSize: asset.fileSize ?? 0, createdAt: now });
    }
    for (const c of t.contacts) {
      const firstSeenAt = time(c.firstSeenAt, now);
      const lastSeenAt = time(c.lastSeenAt, Math.max(firstSeenAt, now));
      store.importContact(tenant, {
        id: c.id ?? ids.cuid("contact"),
        phone: c.phone,
        displayName: c.displayName ?? null,
        firstSeenAt,
        lastSeenAt,
        createdAt: firstSeenAt,
        updatedAt: lastSeenAt,
        tags: c.tags.map((a) => ({ tagId: a.tagId, source: a.source ?? "MANUAL_ADMIN", reason: a.reason ?? null, createdAt: time(a.createdAt, now) })),
      });
    }
    for (const b of t.blacklist) store.blacklistAdd(tenant, b.phone, b.reason ?? null, time(b.createdAt, now));
    const firstPhone = t.wabas.flatMap((w) => w.phoneNumbers)[0];
    for (const m of t.inboundMessages) {
      const phoneNumber = store.phoneNumbers.get(m.phoneNumberId ?? firstPhone!.id)!;
      store.receiveInbound(phoneNumber, m.from, time(m.at, now), m.text ?? null, m.profileName ?? null);
    }
    for (const k of t.apiKeys) {
      const { pending, reported } = mintApiKey(ids, t.id, k, now);
      keys.push(pending);
      report.apiKeys.push(reported);
    }
  }
  return { report, keys };
}
