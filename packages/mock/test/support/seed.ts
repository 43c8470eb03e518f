// The seed most behaviour tests start from: two tenants, keys with various scopes and phone
// restrictions, templates of every shape the send rules care about.
import { extendSeed, type MockSeed } from "../../src/index.js";

export const KEYS = {
  all: "sflo_test_tenantAallscopes000000000001",
  contactsRead: "sflo_test_tenantAcontactsread00000002",
  phone2Only: "sflo_test_tenantAphone2only0000000003",
  revoked: "sflo_test_tenantArevoked000000000004",
  noScopes: "sflo_test_tenantAnoscopes00000000005",
  limited: "sflo_test_tenantAratelimited0000006",
  otherTenant: "sflo_live_tenantBallscopes000000000007",
} as const;

export const IDS = {
  tenantA: "tenant_a",
  tenantB: "tenant_b",
  wabaA: "200000000000001",
  wabaB: "200000000000002",
  phoneA1: "100000000000001",
  phoneA2: "100000000000002",
  phoneB1: "100000000000003",
  alice: "cm_contact_alice",
  bob: "cm_contact_bob",
  /** Alice's phone; her window is open on phoneA1 at the start. */
  alicePhone: "16505551234",
  bobPhone: "14155550100",
  blacklisted: "16505550000",
  tagVip: "cm_tag_vip",
  tagChurn: "cm_tag_churn",
  tagDeleted: "cm_tag_deleted",
  tagB: "cm_tag_b_only",
  asset: "cm_asset_banner",
  pendingTemplate: "900000000000001",
  pausedTemplate: "900000000000002",
  disabledTemplate: "900000000000003",
} as const;

export const START = "2026-05-13T22:00:00.000Z";

/** 25 more tags, for the 20-tag cap. */
export const manyTags = Array.from({ length: 25 }, (_, i) => `cm_tag_${String(i + 1).padStart(2, "0")}`);

const body = (text: string, example?: unknown) => ({ type: "BODY", text, ...(example ? { example } : {}) });

export function testSeed(): MockSeed {
  const seed: MockSeed = {
    version: 1,
    rngSeed: "tests",
    clock: { start: START },
    tenants: [
      {
        id: IDS.tenantA,
        name: "Tenant A",
        apiKeys: [
          { id: "key_all", key: KEYS.all },
          { id: "key_contacts_read", key: KEYS.contactsRead, scopes: ["contacts:read"] },
          { id: "key_phone2", key: KEYS.phone2Only, scopes: ["messages:send"], allowedPhoneNumberIds: [IDS.phoneA2] },
          { id: "key_revoked", key: KEYS.revoked, revoked: true },
          { id: "key_none", key: KEYS.noScopes, scopes: [] },
          { id: "key_limited", key: KEYS.limited, rateLimitPerSecond: 3 },
        ],
        wabas: [
          {
            id: IDS.wabaA,
            phoneNumbers: [{ id: IDS.phoneA1 }, { id: IDS.phoneA2 }],
            templates: [
              { name: "order_shipped", language: "en_US", category: "UTILITY", components: [body("Hi {{1}}, order {{2}} shipped.", { body_text: [["A", "B"]] })] },
              { name: "order_shipped", language: "es_ES", category: "UTILITY", components: [body("Hola {{1}}, pedido {{2}}.", { body_text: [["A", "B"]] })] },
              {
                name: "order_named",
                language: "en_US",
                category: "UTILITY",
                parameter_format: "NAMED",
                components: [
                  body("Hi {{customer_name}}, order {{order_id}}.", {
                    body_text_named_params: [
                      { param_name: "customer_name", example: "A" },
                      { param_name: "order_id", example: "B" },
                    ],
                  }),
                ],
              },
              {
                // Named, auto-detected (no parameter_format).
                name: "auto_named",
                language: "en_US",
                category: "UTILITY",
                components: [body("Hi {{first_name}}.", { body_text_named_params: [{ param_name: "first_name", example: "A" }] })],
              },
              {
                name: "promo_image",
                language: "en_US",
                category: "MARKETING",
                components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: ["4::x"] } }, body("Hi {{1}}", { body_text: [["A"]] })],
              },
              {
                name: "with_buttons",
                language: "en_US",
                category: "UTILITY",
                components: [
                  body("Order {{1}}", { body_text: [["A"]] }),
                  {
                    type: "BUTTONS",
                    buttons: [
                      { type: "QUICK_REPLY", text: "Track" },
                      { type: "URL", text: "View", url: "https://shop.example.com/o/{{1}}", example: ["https://shop.example.com/o/1"] },
                      { type: "URL", text: "Help", url: "https://shop.example.com/help" },
                    ],
                  },
                ],
              },
              { name: "no_vars", language: "en_US", category: "UTILITY", components: [body("Hello there")] },
              { id: IDS.pendingTemplate, name: "still_pending", language: "en_US", category: "UTILITY", status: "PENDING", components: [body("Hello")] },
              { id: IDS.pausedTemplate, name: "paused_one", language: "en_US", category: "UTILITY", status: "PAUSED", components: [body("Hello")] },
              { id: IDS.disabledTemplate, name: "disabled_one", language: "en_US", category: "UTILITY", status: "DISABLED", components: [body("Hello")] },
              {
                name: "carousel_picks",
                language: "en_US",
                category: "MARKETING",
                components: [
                  body("Our picks"),
                  {
                    type: "CAROUSEL",
                    cards: [0, 1].map((n) => ({
                      components: [
                        { type: "HEADER", format: "IMAGE", example: { header_handle: ["4::x"] } },
                        body(`Card ${n}: {{1}}`, { body_text: [["A"]] }),
                        { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "More" }] },
                      ],
                    })),
                  },
                ],
              },
              {
                name: "flash_sale",
                language: "en_US",
                category: "MARKETING",
                components: [{ type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Ends soon", has_expiration: true } }, body("Sale")],
              },
              {
                name: "text_header",
                language: "en_US",
                category: "UTILITY",
                components: [{ type: "HEADER", format: "TEXT", text: "Hi {{1}}", example: { header_text: ["Ann"] } }, body("Hello")],
              },
            ],
          },
        ],
        tags: [
          { id: IDS.tagVip, name: "VIP" },
          { id: IDS.tagChurn, name: "Churn risk" },
          { id: IDS.tagDeleted, name: "Old", deleted: true },
        ],
        contacts: [
          {
            id: IDS.alice,
            phone: IDS.alicePhone,
            displayName: "Alice",
            firstSeenAt: "2026-05-01T00:00:00.000Z",
            lastSeenAt: "2026-05-02T00:00:00.000Z",
            tags: [
              { tagId: IDS.tagChurn, source: "AI_TOOL", reason: "model" },
              { tagId: IDS.tagDeleted, source: "MANUAL_ADMIN" },
            ],
          },
        ],
        blacklist: [{ phone: IDS.blacklisted, reason: "Asked to stop" }],
        inboundMessages: [{ phoneNumberId: IDS.phoneA1, from: IDS.alicePhone, at: START }],
        libraryAssets: [{ id: IDS.asset, filename: "banner.jpg", mimeType: "image/jpeg", fileSize: 1234 }],
      },
      {
        id: IDS.tenantB,
        name: "Tenant B",
        apiKeys: [{ id: "key_b", key: KEYS.otherTenant }],
        wabas: [
          {
            id: IDS.wabaB,
            phoneNumbers: [{ id: IDS.phoneB1 }],
            templates: [{ name: "b_template", language: "en_US", category: "UTILITY", components: [body("Hello")] }],
          },
        ],
        tags: [{ id: IDS.tagB, name: "B" }],
        contacts: [{ id: IDS.bob, phone: IDS.bobPhone, displayName: "Bob" }],
        blacklist: [{ phone: "19998887777" }],
        inboundMessages: [{ from: IDS.bobPhone }],
      },
    ],
  };
  // Tenant A's catalog also holds the 25 tags of the 20-tag cap tests.
  return extendSeed(seed, { tenantId: IDS.tenantA, tags: manyTags.map((id, i) => ({ id, name: `Tag ${i + 1}` })) });
}
