// Template creation rules, review, listing, template media and library assets, in both HTTP modes.
import { describe, expect, it } from "vitest";
import { harness, metaError, MODES } from "./support/harness.js";
import { IDS, KEYS } from "./support/seed.js";

const PATH = `/v1/${IDS.wabaA}/message_templates`;
const create = (over: Record<string, unknown> = {}) => ({
  name: "order_update",
  language: "en_US",
  category: "UTILITY",
  components: [{ type: "BODY", text: "Hi {{1}}, order {{2}}.", example: { body_text: [["Ann", "1"]] } }],
  ...over,
});
const upload = (type = "image/jpeg") => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type }), "banner.jpg");
  return form;
};

describe.each(MODES)("templates (%s)", async (mode) => {
  const h = await harness(mode);
  const post = (json: unknown) => h.call("POST", PATH, { key: KEYS.all, json });
  const details = async (json: unknown) => metaError(await post(json), 400, 100).error_data?.details;

  it("creates a template PENDING with a numeric id; review is manual by default", async () => {
    const res = await post(create({ name: "created_one" }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: expect.stringMatching(/^[0-9]+$/), status: "PENDING", category: "UTILITY" });
    h.gateway.advanceClock(3600_000);
    const list = await h.call("GET", PATH, { key: KEYS.all, query: { name: "created_one" } });
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ id: res.body.id, status: "PENDING", parameter_format: "POSITIONAL" });
    h.gateway.approveTemplate(res.body.id);
    expect((await h.call("GET", PATH, { key: KEYS.all, query: { name: "created_one" } })).body.data[0].status).toBe("APPROVED");
  });

  it("validates the name charset, category and shape (400 code 100 naming the field)", async () => {
    expect(await details(create({ name: "Order-Update" }))).toMatch(/^name: /);
    expect(await details(create({ category: "PROMO" }))).toMatch(/^category: /);
    expect(await details(create({ components: [] }))).toMatch(/^components/);
    expect(await details(create({ extra: 1 }))).toMatch(/^extra: is not a known field/);
  });

  it("is unique per WABA and language: 409 code 100 template_name_exists; another language is fine", async () => {
    expect((await post(create({ name: "dup_check" }))).status).toBe(200);
    const error = metaError(await post(create({ name: "dup_check" })), 409, 100);
    expect(error.error_data?.reason).toBe("template_name_exists");
    expect((await post(create({ name: "dup_check", language: "pt_BR" }))).status).toBe(200);
    // Another tenant's WABA is 404, and the same name there is independent.
    metaError(await h.call("POST", `/v1/${IDS.wabaB}/message_templates`, { key: KEYS.all, json: create() }), 404, 100);
    expect((await h.call("POST", `/v1/${IDS.wabaB}/message_templates`, { key: KEYS.otherTenant, json: create({ name: "dup_check" }) })).status).toBe(200);
  });

  it("auto-detects NAMED from {{word}} placeholders and requires matching named examples", async () => {
    const named = {
      name: "named_auto",
      components: [{ type: "BODY", text: "Hi {{first_name}}", example: { body_text_named_params: [{ param_name: "first_name", example: "Ann" }] } }],
    };
    const res = await post(create(named));
    expect(res.status).toBe(200);
    const [listed] = (await h.call("GET", PATH, { key: KEYS.all, query: { name: "named_auto" } })).body.data;
    expect(listed.parameter_format).toBe("NAMED");
    expect(await details(create({ name: "named_bad", components: [{ type: "BODY", text: "Hi {{first_name}}", example: { body_text: [["Ann"]] } }] }))).toMatch(
      /body_text_named_params/,
    );
    expect(await details(create({ name: "mixed", components: [{ type: "BODY", text: "{{1}} {{name}}" }] }))).toMatch(/cannot be mixed/);
  });

  it("requires examples for variables", async () => {
    expect(await details(create({ components: [{ type: "BODY", text: "Hi {{1}}" }] }))).toMatch(/example/);
    expect(await details(create({ components: [{ type: "BODY", text: "Hi {{1}} {{2}}", example: { body_text: [["a"]] } }] }))).toMatch(/2 sample/);
  });

  it("enforces the URL button variable rules", async () => {
    const withUrl = (url: string, example?: string[]) =>
      create({
        name: `url_${Math.random().toString(36).slice(2, 8)}`,
        components: [{ type: "BODY", text: "Hi" }, { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url, ...(example ? { example } : {}) }] }],
      });
    expect((await post(withUrl("https://shop.example.com/orders/{{1}}", ["https://shop.example.com/orders/9"]))).status).toBe(200);
    expect((await post(withUrl("https://shop.example.com/track?id={{1}}", ["https://shop.example.com/track?id=9"]))).status).toBe(200);
    expect(await details(withUrl("https://shop.example.com/{{1}}/tracking", ["https://shop.example.com/9/tracking"]))).toMatch(/last token/);
    expect(await details(withUrl("https://shop.example.com/{{1}}/{{2}}", ["https://x"]))).toMatch(/at most one variable/);
    expect(await details(withUrl("https://shop.example.com/o/{{1}}"))).toMatch(/example/);
  });

  it("keeps CATALOG and MPM buttons alone in their template, CATALOG in MARKETING only", async () => {
    const withButtons = (category: string, ...buttons: unknown[]) =>
      create({
        name: `shop_${Math.random().toString(36).slice(2, 8)}`,
        category,
        components: [{ type: "BODY", text: "New arrivals" }, { type: "BUTTONS", buttons }],
      });
    const catalog = { type: "CATALOG", text: "View catalog" };
    const mpm = { type: "MPM", text: "View items" };
    expect((await post(withButtons("MARKETING", catalog))).status).toBe(200);
    expect((await post(withButtons("MARKETING", mpm))).status).toBe(200);
    expect(await details(withButtons("MARKETING", mpm, { type: "QUICK_REPLY", text: "Stop" }))).toBe(
      "components[1].buttons: MPM buttons must be the template's only button",
    );
    expect(await details(withButtons("UTILITY", catalog))).toMatch(/only allowed in MARKETING/);
  });

  it("enforces TTL ranges by category", async () => {
    expect(await details(create({ name: "ttl_u", message_send_ttl_seconds: 43_201 }))).toMatch(/^message_send_ttl_seconds/);
    expect((await post(create({ name: "ttl_u2", message_send_ttl_seconds: 43_200 }))).status).toBe(200);
    expect(await details(create({ name: "ttl_m", category: "MARKETING", message_send_ttl_seconds: 600 }))).toMatch(/^message_send_ttl_seconds/);
    const auth = {
      name: "otp_ttl",
      category: "AUTHENTICATION",
      message_send_ttl_seconds: 901,
      components: [{ type: "BODY", add_security_recommendation: true }, { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy" }] }],
    };
    expect(await details(create(auth))).toMatch(/^message_send_ttl_seconds/);
    expect((await post(create({ ...auth, message_send_ttl_seconds: 600 }))).status).toBe(200);
    expect(await details(create({ ...auth, name: "otp_text", message_send_ttl_seconds: 600, components: [{ type: "BODY", text: "Your code" }] }))).toBeTruthy();
  });

  it("automatic review decides after the configured delay on the mock clock", async () => {
    const auto = await harness(mode, { templateReview: { mode: "auto", delaySeconds: 120 } });
    const res = await auto.call("POST", PATH, { key: KEYS.all, json: create({ name: "auto_reviewed" }) });
    const status = async () => (await auto.call("GET", PATH, { key: KEYS.all, query: { name: "auto_reviewed" } })).body.data[0].status;
    expect(await status()).toBe("PENDING");
    auto.gateway.advanceClock(119_000);
    expect(await status()).toBe("PENDING");
    auto.gateway.advanceClock(1_000);
    expect(await status()).toBe("APPROVED");
    expect(res.body.status).toBe("PENDING");
  });

  it("list returns the WABA's templates, filtered by exact (case-sensitive) name", async () => {
    const all = (await h.call("GET", PATH, { key: KEYS.all })).body.data as { name: string }[];
    expect(all.map((t) => t.name)).toEqual(expect.arrayContaining(["order_shipped", "order_named", "still_pending"]));
    expect(all.some((t) => t.name === "b_template")).toBe(false);
    const filtered = (await h.call("GET", PATH, { key: KEYS.all, query: { name: "order_shipped" } })).body.data;
    expect(filtered.map((t: { language: string }) => t.language).sort()).toEqual(["en_US", "es_ES"]);
    expect((await h.call("GET", PATH, { key: KEYS.all, query: { name: "ORDER_SHIPPED" } })).body.data).toEqual([]);
    metaError(await h.call("GET", PATH, { key: KEYS.all, query: { name: "" } }), 400, 100);
  });

  it("template media: a 4:: handle valid for one template creation", async () => {
    const res = await h.call("POST", `/v1/${IDS.wabaA}/template_media`, { key: KEYS.all, body: upload() });
    expect(res.status).toBe(200);
    expect(res.body.header_handle).toMatch(/^4::/);
    const withHandle = (name: string) =>
      create({ name, components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: [res.body.header_handle] } }, { type: "BODY", text: "Hi" }] });
    expect((await post(withHandle("handle_first"))).status).toBe(200);
    expect(await details(withHandle("handle_second"))).toMatch(/already used/);
    metaError(await h.call("POST", `/v1/${IDS.wabaA}/template_media`, { key: KEYS.all, body: upload("text/plain") }), 400, 100);
  });

  it("honours header_media_file_id: the library asset's handle is injected into the media header", async () => {
    const res = await post(
      create({ name: "from_library", header_media_file_id: IDS.asset, components: [{ type: "HEADER", format: "IMAGE" }, { type: "BODY", text: "Hi" }] }),
    );
    expect(res.status).toBe(200);
    const [listed] = (await h.call("GET", PATH, { key: KEYS.all, query: { name: "from_library" } })).body.data;
    expect(listed.components[0].example.header_handle[0]).toMatch(/^4::/);
    expect(await details(create({ name: "lib_text", header_media_file_id: IDS.asset }))).toMatch(/^header_media_file_id/);
    metaError(
      await post(create({ name: "lib_missing", header_media_file_id: "cm_nope", components: [{ type: "HEADER", format: "IMAGE" }, { type: "BODY", text: "Hi" }] })),
      404,
      100,
    );
    // Uploading a library asset returns a file id usable the same way.
    const asset = await h.call("POST", "/v1/library/assets", { key: KEYS.all, body: upload("image/png") });
    expect(asset.body).toMatchObject({ file_id: expect.any(String), mime_type: "image/png", file_size: 3, filename: "banner.jpg" });
    expect(
      (await post(create({ name: "from_upload", header_media_file_id: asset.body.file_id, components: [{ type: "HEADER", format: "IMAGE" }, { type: "BODY", text: "Hi" }] })))
        .status,
    ).toBe(200);
  });

  it("a Cloud API media id used as header handle is rejected at (automatic) review", async () => {
    const auto = await harness(mode, { templateReview: { mode: "auto", delaySeconds: 0 } });
    const media = new FormData();
    media.set("messaging_product", "whatsapp");
    media.set("file", new Blob([new Uint8Array([1])], { type: "image/jpeg" }), "a.jpg");
    const { body } = await auto.call("POST", `/v1/${IDS.phoneA1}/media`, { key: KEYS.all, body: media });
    await auto.call("POST", PATH, {
      key: KEYS.all,
      json: create({ name: "wrong_handle", components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: [body.id] } }, { type: "BODY", text: "Hi" }] }),
    });
    const [listed] = (await auto.call("GET", PATH, { key: KEYS.all, query: { name: "wrong_handle" } })).body.data;
    expect(listed).toMatchObject({ status: "REJECTED", rejected_reason: "INVALID_FORMAT" });
  });
});
