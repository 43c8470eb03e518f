// A seed plus your own data: `extendSeed(DEMO_SEED, { tags, templates, contacts })`.
import type { MockSeed } from "./schema.js";

type TenantSeed = NonNullable<MockSeed["tenants"]>[number];
type WabaSeed = NonNullable<TenantSeed["wabas"]>[number];

/**
 * What {@link extendSeed} appends: to one tenant's lists (the seed's first tenant unless
 * `tenantId` says), and `templates` to one of its WABAs (its first unless `wabaId` says).
 *
 * @example
 * ```ts
 * const extension: SeedExtension = { tags: [{ id: "cm_tag_gold", name: "Gold" }], templates: [templates.order_update] };
 * ```
 */
export interface SeedExtension {
  /** The tenant to extend. @default the seed's first tenant */
  tenantId?: string | undefined;
  /** The WABA that gets `templates`. @default the tenant's first WABA */
  wabaId?: string | undefined;
  /** Template definitions, e.g. those `sigfollow templates pull` generated, as they are (`as const`). */
  templates?: WabaSeed["templates"] | undefined;
  /** Tags of the tenant's catalog (`{ id, name }`). */
  tags?: TenantSeed["tags"] | undefined;
  contacts?: TenantSeed["contacts"] | undefined;
  blacklist?: TenantSeed["blacklist"] | undefined;
  inboundMessages?: TenantSeed["inboundMessages"] | undefined;
  libraryAssets?: TenantSeed["libraryAssets"] | undefined;
  apiKeys?: TenantSeed["apiKeys"] | undefined;
}

const TENANT_LISTS = ["tags", "contacts", "blacklist", "inboundMessages", "libraryAssets", "apiKeys"] as const;

/**
 * A new seed: `seed` with the extension's items appended (nothing of `seed` is changed). Checked,
 * like any seed, when a gateway or server starts from it or resets to it. A `tenantId` or `wabaId`
 * that the seed does not have is a `TypeError`.
 *
 * @example
 * ```ts
 * import { createMockGateway, DEMO_SEED, extendSeed } from "@sigfollow/mock";
 * const twentyTags = Array.from({ length: 20 }, (_, i) => ({ id: `cm_tag_${i}`, name: `Tag ${i}` }));
 * const gateway = createMockGateway({ seed: extendSeed(DEMO_SEED, { tags: twentyTags, contacts: [{ phone: "16505550123" }] }) });
 * ```
 */
export function extendSeed(seed: MockSeed, extension: SeedExtension): MockSeed {
  const tenants = seed.tenants ?? [];
  const at = extension.tenantId === undefined ? 0 : tenants.findIndex((t) => t.id === extension.tenantId);
  const tenant = tenants[at];
  if (!tenant) throw new TypeError(`extendSeed: the seed has no tenant${extension.tenantId === undefined ? "" : ` ${extension.tenantId}`}`);
  const extended: TenantSeed = { ...tenant };
  for (const list of TENANT_LISTS) {
    const more = extension[list];
    if (more) Object.assign(extended, { [list]: [...(tenant[list] ?? []), ...more] });
  }
  if (extension.templates) {
    const wabas = tenant.wabas ?? [];
    const w = extension.wabaId === undefined ? 0 : wabas.findIndex((waba) => waba.id === extension.wabaId);
    const waba = wabas[w];
    if (!waba) throw new TypeError(`extendSeed: tenant ${tenant.id} has no WABA${extension.wabaId === undefined ? "" : ` ${extension.wabaId}`}`);
    extended.wabas = wabas.map((x, i) => (i === w ? { ...waba, templates: [...(waba.templates ?? []), ...extension.templates!] } : x));
  }
  return { ...seed, tenants: tenants.map((t, i) => (i === at ? extended : t)) };
}
