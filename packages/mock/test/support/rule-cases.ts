// One table of the gateway's rules, each as a request and the documented answer, played in order
// against a freshly reset gateway (test seed) with nothing but fetch. test/conformance.test.ts
// plays it in process and standalone; test/support/browser-entry.ts plays it under setupWorker in
// Chromium. Same table, same answers: the three run modes agree rule by rule.
import { IDS, KEYS, manyTags } from "./seed.js";

/** A request of the table, and what the gateway must answer. */
export interface RuleCase {
  rule: string;
  method: string;
  /** Path under the base URL; `{contact}` is the contact the table creates. */
  path: string;
  /** The API key; `null` sends none. Defaults to the tenant's all-scopes key. */
  key?: string | null;
  json?: unknown;
  /** A raw body instead of `json`. */
  raw?: string;
  /** @default "application/json" when there is a body */
  contentType?: string;
  expect: Outcome;
}

/** The answer a rule gets: its status and, for errors, the Meta code and `error_data.reason`. */
export interface Outcome {
  status: number;
  code?: number;
  reason?: string;
}

const send = (to: string, rest: Record<string, unknown>) => ({ messaging_product: "whatsapp", to, ...rest });
const text = (to: string, body = "Hello") => send(to, { type: "text", text: { body } });
const template = (name: string, components: unknown[] = []) => send(IDS.alicePhone, { type: "template", template: { name, language: { code: "en_US" }, components } });
const bodyParams = (...values: string[]) => ({ type: "body", parameters: values.map((v) => ({ type: "text", text: v })) });
const definition = (over: Record<string, unknown>) => ({
  name: "conformance_ok",
  language: "en_US",
  category: "UTILITY",
  components: [{ type: "BODY", text: "Hello" }],
  ...over,
});

const card = (index: number) => ({
  card_index: index,
  components: [
    { type: "header", parameters: [{ type: "image", image: { link: "https://example.com/card.jpg" } }] },
    bodyParams(`Card ${index}`),
    { type: "button", sub_type: "quick_reply", index: 0, parameters: [{ type: "payload", payload: `MORE_${index}` }] },
  ],
});
const offerEnd = { type: "limited_time_offer", parameters: [{ type: "limited_time_offer", limited_time_offer: { expiration_time_ms: 1798761600000 } }] };
const rows = (title: string, n: number) => ({ title, rows: Array.from({ length: n }, (_, i) => ({ id: `${title}${i}`, title: `Row ${i}` })) });
const list = (sections: unknown[]) =>
  send(IDS.alicePhone, { type: "interactive", interactive: { type: "list", body: { text: "Pick one" }, action: { button: "Options", sections } } });
const products = (title: string, n: number) => ({ title, product_items: Array.from({ length: n }, (_, i) => ({ product_retailer_id: `${title}-${i}` })) });
const productList = (sections: unknown[]) =>
  send(IDS.alicePhone, {
    type: "interactive",
    interactive: { type: "product_list", header: { type: "text", text: "Catalog" }, body: { text: "Pick" }, action: { catalog_id: "1234567890", sections } },
  });

const MESSAGES = `/v1/${IDS.phoneA1}/messages`;
const TEMPLATES = `/v1/${IDS.wabaA}/message_templates`;
const ok = { status: 200 };
const invalid = { status: 400, code: 100 };
const notFound = { status: 404, code: 100 };

export const RULE_CASES: RuleCase[] = [
  // Auth, scopes, tenant isolation
  { rule: "no API key", method: "GET", path: `/v1/contacts/${IDS.alice}`, key: null, expect: { status: 401, code: 190 } },
  { rule: "unknown API key", method: "GET", path: `/v1/contacts/${IDS.alice}`, key: "sflo_test_unknownunknownunknown00", expect: { status: 401, code: 190 } },
  { rule: "revoked API key", method: "GET", path: `/v1/contacts/${IDS.alice}`, key: KEYS.revoked, expect: { status: 401, code: 190 } },
  { rule: "missing scope", method: "POST", path: "/v1/contacts", key: KEYS.contactsRead, json: { phone: "15550001111" }, expect: { status: 403, code: 200 } },
  { rule: "phone number outside allowedPhoneNumberIds", method: "POST", path: MESSAGES, key: KEYS.phone2Only, json: text(IDS.alicePhone), expect: { status: 403, code: 200 } },
  { rule: "another tenant's contact", method: "GET", path: `/v1/contacts/${IDS.bob}`, expect: notFound },
  { rule: "another tenant's phone number", method: "POST", path: `/v1/${IDS.phoneB1}/messages`, json: text(IDS.bobPhone), expect: notFound },
  { rule: "another tenant's WABA", method: "GET", path: `/v1/${IDS.wabaB}/message_templates`, expect: notFound },
  // Request validation
  { rule: "body fails the schema", method: "POST", path: MESSAGES, json: text(IDS.alicePhone, ""), expect: invalid },
  { rule: "malformed JSON", method: "POST", path: MESSAGES, raw: '{"messaging_product":', contentType: "application/json", expect: invalid },
  { rule: "wrong Content-Type", method: "POST", path: MESSAGES, raw: JSON.stringify(text(IDS.alicePhone)), contentType: "text/plain", expect: invalid },
  { rule: "body over 1 MB", method: "POST", path: MESSAGES, json: text(IDS.alicePhone, "x".repeat(1_100_000)), expect: { status: 413, code: 100 } },
  { rule: "unknown route", method: "GET", path: "/v1/nowhere", expect: notFound },
  // Messages
  { rule: "text send accepted", method: "POST", path: MESSAGES, json: text("+1 650-555-1234"), expect: ok },
  { rule: "blacklisted recipient with filter_blacklist", method: "POST", path: `${MESSAGES}?filter_blacklist=true`, json: text(IDS.blacklisted), expect: { status: 422, code: 131000, reason: "recipient_blacklisted" } },
  { rule: "blacklisted recipient without filter_blacklist", method: "POST", path: MESSAGES, json: send(IDS.blacklisted, { type: "template", template: { name: "no_vars", language: { code: "en_US" } } }), expect: ok },
  { rule: "free-form send outside the 24-hour window", method: "POST", path: MESSAGES, json: text(IDS.bobPhone), expect: { status: 400, code: 131026 } },
  { rule: "template send outside the window", method: "POST", path: MESSAGES, json: send(IDS.bobPhone, { type: "template", template: { name: "no_vars", language: { code: "en_US" } } }), expect: ok },
  { rule: "unknown template", method: "POST", path: MESSAGES, json: template("no_such_template"), expect: { status: 404, code: 132001 } },
  { rule: "template in another language only", method: "POST", path: MESSAGES, json: send(IDS.alicePhone, { type: "template", template: { name: "order_named", language: { code: "es_ES" } } }), expect: { status: 404, code: 132001 } },
  { rule: "template not APPROVED", method: "POST", path: MESSAGES, json: template("still_pending"), expect: { status: 404, code: 132001 } },
  { rule: "template PAUSED", method: "POST", path: MESSAGES, json: template("paused_one"), expect: { status: 400, code: 132015 } },
  { rule: "template DISABLED", method: "POST", path: MESSAGES, json: template("disabled_one"), expect: { status: 400, code: 132016 } },
  { rule: "template header text parameter over 60 characters", method: "POST", path: MESSAGES, json: template("text_header", [{ type: "header", parameters: [{ type: "text", text: "x".repeat(61) }] }]), expect: invalid },
  { rule: "template header text parameter of 60 characters", method: "POST", path: MESSAGES, json: template("text_header", [{ type: "header", parameters: [{ type: "text", text: "x".repeat(60) }] }]), expect: ok },
  { rule: "carousel send, every card by its card_index", method: "POST", path: MESSAGES, json: template("carousel_picks", [bodyParams(), { type: "carousel", cards: [card(1), card(0)] }]), expect: ok },
  { rule: "carousel send missing a card", method: "POST", path: MESSAGES, json: template("carousel_picks", [bodyParams(), { type: "carousel", cards: [card(0)] }]), expect: { status: 400, code: 132000 } },
  { rule: "carousel send to a template without one", method: "POST", path: MESSAGES, json: template("no_vars", [{ type: "carousel", cards: [card(0)] }]), expect: { status: 400, code: 132000 } },
  { rule: "limited-time offer send with its end", method: "POST", path: MESSAGES, json: template("flash_sale", [offerEnd]), expect: ok },
  { rule: "limited-time offer send without its end", method: "POST", path: MESSAGES, json: template("flash_sale"), expect: { status: 400, code: 132000 } },
  { rule: "list of more than 10 rows across its sections", method: "POST", path: MESSAGES, json: list([rows("a", 6), rows("b", 5)]), expect: invalid },
  { rule: "list of 10 rows across its sections", method: "POST", path: MESSAGES, json: list([rows("a", 5), rows("b", 5)]), expect: ok },
  { rule: "list of several sections, one without a title", method: "POST", path: MESSAGES, json: list([rows("a", 2), { rows: rows("b", 2).rows }]), expect: invalid },
  { rule: "product list of more than 30 products across its sections", method: "POST", path: MESSAGES, json: productList([products("a", 16), products("b", 15)]), expect: invalid },
  { rule: "product list of 30 products across its sections", method: "POST", path: MESSAGES, json: productList([products("a", 15), products("b", 15)]), expect: ok },
  { rule: "parameter count", method: "POST", path: MESSAGES, json: template("order_shipped", [bodyParams("Ann")]), expect: { status: 400, code: 132000 } },
  { rule: "positional values for a NAMED template", method: "POST", path: MESSAGES, json: template("order_named", [bodyParams("Ann", "1")]), expect: { status: 400, code: 132012 } },
  { rule: "header format", method: "POST", path: MESSAGES, json: template("promo_image", [{ type: "header", parameters: [{ type: "video", video: { link: "https://example.com/v.mp4" } }] }, bodyParams("Ann")]), expect: { status: 400, code: 132012 } },
  { rule: "button parameter for a static URL button", method: "POST", path: MESSAGES, json: template("with_buttons", [bodyParams("1"), { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "P" }] }, { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "1" }] }, { type: "button", sub_type: "url", index: "2", parameters: [{ type: "text", text: "2" }] }]), expect: { status: 400, code: 132000 } },
  { rule: "template send accepted", method: "POST", path: MESSAGES, json: template("order_shipped", [bodyParams("Ann", "ORD-1")]), expect: ok },
  // Per-key rate limit (3 per second for this key)
  ...[1, 2, 3].map((n): RuleCase => ({ rule: `rate limit: request ${n} of 3`, method: "GET", path: `/v1/contacts/${IDS.alice}`, key: KEYS.limited, expect: ok })),
  { rule: "rate limit: the 4th request in the second", method: "GET", path: `/v1/contacts/${IDS.alice}`, key: KEYS.limited, expect: { status: 429, code: 4 } },
  // Template creation
  { rule: "template name charset", method: "POST", path: TEMPLATES, json: definition({ name: "Order-Update" }), expect: invalid },
  { rule: "template category", method: "POST", path: TEMPLATES, json: definition({ category: "PROMO" }), expect: invalid },
  { rule: "variables need examples", method: "POST", path: TEMPLATES, json: definition({ components: [{ type: "BODY", text: "Hi {{1}}" }] }), expect: invalid },
  { rule: "URL variable must be the last token", method: "POST", path: TEMPLATES, json: definition({ components: [{ type: "BODY", text: "Hi" }, { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url: "https://e.x/{{1}}/t", example: ["https://e.x/1/t"] }] }] }), expect: invalid },
  { rule: "TTL outside the category's range", method: "POST", path: TEMPLATES, json: definition({ message_send_ttl_seconds: 10 }), expect: invalid },
  { rule: "AUTHENTICATION template without its OTP button", method: "POST", path: TEMPLATES, json: definition({ category: "AUTHENTICATION", components: [{ type: "BODY", add_security_recommendation: true }] }), expect: invalid },
  { rule: "template name taken in the WABA and language", method: "POST", path: TEMPLATES, json: definition({ name: "order_shipped" }), expect: { status: 409, code: 100, reason: "template_name_exists" } },
  { rule: "template created", method: "POST", path: TEMPLATES, json: definition({}), expect: ok },
  { rule: "template list by exact name", method: "GET", path: `${TEMPLATES}?name=conformance_ok`, expect: ok },
  // Contacts and tags
  { rule: "contact phone under 5 characters", method: "POST", path: "/v1/contacts", json: { phone: "+1 23" }, expect: invalid },
  { rule: "contact upsert", method: "POST", path: "/v1/contacts", json: { phone: "+44 7700-900 555", display_name: "Conformance" }, expect: ok },
  { rule: "contact by phone, normalized", method: "GET", path: "/v1/contacts/by-phone?phone=%2B447700900555", expect: ok },
  { rule: "contact PATCH", method: "PATCH", path: "/v1/contacts/{contact}", json: { display_name: null }, expect: ok },
  { rule: "unknown tag", method: "POST", path: "/v1/contacts/{contact}/tags", json: { tag_id: "cm_tag_missing" }, expect: notFound },
  { rule: "soft-deleted tag", method: "POST", path: "/v1/contacts/{contact}/tags", json: { tag_id: IDS.tagDeleted }, expect: notFound },
  { rule: "another tenant's tag", method: "POST", path: "/v1/contacts/{contact}/tags", json: { tag_id: IDS.tagB }, expect: notFound },
  { rule: "tag reason over 500", method: "POST", path: "/v1/contacts/{contact}/tags", json: { tag_id: IDS.tagVip, reason: "r".repeat(501) }, expect: invalid },
  ...manyTags.slice(0, 20).map((tag_id, i): RuleCase => ({ rule: `tag ${i + 1} of 20`, method: "POST", path: "/v1/contacts/{contact}/tags", json: { tag_id }, expect: ok })),
  { rule: "21st tag", method: "POST", path: "/v1/contacts/{contact}/tags", json: { tag_id: manyTags[20] }, expect: { status: 409, code: 131000, reason: "tag_limit_reached" } },
  { rule: "tag removal", method: "DELETE", path: `/v1/contacts/{contact}/tags/${manyTags[0]}`, expect: ok },
  { rule: "tag removal again (idempotent)", method: "DELETE", path: `/v1/contacts/{contact}/tags/${manyTags[0]}`, expect: ok },
  { rule: "contact delete", method: "DELETE", path: "/v1/contacts/{contact}", expect: ok },
  { rule: "deleted contact", method: "GET", path: "/v1/contacts/{contact}", expect: notFound },
  // Blacklist
  { rule: "blacklist add", method: "POST", path: "/v1/blacklist", json: { phone: "+1 650-555-9999", reason: "Asked to stop" }, expect: ok },
  { rule: "blacklist check, listed", method: "GET", path: "/v1/blacklist/16505559999", expect: ok },
  { rule: "blacklist list", method: "GET", path: "/v1/blacklist?limit=1", expect: ok },
  { rule: "blacklist remove", method: "DELETE", path: "/v1/blacklist/16505559999", expect: ok },
  { rule: "blacklist check, removed", method: "GET", path: "/v1/blacklist/16505559999", expect: notFound },
  // The control API: the mock clock closes the window
  { rule: "control: advance the clock 25 hours", method: "POST", path: "/__mock/clock/advance", key: null, json: { hours: 25 }, expect: ok },
  { rule: "free-form send once the window closed", method: "POST", path: MESSAGES, json: text(IDS.alicePhone), expect: { status: 400, code: 131026 } },
  { rule: "control: an inbound message reopens it", method: "POST", path: "/__mock/inbound", key: null, json: { phoneNumberId: IDS.phoneA1, from: IDS.alicePhone }, expect: ok },
  { rule: "free-form send in the reopened window", method: "POST", path: MESSAGES, json: text(IDS.alicePhone), expect: ok },
];

/** One played case: the rule, what came back, and whether an error body was Meta-shaped. */
export interface Played extends Outcome {
  rule: string;
  metaShaped?: boolean;
}

/** The table's expectations, in the form {@link playRuleCases} reports. */
export const expectedOutcomes = (): Played[] =>
  RULE_CASES.map(({ rule, expect }) => ({ rule, ...expect, ...(expect.status >= 400 ? { metaShaped: true } : {}) }));

/** Resets the gateway at `baseUrl` to its seed, then plays every case in order. */
export async function playRuleCases(baseUrl: string): Promise<Played[]> {
  const reset = await fetch(`${baseUrl}/__mock/reset`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
  if (!reset.ok) throw new Error(`reset failed: HTTP ${reset.status}`);
  let contact = "";
  const played: Played[] = [];
  for (const c of RULE_CASES) {
    const headers: Record<string, string> = {};
    const key = c.key === undefined ? KEYS.all : c.key;
    if (key) headers.Authorization = `Bearer ${key}`;
    let body: string | undefined = c.raw;
    if (c.json !== undefined) body = JSON.stringify(c.json);
    if (body !== undefined) headers["Content-Type"] = c.contentType ?? "application/json";
    const response = await fetch(baseUrl + c.path.replace("{contact}", contact), { method: c.method, headers, body });
    const parsed = (await response.json().catch(() => null)) as { id?: string; error?: Record<string, unknown> & { error_data?: { reason?: string } } } | null;
    if (c.rule === "contact upsert" && parsed?.id) contact = parsed.id;
    const outcome: Played = { rule: c.rule, status: response.status };
    if (response.status >= 400) {
      const error = parsed?.error;
      if (typeof error?.code === "number") outcome.code = error.code;
      if (error?.error_data?.reason !== undefined) outcome.reason = error.error_data.reason;
      outcome.metaShaped = typeof error?.message === "string" && typeof error.type === "string" && typeof error.fbtrace_id === "string";
    }
    played.push(outcome);
  }
  return played;
}
