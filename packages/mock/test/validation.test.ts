// Request validation from the spec, body limits and unknown routes, in both HTTP modes.
import { describe, expect, it } from "vitest";
import { harness, metaError, MODES, text } from "./support/harness.js";
import { IDS, KEYS } from "./support/seed.js";

const SEND = `/v1/${IDS.phoneA1}/messages`;

describe.each(MODES)("validation (%s)", async (mode) => {
  const h = await harness(mode);
  const details = async (path: string, json: unknown, method = "POST") => metaError(await h.call(method, path, { key: KEYS.all, json }), 400, 100).error_data?.details;

  it.each([
    [{ ...text(IDS.alicePhone), text: { body: "" } }, "text.body: must NOT have fewer than 1 characters"],
    [{ ...text(IDS.alicePhone), text: { body: "x".repeat(4097) } }, "text.body: must NOT have more than 4096 characters"],
    [{ messaging_product: "whatsapp", to: IDS.alicePhone, type: "text" }, "text: is required"],
    [{ ...text(IDS.alicePhone), messaging_product: "sms" }, 'messaging_product: must be "whatsapp"'],
    [{ ...text(IDS.alicePhone), type: "fax" }, "type: must be one of text, image, document, video, audio, sticker, location, contacts, reaction, interactive, template"],
    [{ messaging_product: "whatsapp", to: IDS.alicePhone }, "type: is required"],
    [{ ...text(IDS.alicePhone), to: "abc" }, "to: must match pattern"],
    [{ ...text(IDS.alicePhone), surprise: true }, "surprise: is not a known field"],
    [{ ...text(IDS.alicePhone), text: { body: "hi", bold: true } }, "text.bold: is not a known field"],
    [{ messaging_product: "whatsapp", to: IDS.alicePhone, type: "image", image: { link: "ftp://x" } }, "image.link"],
    [{ messaging_product: "whatsapp", to: IDS.alicePhone, type: "location", location: { latitude: 91, longitude: 0 } }, "location.latitude: must be <= 90"],
    [
      { messaging_product: "whatsapp", to: IDS.alicePhone, type: "template", template: { name: "no_vars", language: { code: "en_US" }, components: [{ type: "body", parameters: [{ type: "text" }] }] } },
      "template.components[0].parameters[0].text: is required",
    ],
    [{ messaging_product: "whatsapp", to: IDS.alicePhone, type: "interactive", interactive: { type: "button", body: { text: "x" }, action: { buttons: [] } } }, "interactive.action.buttons"],
    [[1, 2], "body: must be object"],
  ])("400 code 100 with details naming the field (%#)", async (json, expected) => {
    expect(await details(SEND, json)).toContain(expected);
  });

  it("malformed JSON, wrong or missing content type, empty body: 400 code 100", async () => {
    const raw = (body: string, headers: Record<string, string>) => h.call("POST", SEND, { key: KEYS.all, body, headers });
    expect(metaError(await raw("{not json", { "Content-Type": "application/json" }), 400, 100).error_data?.details).toMatch(/^body: malformed JSON/);
    expect(metaError(await raw(JSON.stringify(text(IDS.alicePhone)), { "Content-Type": "text/plain" }), 400, 100).error_data?.details).toMatch(/^Content-Type/);
    expect(metaError(await raw(JSON.stringify(text(IDS.alicePhone)), {}), 400, 100).error_data?.details).toMatch(/^Content-Type/);
    expect(metaError(await raw("", { "Content-Type": "application/json" }), 400, 100).error_data?.details).toMatch(/required/);
    expect((await raw(JSON.stringify(text(IDS.alicePhone)), { "Content-Type": "application/json; charset=utf-8" })).status).toBe(200);
    const form = new FormData();
    form.set("file", new Blob(["x"], { type: "image/png" }), "a.png");
    expect(metaError(await h.call("POST", "/v1/contacts", { key: KEYS.all, body: form }), 400, 100).error_data?.details).toMatch(/^Content-Type/);
    expect(metaError(await h.call("POST", "/v1/library/assets", { key: KEYS.all, json: { file: "x" } }), 400, 100).error_data?.details).toMatch(/multipart/);
  });

  it("an oversized body: 413 code 100 naming the limit; a too deeply nested one: 400 code 100", async () => {
    const big = { ...text(IDS.alicePhone), text: { body: "x".repeat(1024 * 1024) } };
    const tooLarge = metaError(await h.call("POST", SEND, { key: KEYS.all, json: big }), 413, 100);
    expect(tooLarge.message).toBe("(#100) Request body exceeds this operation's 1 MB limit");
    expect(tooLarge.error_data?.details).toBe("body: larger than the 1 MB limit");
    let deep: unknown = "x";
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(await details(SEND, { ...text(IDS.alicePhone), text: deep })).toMatch(/nested deeper/);
  });

  it("query parameters are validated and coerced from the spec", async () => {
    expect(metaError(await h.call("GET", "/v1/blacklist", { key: KEYS.all, query: { limit: "ten" } }), 400, 100).error_data?.details).toMatch(/^limit: /);
    expect((await h.call("GET", "/v1/blacklist", { key: KEYS.all, query: { limit: "1" } })).body.data).toHaveLength(1);
    expect(metaError(await h.call("POST", SEND, { key: KEYS.all, json: text(IDS.alicePhone), query: { filter_blacklist: "maybe" } }), 400, 100).error_data?.details).toMatch(/^filter_blacklist/);
  });

  it("unknown routes and methods get a Meta-style 404", async () => {
    for (const [method, path] of [
      ["GET", "/v1/unknown"],
      ["GET", "/v1"],
      ["PUT", `/v1/contacts/${IDS.alice}`],
      ["GET", `/v1/${IDS.phoneA1}/messages`],
      ["POST", "/v1/contacts/a/b/c/d"],
      ["GET", "/v1//contacts"],
    ] as const) {
      const error = metaError(await h.call(method, path, { key: KEYS.all }), 404, 100);
      expect(error.type).toBe("GraphMethodException");
    }
  });

  it("literal path segments win over parameters", async () => {
    expect((await h.call("GET", "/v1/contacts/by-phone", { key: KEYS.all, query: { phone: IDS.alicePhone } })).body.id).toBe(IDS.alice);
    // POST /v1/contacts/media is not uploadMedia for phone number "contacts".
    metaError(await h.call("POST", "/v1/contacts/media", { key: KEYS.all, json: {} }), 404, 100);
  });
});

describe("body limits on the standalone server", () => {
  it("refuses a body over 16 MB while streaming (413 code 100)", async () => {
    const h = await harness("standalone");
    const res = await h.call("POST", `/v1/${IDS.phoneA1}/media`, {
      key: KEYS.all,
      body: new Uint8Array(17 * 1024 * 1024),
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
    });
    expect(metaError(res, 413, 100).error_data?.details).toMatch(/16 MB/);
  });
});

describe.each(MODES)("configured body limits (%s)", async (mode) => {
  const h = await harness(mode, { limits: { uploadBytes: 1024 } });

  it("an upload over the configured limit: 413 code 100 naming it", async () => {
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("file", new Blob([new Uint8Array(2048)], { type: "image/png" }), "a.png");
    const error = metaError(await h.call("POST", `/v1/${IDS.phoneA1}/media`, { key: KEYS.all, body: form }), 413, 100);
    expect(error.message).toBe("(#100) Request body exceeds this operation's 1 KB limit");
    expect(error.error_data?.details).toBe("body: larger than the 1 KB limit");
  });
});
