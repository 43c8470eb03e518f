// The account the CLI's tests pull from: one WABA with hand-written templates of every shape the
// drift check compares (named and positional bodies, a text header, an image header, buttons, a
// template in two languages, a PAUSED and a PENDING one) and 60 more, so a pull spans several of
// Meta's 25-template pages.
import type { MockSeed } from "@sigfollow/mock";

export const WABA = "300000000000001";
export const KEYS = {
  reader: "sflo_test_cliReader0000000000000001",
  revocable: "sflo_test_cliRevocable00000000000002",
  /** Without the templates:read scope. */
  sender: "sflo_test_cliSender0000000000000003",
} as const;
export const REVOCABLE_KEY_ID = "revocable";
export const IDS = { named: "710000000000001", actions: "710000000000002", header: "710000000000003", promo: "710000000000004" } as const;
export const BULK = 60;

type Wabas = NonNullable<NonNullable<MockSeed["tenants"]>[number]["wabas"]>;
/** A seed template that the tests edit in place (a seed's own arrays are readonly). */
type Template = NonNullable<Wabas[number]["templates"]>[number] & { components: unknown[] };

const named = (language: string, text: string): Template => ({
  name: "order_shipped_named",
  language,
  category: "UTILITY",
  parameter_format: "NAMED",
  components: [
    {
      type: "BODY",
      text,
      example: {
        body_text_named_params: [
          { param_name: "customer_name", example: "Alice" },
          { param_name: "order_id", example: "ORD-90211" },
          { param_name: "ship_date", example: "Apr 22" },
        ],
      },
    },
  ],
});

/** The templates of the seed, by a short name, each with a fixed id so the control API can address it. */
export function baseTemplates(): Record<string, Template> {
  return {
    named: { id: IDS.named, ...named("en_US", "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.") },
    namedEs: named("es_ES", "Hola {{customer_name}}, tu pedido {{order_id}} llegará el {{ship_date}}."),
    actions: {
      id: IDS.actions,
      name: "order_tracking",
      language: "en_US",
      category: "UTILITY",
      components: [
        { type: "BODY", text: "Your order {{1}} has shipped.", example: { body_text: [["ORD-90211"]] } },
        { type: "FOOTER", text: "Reply STOP to opt out" },
        {
          type: "BUTTONS",
          buttons: [
            { type: "QUICK_REPLY", text: "Track package" },
            { type: "URL", text: "View order", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] },
          ],
        },
      ],
    },
    header: {
      id: IDS.header,
      name: "order_update",
      language: "en_US",
      category: "UTILITY",
      components: [
        { type: "HEADER", format: "TEXT", text: "Order {{1}}", example: { header_text: ["ORD-90211"] } },
        { type: "BODY", text: "Hi {{1}}, your order was updated.", example: { body_text: [["Alice"]] } },
      ],
    },
    promo: {
      id: IDS.promo,
      name: "weekly_promo",
      language: "en_US",
      category: "MARKETING",
      components: [
        { type: "HEADER", format: "IMAGE", example: { header_handle: ["4::aW1hZ2UvanBlZw==:ARZcliweekly"] } },
        { type: "BODY", text: "Your weekly promo is here." },
      ],
    },
    paused: { name: "legacy_notice", language: "en_US", category: "UTILITY", status: "PAUSED", components: [{ type: "BODY", text: "Old notice." }] },
    pending: { name: "new_notice", language: "en_US", category: "UTILITY", status: "PENDING", components: [{ type: "BODY", text: "New notice." }] },
  };
}

/** 60 more APPROVED templates, `bulk_notice_00` to `bulk_notice_59`. */
export const bulkTemplates = (): Template[] =>
  Array.from({ length: BULK }, (_, i) => ({
    name: `bulk_notice_${String(i).padStart(2, "0")}`,
    language: "en_US",
    category: "UTILITY",
    components: [{ type: "BODY", text: `Notice ${i} for {{1}}.`, example: { body_text: [["Alice"]] } }],
  }));

/** The seed, with `change` applied to the hand-written templates first (edit one, or delete it). */
export function cliSeed(change: (templates: Record<string, Template>) => void = () => {}): MockSeed {
  const templates = baseTemplates();
  change(templates);
  return {
    version: 1,
    rngSeed: "sigfollow-cli",
    clock: { start: "2026-05-13T22:00:00.000Z", mode: "frozen" },
    tenants: [
      {
        id: "cli_tenant",
        apiKeys: [
          { id: "reader", key: KEYS.reader, scopes: ["templates:read"] },
          { id: REVOCABLE_KEY_ID, key: KEYS.revocable, scopes: ["templates:read"] },
          { id: "sender", key: KEYS.sender, scopes: ["messages:send"] },
        ],
        wabas: [{ id: WABA, phoneNumbers: [{ id: "310000000000001" }], templates: [...Object.values(templates), ...bulkTemplates()] }],
      },
    ],
  };
}

/** How many templates the seed has, and how many are APPROVED. */
export const COUNTS = { all: 7 + BULK, approved: 5 + BULK } as const;
