// The documented field rules that the spec's schemas enforce: each valid case passes and each
// documented violation fails, so the schemas cannot silently become looser.
import { describe, expect, it } from "vitest";
import { check } from "./spec.js";

const S = (name: string) => `/components/schemas/${name}`;

const text = (over: Record<string, unknown> = {}): unknown => ({
  messaging_product: "whatsapp",
  to: "16505551234",
  type: "text",
  text: { body: "hi" },
  ...over,
});

const template = (components: unknown, over: Record<string, unknown> = {}): unknown => ({
  messaging_product: "whatsapp",
  to: "16505551234",
  type: "template",
  template: { name: "t", language: { code: "en_US" }, components },
  ...over,
});

const createBody = (over: Record<string, unknown> = {}): unknown => ({
  name: "order_shipped",
  language: "en_US",
  category: "UTILITY",
  components: [{ type: "BODY", text: "Hello" }],
  ...over,
});

describe("send message", () => {
  const send = S("SendMessageRequest");

  it.each<[string, unknown]>([
    ["text", text()],
    ["text with context and formatted phone", text({ to: "+1 650-555-1234", context: { message_id: "wamid.X" } })],
    ["image by id", { messaging_product: "whatsapp", to: "16505551234", type: "image", image: { id: "123" } }],
    ["document by link with filename", { messaging_product: "whatsapp", to: "16505551234", type: "document", document: { link: "https://x.example/a.pdf", filename: "a.pdf", caption: "c" } }],
    ["video", { messaging_product: "whatsapp", to: "16505551234", type: "video", video: { id: "1" } }],
    ["voice audio", { messaging_product: "whatsapp", to: "16505551234", type: "audio", audio: { id: "1", voice: true } }],
    ["sticker", { messaging_product: "whatsapp", to: "16505551234", type: "sticker", sticker: { link: "https://x.example/s.webp" } }],
    ["location", { messaging_product: "whatsapp", to: "16505551234", type: "location", location: { latitude: 52.5, longitude: 13.4, name: "Office" } }],
    ["contacts", { messaging_product: "whatsapp", to: "16505551234", type: "contacts", contacts: [{ name: { formatted_name: "Ann Lee", first_name: "Ann" }, phones: [{ phone: "+1 555", type: "CELL" }] }] }],
    ["reaction removal", { messaging_product: "whatsapp", to: "16505551234", type: "reaction", reaction: { message_id: "wamid.X", emoji: "" } }],
    ["interactive buttons", { messaging_product: "whatsapp", to: "16505551234", type: "interactive", interactive: { type: "button", body: { text: "Pick" }, action: { buttons: [{ type: "reply", reply: { id: "a", title: "A" } }] } } }],
    ["interactive list", { messaging_product: "whatsapp", to: "16505551234", type: "interactive", interactive: { type: "list", body: { text: "Pick" }, action: { button: "Open", sections: [{ title: "S", rows: [{ id: "r", title: "R" }] }] } } }],
    ["interactive cta_url", { messaging_product: "whatsapp", to: "16505551234", type: "interactive", interactive: { type: "cta_url", body: { text: "Go" }, action: { name: "cta_url", parameters: { display_text: "Open", url: "https://x.example" } } } }],
    ["template currency, date_time, copy code", template([
      { type: "header", parameters: [{ type: "location", location: { latitude: 1, longitude: 2, name: "n", address: "a" } }] },
      { type: "body", parameters: [
        { type: "currency", currency: { fallback_value: "$10.99", code: "USD", amount_1000: 10990 } },
        { type: "date_time", date_time: { fallback_value: "Feb 25, 2026" } },
      ] },
      { type: "button", sub_type: "copy_code", index: 2, parameters: [{ type: "coupon_code", coupon_code: "SAVE25" }] },
      { type: "button", sub_type: "flow", index: "0", parameters: [{ type: "action", action: { flow_token: "t" } }] },
    ])],
  ])("accepts %s", (_name, body) => {
    expect(check(send, body)).toEqual([]);
  });

  it.each<[string, unknown]>([
    ["messaging_product other than whatsapp", text({ messaging_product: "sms" })],
    ["an unknown type", { messaging_product: "whatsapp", to: "16505551234", type: "fax", fax: {} }],
    ["a type without its object", { messaging_product: "whatsapp", to: "16505551234", type: "text" }],
    ["a missing recipient", { messaging_product: "whatsapp", type: "text", text: { body: "hi" } }],
    ["letters in the recipient", text({ to: "call-me" })],
    ["an empty text body", text({ text: { body: "" } })],
    ["a text body over 4096 characters", text({ text: { body: "x".repeat(4097) } })],
    ["an unknown top-level field", text({ surprise: true })],
    ["media with both id and link", { messaging_product: "whatsapp", to: "16505551234", type: "image", image: { id: "1", link: "https://x.example/a.jpg" } }],
    ["media with neither id nor link", { messaging_product: "whatsapp", to: "16505551234", type: "image", image: { caption: "c" } }],
    ["a caption on audio", { messaging_product: "whatsapp", to: "16505551234", type: "audio", audio: { id: "1", caption: "c" } }],
    ["four reply buttons", { messaging_product: "whatsapp", to: "16505551234", type: "interactive", interactive: { type: "button", body: { text: "Pick" }, action: { buttons: [1, 2, 3, 4].map((i) => ({ type: "reply", reply: { id: `${i}`, title: `${i}` } })) } } }],
    ["a header with two parameters", template([{ type: "header", parameters: [{ type: "text", text: "a" }, { type: "text", text: "b" }] }])],
    ["a currency parameter in a header", template([{ type: "header", parameters: [{ type: "currency", currency: { fallback_value: "1", code: "USD", amount_1000: 1 } }] }])],
    ["a quick reply button with a text parameter", template([{ type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "text", text: "x" }] }])],
    ["a button without index", template([{ type: "button", sub_type: "url", parameters: [{ type: "text", text: "x" }] }])],
    ["a button index of 10", template([{ type: "button", sub_type: "url", index: "10", parameters: [{ type: "text", text: "x" }] }])],
    ["a coupon code over 15 characters", template([{ type: "button", sub_type: "copy_code", index: 0, parameters: [{ type: "coupon_code", coupon_code: "X".repeat(16) }] }])],
    ["an uppercase parameter_name", template([{ type: "body", parameters: [{ type: "text", parameter_name: "Customer", text: "A" }] }])],
    ["a lowercase currency code", template([{ type: "body", parameters: [{ type: "currency", currency: { fallback_value: "1", code: "usd", amount_1000: 1 } }] }])],
  ])("rejects %s", (_name, body) => {
    expect(check(send, body)).not.toEqual([]);
  });
});

describe("create template", () => {
  const create = S("TemplateCreateRequest");

  it.each<[string, number]>([
    ["AUTHENTICATION", 30],
    ["AUTHENTICATION", 900],
    ["UTILITY", 30],
    ["UTILITY", 43200],
    ["MARKETING", 43200],
    ["MARKETING", 2592000],
  ])("accepts a %s TTL of %i seconds", (category, ttl) => {
    expect(check(create, createBody({ category, message_send_ttl_seconds: ttl }))).toEqual([]);
  });

  it.each<[string, number]>([
    ["AUTHENTICATION", 29],
    ["AUTHENTICATION", 901],
    ["UTILITY", 29],
    ["UTILITY", 43201],
    ["MARKETING", 43199],
    ["MARKETING", 2592001],
  ])("rejects a %s TTL of %i seconds", (category, ttl) => {
    expect(check(create, createBody({ category, message_send_ttl_seconds: ttl }))).not.toEqual([]);
  });

  it.each<[string, unknown]>([
    ["an uppercase name", createBody({ name: "Order_Shipped" })],
    ["a name with a hyphen", createBody({ name: "order-shipped" })],
    ["an unknown category", createBody({ category: "PROMO" })],
    ["an unknown parameter_format", createBody({ parameter_format: "MIXED" })],
    ["no BODY component", createBody({ components: [{ type: "FOOTER", text: "f" }] })],
    ["two BODY components", createBody({ components: [{ type: "BODY", text: "a" }, { type: "BODY", text: "b" }] })],
    ["a 1-D body_text example", createBody({ components: [{ type: "BODY", text: "Hi {{1}}", example: { body_text: ["Alice"] } }] })],
    ["a header text over 60 characters", createBody({ components: [{ type: "HEADER", format: "TEXT", text: "x".repeat(61) }, { type: "BODY", text: "b" }] })],
    ["an unknown header format", createBody({ components: [{ type: "HEADER", format: "GIFV" }, { type: "BODY", text: "b" }] })],
    ["eleven buttons", createBody({ components: [{ type: "BODY", text: "b" }, { type: "BUTTONS", buttons: Array.from({ length: 11 }, (_, i) => ({ type: "QUICK_REPLY", text: `b${i}` })) }] })],
    ["a button text over 25 characters", createBody({ components: [{ type: "BODY", text: "b" }, { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "x".repeat(26) }] }] })],
    ["a URL button with two example URLs", createBody({ components: [{ type: "BODY", text: "b" }, { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url: "https://x.example/{{1}}", example: ["https://x.example/a", "https://x.example/b"] }] }] })],
    ["an OTP button without otp_type", createBody({ category: "AUTHENTICATION", components: [{ type: "BODY", add_security_recommendation: true }, { type: "BUTTONS", buttons: [{ type: "OTP", text: "Copy" }] }] })],
    ["a code expiration over 90 minutes", createBody({ category: "AUTHENTICATION", components: [{ type: "BODY", add_security_recommendation: true }, { type: "FOOTER", code_expiration_minutes: 91 }] })],
  ])("rejects %s", (_name, body) => {
    expect(check(create, body)).not.toEqual([]);
  });

  it("accepts every header format and button type", () => {
    for (const header of [
      { type: "HEADER", format: "TEXT", text: "Hi {{1}}", example: { header_text: ["Al"] } },
      { type: "HEADER", format: "TEXT", text: "Hi {{name}}", example: { header_text_named_params: [{ param_name: "name", example: "Al" }] } },
      { type: "HEADER", format: "IMAGE", example: { header_handle: ["4::abc"] } },
      { type: "HEADER", format: "VIDEO", example: { header_handle: ["4::abc"] } },
      { type: "HEADER", format: "DOCUMENT" },
      { type: "HEADER", format: "LOCATION" },
    ]) {
      expect(check(create, createBody({ components: [header, { type: "BODY", text: "b" }] }))).toEqual([]);
    }
    const buttons = [
      { type: "QUICK_REPLY", text: "Yes" },
      { type: "URL", text: "Go", url: "https://x.example/{{1}}", example: ["https://x.example/a"] },
      { type: "PHONE_NUMBER", text: "Call", phone_number: "+15550001111" },
      { type: "COPY_CODE", example: "SAVE25" },
      { type: "FLOW", text: "Book", flow_id: "1", flow_action: "navigate", navigate_screen: "S1" },
      { type: "CATALOG", text: "View" },
      { type: "MPM", text: "Shop" },
      { type: "OTP", otp_type: "ONE_TAP", text: "Autofill", autofill_text: "Fill", supported_apps: [{ package_name: "com.example", signature_hash: "K8a/AINcGX7" }] },
    ];
    expect(check(create, createBody({ components: [{ type: "BODY", text: "b" }, { type: "BUTTONS", buttons }] }))).toEqual([]);
  });
});

describe("contacts and blacklist", () => {
  it("accepts null and omitted display names and rejects other types", () => {
    expect(check(S("ContactUpsertRequest"), { phone: "+1 650-555-1234", display_name: null })).toEqual([]);
    expect(check(S("ContactUpsertRequest"), { phone: "16505551234" })).toEqual([]);
    expect(check(S("ContactUpdateRequest"), {})).toEqual([]);
    expect(check(S("ContactUpdateRequest"), { display_name: null })).toEqual([]);
    expect(check(S("ContactUpdateRequest"), { display_name: 42 })).not.toEqual([]);
    expect(check(S("ContactUpdateRequest"), { phone: "16505551234" })).not.toEqual([]);
  });

  it("does not reject long display names: they are truncated to 128 when stored", () => {
    expect(check(S("ContactUpsertRequest"), { phone: "16505551234", display_name: "x".repeat(500) })).toEqual([]);
    expect(check(S("Contact"), { id: "c", tenantId: "t", phone: "1", displayName: "x".repeat(129), firstSeenAt: "2026-01-01T00:00:00Z", lastSeenAt: "2026-01-01T00:00:00Z", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z" })).not.toEqual([]);
  });

  it("rejects phones shorter than 5 characters and a reason over 500", () => {
    expect(check(S("ContactUpsertRequest"), { phone: "1234" })).not.toEqual([]);
    expect(check(S("ContactTagAssignRequest"), { tag_id: "cm5tag42", reason: "x".repeat(500) })).toEqual([]);
    expect(check(S("ContactTagAssignRequest"), { tag_id: "cm5tag42", reason: "x".repeat(501) })).not.toEqual([]);
    expect(check(S("ContactTagAssignRequest"), { reason: "no tag" })).not.toEqual([]);
    expect(check(S("BlacklistAddRequest"), { phone: "16505551234", reason: "x".repeat(501) })).not.toEqual([]);
  });

  it("keeps Contact and ContactWithTags apart", () => {
    const contact = { id: "c", tenantId: "t", phone: "16505551234", displayName: null, firstSeenAt: "2026-01-01T00:00:00Z", lastSeenAt: "2026-01-01T00:00:00Z", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-01T00:00:00Z" };
    expect(check(S("Contact"), contact)).toEqual([]);
    expect(check(S("Contact"), { ...contact, tags: [] })).not.toEqual([]);
    expect(check(S("ContactWithTags"), { ...contact, tags: [] })).toEqual([]);
    expect(check(S("ContactWithTags"), contact)).not.toEqual([]);
    const tag = { tagId: "t", tagName: "VIP", source: "API", reason: null, createdAt: "2026-01-01T00:00:00Z" };
    expect(check(S("ContactWithTags"), { ...contact, tags: Array(21).fill(tag) })).not.toEqual([]);
  });
});

describe("errors", () => {
  it("accepts the minimal documented error and rejects a body without code", () => {
    expect(check(S("ErrorResponse"), { error: { message: "m", type: "OAuthException", code: 190 } })).toEqual([]);
    expect(check(S("ErrorResponse"), { error: { message: "m", type: "OAuthException" } })).not.toEqual([]);
    expect(check(S("ErrorResponse"), { error: { message: "m", type: "OAuthException", code: 1, error_data: { details: "d" } } })).not.toEqual([]);
  });
});
