// Sending messages: the eleven types, normalization, blacklist, 24-hour window, template rules and
// rate limits, in both HTTP modes.
import { describe, expect, it } from "vitest";
import { harness, metaError, MODES, text } from "./support/harness.js";
import { IDS, KEYS, testSeed } from "./support/seed.js";

const PATH = `/v1/${IDS.phoneA1}/messages`;
const envelope = { messaging_product: "whatsapp", to: IDS.alicePhone };

/** One valid body per message type. */
export const EVERY_TYPE = {
  text: { type: "text", text: { body: "Hi", preview_url: false } },
  image: { type: "image", image: { link: "https://example.com/a.jpg", caption: "c" } },
  document: { type: "document", document: { id: "123", filename: "a.pdf" } },
  video: { type: "video", video: { link: "https://example.com/a.mp4" } },
  audio: { type: "audio", audio: { id: "456", voice: true } },
  sticker: { type: "sticker", sticker: { id: "789" } },
  location: { type: "location", location: { latitude: 1.5, longitude: -2.5, name: "HQ" } },
  contacts: { type: "contacts", contacts: [{ name: { formatted_name: "Ann Lee", first_name: "Ann" }, phones: [{ phone: "+1 555", type: "CELL" }] }] },
  reaction: { type: "reaction", reaction: { message_id: "wamid.abc", emoji: "👍" } },
  interactive: {
    type: "interactive",
    interactive: { type: "button", body: { text: "Pick" }, action: { buttons: [{ type: "reply", reply: { id: "a", title: "A" } }] } },
  },
  template: { type: "template", template: { name: "no_vars", language: { code: "en_US" } } },
} as const;

const template = (name: string, components: unknown[] = [], code = "en_US") => ({
  ...envelope,
  type: "template",
  template: { name, language: { code }, components },
});
const bodyParams = (...values: string[]) => ({ type: "body", parameters: values.map((v) => ({ type: "text", text: v })) });
const named = (pairs: Record<string, string>) => ({
  type: "body",
  parameters: Object.entries(pairs).map(([parameter_name, v]) => ({ type: "text", parameter_name, text: v })),
});

describe.each(MODES)("messages (%s)", async (mode) => {
  const h = await harness(mode);
  const send = (json: unknown, o: { key?: string; query?: Record<string, string>; path?: string } = {}) =>
    h.call("POST", o.path ?? PATH, { key: o.key ?? KEYS.all, json, query: o.query });

  it.each(Object.entries(EVERY_TYPE))("accepts a %s message", async (type, payload) => {
    const res = await send({ ...envelope, ...payload, context: { message_id: "wamid.prev" } });
    expect(res.status).toBe(200);
    expect(res.body.messaging_product).toBe("whatsapp");
    expect(res.body.messages[0].id).toMatch(/^wamid\./);
    const recorded = h.gateway.messages().find((m) => m.id === res.body.messages[0].id);
    expect(recorded?.type).toBe(type);
  });

  it("normalizes `to` into wa_id and echoes the input", async () => {
    const res = await send(text("+1 650-555-1234"));
    expect(res.body.contacts).toEqual([{ input: "+1 650-555-1234", wa_id: IDS.alicePhone }]);
  });

  it("refuses a `to` that is too short once normalized (400 code 100 naming `to`)", async () => {
    expect(metaError(await send(text("+1 2-3")), 400, 100).error_data?.details).toMatch(/^to: /);
  });

  it("filter_blacklist=true with a blacklisted recipient: 422 code 131000 recipient_blacklisted, nothing recorded", async () => {
    h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA1, from: IDS.blacklisted });
    const before = h.gateway.messages().length;
    const error = metaError(await send(text(IDS.blacklisted), { query: { filter_blacklist: "true" } }), 422, 131000);
    expect(error.error_data?.reason).toBe("recipient_blacklisted");
    expect(h.gateway.messages()).toHaveLength(before);
    // Without the filter (or with false) the send goes through.
    expect((await send(text(IDS.blacklisted), { query: { filter_blacklist: "false" } })).status).toBe(200);
    expect((await send(text(IDS.blacklisted))).status).toBe(200);
    // A template send is filtered too.
    metaError(await send({ ...template("no_vars"), to: IDS.blacklisted }, { query: { filter_blacklist: "true" } }), 422, 131000);
    metaError(await send(text(IDS.blacklisted), { query: { filter_blacklist: "yes" } }), 400, 100);
  });

  it("free-form sends need an inbound message in the last 24 hours (131026), templates do not", async () => {
    const fresh = "447700900123";
    const error = metaError(await send(text(fresh)), 400, 131026);
    expect(error.error_data?.details).toContain(fresh);
    expect((await send({ ...template("no_vars"), to: fresh })).status).toBe(200);
    h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA1, from: `+${fresh}` });
    expect((await send(text(fresh))).status).toBe(200);
    // The window is per business phone number.
    h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA2, from: "447700900999" });
    metaError(await send(text("447700900999")), 400, 131026);
    // 24 hours later it is closed again.
    h.gateway.advanceClock(24 * 3600_000 - 1);
    expect((await send(text(fresh))).status).toBe(200);
    h.gateway.advanceClock(1);
    metaError(await send(text(fresh)), 400, 131026);
    h.gateway.setClock("2026-05-13T22:00:00.000Z");
  });

  it("a PAUSED template answers 132015 and a DISABLED one 132016 (400)", async () => {
    metaError(await send(template("paused_one")), 400, 132015);
    metaError(await send(template("disabled_one")), 400, 132016);
    // Unpaused, it sends again.
    h.gateway.approveTemplate(IDS.pausedTemplate);
    expect((await send(template("paused_one"))).status).toBe(200);
    h.gateway.setTemplateStatus(IDS.pausedTemplate, "PAUSED");
  });

  it("template must exist in the phone's WABA with that name and language and be APPROVED (404 code 132001)", async () => {
    for (const body of [
      template("nope"),
      template("order_shipped", [bodyParams("a", "b")], "fr_FR"),
      template("still_pending"),
      template("b_template"), // tenant B's WABA
    ]) {
      metaError(await send(body), 404, 132001);
    }
    expect((await send(template("order_shipped", [bodyParams("a", "b")], "es_ES"))).status).toBe(200);
    // Once approved through the control API, the pending one sends.
    h.gateway.approveTemplate(IDS.pendingTemplate);
    expect((await send(template("still_pending"))).status).toBe(200);
    h.gateway.setTemplateStatus(IDS.pendingTemplate, "PENDING");
  });

  it("parameter count per component must match (400 code 132000)", async () => {
    const error = metaError(await send(template("order_shipped", [bodyParams("only one")])), 400, 132000);
    expect(error.error_data?.details).toMatch(/body/);
    metaError(await send(template("order_shipped", [bodyParams("a", "b", "c")])), 400, 132000);
    metaError(await send(template("order_shipped")), 400, 132000);
    metaError(await send(template("no_vars", [bodyParams("x")])), 400, 132000);
    expect((await send(template("order_shipped", [bodyParams("a", "b")]))).status).toBe(200);
  });

  it("named vs positional must match the template (400 code 132012), named also when auto-detected", async () => {
    metaError(await send(template("order_named", [bodyParams("a", "b")])), 400, 132012);
    metaError(await send(template("order_shipped", [named({ a: "1", b: "2" })])), 400, 132012);
    metaError(await send(template("auto_named", [bodyParams("a")])), 400, 132012);
    expect((await send(template("auto_named", [named({ first_name: "Ann" })]))).status).toBe(200);
    expect((await send(template("order_named", [named({ order_id: "1", customer_name: "Ann" })]))).status).toBe(200);
    // A name that is not a placeholder is a count problem.
    metaError(await send(template("order_named", [named({ order_id: "1", wrong: "Ann" })])), 400, 132000);
  });

  it("header format must match (132012) and the header parameter is required (132000)", async () => {
    const imageHeader = { type: "header", parameters: [{ type: "image", image: { link: "https://cdn.example.com/a.jpg" } }] };
    const videoHeader = { type: "header", parameters: [{ type: "video", video: { link: "https://cdn.example.com/a.mp4" } }] };
    expect((await send(template("promo_image", [imageHeader, bodyParams("a")]))).status).toBe(200);
    const error = metaError(await send(template("promo_image", [videoHeader, bodyParams("a")])), 400, 132012);
    expect(error.error_data?.details).toMatch(/expected IMAGE/);
    metaError(await send(template("promo_image", [bodyParams("a")])), 400, 132000);
  });

  it("button parameters must target buttons that take them, at that index and sub_type", async () => {
    const qr = (index: string) => ({ type: "button", sub_type: "quick_reply", index, parameters: [{ type: "payload", payload: "P" }] });
    const url = (index: string) => ({ type: "button", sub_type: "url", index, parameters: [{ type: "text", text: "1" }] });
    const base = bodyParams("a");
    expect((await send(template("with_buttons", [base, qr("0"), url("1")]))).status).toBe(200);
    metaError(await send(template("with_buttons", [base, qr("1"), url("0")])), 400, 132012); // swapped sub_types
    metaError(await send(template("with_buttons", [base, qr("0"), url("1"), url("2")])), 400, 132000); // static URL takes none
    metaError(await send(template("with_buttons", [base, qr("0"), url("1"), qr("5")])), 400, 132000); // no button 5
    metaError(await send(template("with_buttons", [base, qr("0")])), 400, 132000); // dynamic URL missing
  });

  it("an mpm button shows at most 30 products across its sections (400 code 100)", async () => {
    const created = await h.call("POST", `/v1/${IDS.wabaA}/message_templates`, {
      key: KEYS.all,
      json: {
        name: "spring_picks",
        language: "en_US",
        category: "MARKETING",
        components: [{ type: "BODY", text: "Spring picks" }, { type: "BUTTONS", buttons: [{ type: "MPM", text: "View items" }] }],
      },
    });
    h.gateway.approveTemplate(created.body.id);
    const mpm = (...sizes: number[]) =>
      template("spring_picks", [
        {
          type: "button",
          sub_type: "mpm",
          index: "0",
          parameters: [
            {
              type: "action",
              action: {
                thumbnail_product_retailer_id: "SKU0",
                sections: sizes.map((n, s) => ({ title: `Picks ${s}`, product_items: Array.from({ length: n }, (_, i) => ({ product_retailer_id: `SKU${s}-${i}` })) })),
              },
            },
          ],
        },
      ]);
    const before = h.gateway.messages().length;
    expect((await send(mpm(15, 15))).status).toBe(200);
    const refused = metaError(await send(mpm(15, 16)), 400, 100);
    expect(refused.error_data?.details).toBe(
      "template.components[0].parameters[0].action.sections: button: an mpm button shows at most 30 products across its sections, received 31",
    );
    expect(h.gateway.messages()).toHaveLength(before + 1);
  });

  it("a rejected send records nothing", async () => {
    const before = h.gateway.messages().length;
    await send(template("order_shipped", [bodyParams("x")]));
    await send(text("447700900555"));
    await send({ ...envelope, type: "text" });
    expect(h.gateway.messages()).toHaveLength(before);
  });

  it("uploads media (multipart) and returns a media id", async () => {
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("file", new Blob([new Uint8Array([1, 2, 3])], { type: "image/jpeg" }), "a.jpg");
    const res = await h.call("POST", `/v1/${IDS.phoneA1}/media`, { key: KEYS.all, body: form });
    expect(res.status).toBe(200);
    expect(res.body.id).toMatch(/^[0-9]+$/);
    const bad = new FormData();
    bad.set("messaging_product", "whatsapp");
    bad.set("file", new Blob(["x"], { type: "application/x-msdownload" }), "a.exe");
    expect(metaError(await h.call("POST", `/v1/${IDS.phoneA1}/media`, { key: KEYS.all, body: bad }), 400, 100).error_data?.details).toMatch(/^file: /);
    const noProduct = new FormData();
    noProduct.set("file", new Blob(["x"], { type: "image/png" }), "a.png");
    expect(metaError(await h.call("POST", `/v1/${IDS.phoneA1}/media`, { key: KEYS.all, body: noProduct }), 400, 100).error_data?.details).toMatch(
      /^messaging_product/,
    );
    metaError(await h.call("POST", `/v1/${IDS.phoneA1}/media`, { key: KEYS.phone2Only, body: form }), 403, 200);
    metaError(await h.call("POST", `/v1/${IDS.phoneB1}/media`, { key: KEYS.all, body: form }), 404, 100);
  });
});

describe.each(MODES)("rate limit (%s)", async (mode) => {
  it("per key per second: 429 code 4 with Retry-After, until the clock moves on", async () => {
    const h = await harness(mode);
    const get = (key: string) => h.call("GET", `/v1/contacts/${IDS.alice}`, { key });
    for (let i = 0; i < 3; i++) expect((await get(KEYS.limited)).status).toBe(200);
    const res = await get(KEYS.limited);
    const error = metaError(res, 429, 4);
    expect(res.headers.get("retry-after")).toBe("1");
    expect(error.error_data?.details).toMatch(/3 requests per second/);
    expect((await get(KEYS.all)).status).toBe(200); // other keys are not affected
    h.gateway.advanceClock(1000);
    expect((await get(KEYS.limited)).status).toBe(200);
  });

  it("a gateway-wide default applies to keys without their own limit", async () => {
    const h = await harness(mode, { rateLimitPerSecond: 2 });
    const get = () => h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    metaError(await get(), 429, 4);
  });

  it("no default limit: SigFollow's docs give none; null lifts the seed's", async () => {
    const statuses = async (h: Awaited<ReturnType<typeof harness>>) => {
      const out = [];
      for (let i = 0; i < 30; i++) out.push((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status);
      return out;
    };
    // The clock is frozen: all 30 requests fall in the same second.
    expect(await statuses(await harness(mode))).toEqual(Array(30).fill(200));
    const unlimited = await harness(mode, { seed: { ...testSeed(), rateLimitPerSecond: 5 }, rateLimitPerSecond: null });
    expect(await statuses(unlimited)).toEqual(Array(30).fill(200));
    const seeded = await harness(mode, { seed: { ...testSeed(), rateLimitPerSecond: 5 } });
    expect(await statuses(seeded)).toEqual([...Array(5).fill(200), ...Array(25).fill(429)]);
  });
});
