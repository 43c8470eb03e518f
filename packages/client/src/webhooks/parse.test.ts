import { describe, expect, it } from "vitest";
import { messagesValue, webhookExample, webhookExamples } from "../../test/fixtures/webhooks.js";
import { isWebhookPayloadError, parseWebhook, WebhookPayloadError } from "./parse.js";
import type { WebhookEvent } from "./types.js";

const WABA = "102290129340398";
const NUMBER = { wabaId: WABA, phoneNumberId: "106540352242922", displayPhoneNumber: "15550783881" };
const only = (events: WebhookEvent[]) => {
  expect(events).toHaveLength(1);
  return events[0]!;
};

describe("parseWebhook: messages", () => {
  // Every inbound example of the spec: one message event of that type, with its number and sender.
  const inbound = Object.entries(webhookExamples("messages")).filter(([, p]) => p.entry.length === 1 && messagesValue(p).messages);

  it("finds an example of each inbound message type", () => {
    const types = new Set(inbound.map(([, p]) => messagesValue(p).messages![0]!.type));
    expect(types.size).toBe(15);
  });

  it.each(inbound)("%s: one message event with its type, number and sender", (_name, payload) => {
    const value = messagesValue(payload);
    const message = value.messages![0]!;
    const event = only(parseWebhook(payload));
    expect(event).toMatchObject({ kind: "message", field: "messages", ...NUMBER, message });
    if (event.kind !== "message") throw new Error("unreachable");
    expect(event.message.type).toBe(message.type);
    // The sender's contact, matched by wa_id or business-scoped user id (system messages have none).
    const expected = value.contacts?.find((c) => c.wa_id === message.from || (c.user_id && c.user_id === message.from_user_id));
    expect(event.contact).toEqual(expected);
    if (message.type !== "system") expect(event.contact).toBeDefined();
  });

  it("reads the payloads the message types carry", () => {
    const first = (name: string) => {
      const event = only(parseWebhook(webhookExample("messages", name)));
      if (event.kind !== "message") throw new Error(`${name} is not a message`);
      return event.message;
    };
    const button = first("quick_reply_button");
    expect(button.type === "button" && button.button.payload).toBe("TRACK_PKG_90211");
    const list = first("list_reply");
    expect(list.type === "interactive" && list.interactive?.type === "list_reply" && list.interactive.list_reply.id).toBe("priority-express");
    const flow = first("nfm_reply");
    expect(flow.type === "interactive" && flow.interactive?.type === "nfm_reply" && JSON.parse(flow.interactive.nfm_reply.response_json)).toMatchObject({ size: "M" });
    const text = first("text");
    expect(text.type === "text" && text.text.body).toBe("Olá! Does it come in another color? 👀");
    const unsupported = first("unsupported");
    expect(unsupported.errors?.[0]?.code).toBe(131051);
    const username = only(parseWebhook(webhookExample("messages", "username_user")));
    expect(username.kind === "message" && [username.message.from, username.contact?.profile?.username]).toEqual([undefined, "pablo.m"]);
  });

  it.each(["sent", "delivered", "read", "played", "failed"])("status %s: one status event", (name) => {
    const value = messagesValue(webhookExample("messages", name));
    const event = only(parseWebhook(webhookExample("messages", name)));
    expect(event).toMatchObject({ kind: "status", ...NUMBER, status: value.statuses![0] });
    if (event.kind !== "status") throw new Error("unreachable");
    expect(event.status.status).toBe(name);
    // The recipient's contact, where the status lists one (by wa_id, or by business-scoped user id for `read`).
    expect(event.contact).toEqual(value.contacts?.[0]);
  });

  it("reads a failed status's async error and a system-level error", () => {
    const failed = only(parseWebhook(webhookExample("messages", "failed")));
    expect(failed.kind === "status" && failed.status.errors?.[0]?.code).toBe(131047);
    const system = only(parseWebhook(webhookExample("messages", "system_error")));
    expect(system).toMatchObject({ kind: "error", ...NUMBER, error: { code: 131042 } });
  });

  it("yields every event of a payload with two entries and several changes, in order", () => {
    const events = parseWebhook(webhookExample("messages", "batched"));
    expect(events.map((e) => [e.kind, e.wabaId, "phoneNumberId" in e && e.phoneNumberId, e.kind === "message" ? e.contact?.wa_id : e.kind === "status" ? e.status.status : null])).toEqual([
      ["message", WABA, "106540352242922", "16505551234"],
      ["message", WABA, "106540352242922", "16505557777"],
      ["status", WABA, "106540352242922", "delivered"],
      ["status", WABA, "106540352242922", "read"],
      ["message", "102290129340400", "106540352242923", "16505551234"],
    ]);
    const texts = events.flatMap((e) => (e.kind === "message" && e.message.type === "text" ? [e.message.text.body] : []));
    expect(texts).toEqual(["First", "Second", "Third, to the second number"]);
  });

  it("matches each sender of a batch to their contact, a user with a hidden phone number by user id alone", () => {
    const value = {
      messaging_product: "whatsapp",
      metadata: { display_phone_number: NUMBER.displayPhoneNumber, phone_number_id: NUMBER.phoneNumberId },
      contacts: [
        { profile: { name: "Pablo", username: "pablo.m" }, user_id: "US.13491208655302741918" },
        { profile: { name: "Sheena" }, wa_id: "16505551234" },
      ],
      messages: [
        { from_user_id: "US.13491208655302741918", id: "wamid.A", timestamp: "1749416570", type: "text", text: { body: "Hola" } },
        { from: "16505551234", id: "wamid.B", timestamp: "1749416571", type: "text", text: { body: "Hi" } },
        { id: "wamid.C", timestamp: "1749416572", type: "text", text: { body: "no sender" } },
      ],
    };
    const events = parseWebhook({ object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages", value }] }] });
    expect(events.map((e) => (e.kind === "message" ? [e.message.from, e.message.from_user_id, e.contact?.profile?.name] : null))).toEqual([
      [undefined, "US.13491208655302741918", "Pablo"],
      ["16505551234", undefined, "Sheena"],
      [undefined, undefined, undefined],
    ]);
  });

  it("never matches a contact on a missing, null or empty wa_id or user id", () => {
    const value = {
      messaging_product: "whatsapp",
      metadata: { display_phone_number: NUMBER.displayPhoneNumber, phone_number_id: NUMBER.phoneNumberId },
      contacts: [
        { profile: { name: "Null ids" }, wa_id: null, user_id: null },
        { profile: { name: "Empty ids" }, wa_id: "", user_id: "" },
        { profile: { name: "Sheena" }, wa_id: "16505551234" },
      ],
      messages: [
        { from: null, from_user_id: null, id: "wamid.A", timestamp: "1749416570", type: "text", text: { body: "null sender" } },
        { from: "", from_user_id: "", id: "wamid.B", timestamp: "1749416571", type: "text", text: { body: "empty sender" } },
        { id: "wamid.C", timestamp: "1749416572", type: "text", text: { body: "no sender" } },
        { from: "16505551234", from_user_id: null, id: "wamid.D", timestamp: "1749416573", type: "text", text: { body: "Hi" } },
      ],
      statuses: [
        { id: "wamid.E", status: "sent", timestamp: "1749416574", recipient_id: null, recipient_user_id: null },
        { id: "wamid.F", status: "sent", timestamp: "1749416575", recipient_id: "" },
      ],
    };
    const events = parseWebhook({ object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages", value }] }] });
    expect(events.map((e) => (e.kind === "message" || e.kind === "status" ? e.contact?.profile?.name : e.kind))).toEqual([
      undefined,
      undefined,
      undefined,
      "Sheena",
      undefined,
      undefined,
    ]);
  });

  it("never matches a sender whose phone number is hidden as \"\" to another such contact", () => {
    const value = {
      messaging_product: "whatsapp",
      metadata: { display_phone_number: NUMBER.displayPhoneNumber, phone_number_id: NUMBER.phoneNumberId },
      contacts: [
        { profile: { name: "Pablo" }, wa_id: "", user_id: "US.13491208655302741918" },
        { profile: { name: "Ana" }, wa_id: "", user_id: "" },
      ],
      messages: [
        { from: "", from_user_id: "", id: "wamid.A", timestamp: "1749416570", type: "text", text: { body: "who am I" } },
        { from: "", from_user_id: "US.13491208655302741918", id: "wamid.B", timestamp: "1749416571", type: "text", text: { body: "Hola" } },
      ],
      statuses: [{ id: "wamid.S", status: "read", timestamp: "1749416572", recipient_id: "" }],
    };
    const events = parseWebhook({ object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages", value }] }] });
    expect(events.map((e) => ("contact" in e ? e.contact?.profile?.name : "-"))).toEqual([undefined, "Pablo", undefined]);
  });

  it("yields one user_preference event per preference, with the user's contact", () => {
    const payload = webhookExample("user_preferences", "stop");
    const value = payload.entry[0]!.changes[0]!.value as { user_preferences: unknown[]; contacts: unknown[] };
    expect(parseWebhook(payload)).toEqual([
      { kind: "user_preference", field: "user_preferences", ...NUMBER, preference: value.user_preferences[0], contact: value.contacts[0] },
    ]);
  });

  it("mixes messages, statuses and errors of one change, and fields of one entry, keeping payload order", () => {
    const text = webhookExample("messages", "text");
    const sent = webhookExample("messages", "sent");
    const approved = webhookExample("message_template_status_update", "approved");
    const payload = { ...text, entry: [{ ...text.entry[0]!, changes: [...approved.entry[0]!.changes, ...text.entry[0]!.changes, ...sent.entry[0]!.changes] }] };
    expect(parseWebhook(payload).map((e) => e.kind)).toEqual(["template_status", "message", "status"]);
  });
});

describe("parseWebhook: template events and other fields", () => {
  it.each([
    ["message_template_status_update", "approved", "template_status"],
    ["message_template_status_update", "rejected", "template_status"],
    ["message_template_status_update", "paused", "template_status"],
    ["message_template_quality_update", "quality", "template_quality"],
    ["template_category_update", "changed", "template_category"],
    ["template_category_update", "notice", "template_category"],
  ] as const)("%s (%s): a %s event with the update, the WABA and the entry time", (field, name, kind) => {
    const payload = webhookExample(field, name);
    const event = only(parseWebhook(payload));
    expect(event).toEqual({ kind, field, wabaId: WABA, time: payload.entry[0]!.time, update: payload.entry[0]!.changes[0]!.value });
  });

  it("passes a field it does not model through as an unknown event, never an error", () => {
    const value = { phone_number: "15550783881", event: "VERIFIED_ACCOUNT", nested: [1, { a: null }] };
    const payload = { object: "whatsapp_business_account", entry: [{ id: WABA, time: 5, changes: [{ field: "account_update", value }, { field: "calls", value: "not even an object" }] }] };
    expect(parseWebhook(payload)).toEqual([
      { kind: "unknown", field: "account_update", wabaId: WABA, time: 5, value },
      { kind: "unknown", field: "calls", wabaId: WABA, time: 5, value: "not even an object" },
    ]);
  });

  it("passes a field named like an Object.prototype key (__proto__, constructor, toString, ...) through as an unknown event", () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    expect(names).toEqual(expect.arrayContaining(["__proto__", "constructor", "toString", "hasOwnProperty"]));
    for (const field of names) {
      for (const value of [{ event: "X" }, "not an object"]) {
        const payload = { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field, value }] }] };
        const expected = [{ kind: "unknown", field, wabaId: WABA, value }];
        expect(parseWebhook(payload), field).toEqual(expected);
        expect(parseWebhook(JSON.stringify(payload)), field).toEqual(expected);
      }
    }
  });

  it("reads JSON whose objects have a __proto__ key (an own property of what JSON.parse gives) as any other key", () => {
    const payload = webhookExample("messages", "text");
    const json = JSON.stringify(payload)
      .replace('{"object":', '{"__proto__":{"object":"page","entry":[]},"object":')
      .replace('"metadata":{', '"metadata":{"__proto__":{"phone_number_id":"1"},')
      .replace('"type":"text",', '"type":"text","__proto__":{"type":"image"},');
    const event = only(parseWebhook(json));
    expect(event).toMatchObject({ kind: "message", ...NUMBER, message: { type: "text" } });
    expect(event.kind === "message" && Object.getPrototypeOf(event.message)).toBe(Object.prototype);
    expect(event.kind === "message" && Object.hasOwn(event.message, "__proto__")).toBe(true);
    const hidden = JSON.stringify(payload).replace('"object":"whatsapp_business_account"', '"__proto__":{"object":"whatsapp_business_account"}');
    expect(() => parseWebhook(hidden)).toThrow(/object/);
  });

  it("keeps properties Meta may add later", () => {
    const payload = webhookExample("messages", "text") as unknown as { entry: { changes: { value: { messages: Record<string, unknown>[] } }[] }[] };
    payload.entry[0]!.changes[0]!.value.messages[0]!.brand_new = { x: 1 };
    const event = only(parseWebhook(payload));
    expect(event.kind === "message" && (event.message as unknown as Record<string, unknown>).brand_new).toEqual({ x: 1 });
  });

  it("takes the JSON text as well as the parsed body", () => {
    const payload = webhookExample("messages", "batched");
    expect(parseWebhook(JSON.stringify(payload))).toEqual(parseWebhook(payload));
  });
});

describe("parseWebhook: not a webhook", () => {
  const text = () => webhookExample("messages", "text") as unknown as Record<string, any>;
  const cases: [string, unknown, string][] = [
    ["not JSON", "{oops", "body"],
    ["not an object", [1, 2], "payload"],
    ["null", null, "payload"],
    ["another object type", { ...text(), object: "page" }, "object"],
    ["no entry", { object: "whatsapp_business_account" }, "entry"],
    ["an entry that is not an object", { object: "whatsapp_business_account", entry: [1] }, "entry[0]"],
    ["an entry without id", { object: "whatsapp_business_account", entry: [{ changes: [] }] }, "entry[0].id"],
    ["an entry without changes", { object: "whatsapp_business_account", entry: [{ id: WABA }] }, "entry[0].changes"],
    ["a change without field", { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ value: {} }] }] }, "entry[0].changes[0].field"],
    ["a messages change without value", { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages" }] }] }, "entry[0].changes[0].value"],
    ["a template change with a string value", { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "message_template_status_update", value: "x" }] }] }, "entry[0].changes[0].value"],
    ["a messages change without metadata", { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages", value: { messaging_product: "whatsapp", messages: [] } }] }] }, "entry[0].changes[0].value.metadata.phone_number_id"],
    ["messages that are not an array", { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages", value: { metadata: { phone_number_id: "1" }, messages: {} } }] }] }, "entry[0].changes[0].value.messages"],
    ["a status that is not an object", { object: "whatsapp_business_account", entry: [{ id: WABA, changes: [{ field: "messages", value: { metadata: { phone_number_id: "1" }, statuses: ["x"] } }] }] }, "entry[0].changes[0].value.statuses[0]"],
  ];

  it.each(cases)("%s: a WebhookPayloadError naming %s", (_name, payload, path) => {
    let thrown: unknown;
    try {
      parseWebhook(payload);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WebhookPayloadError);
    expect(isWebhookPayloadError(thrown)).toBe(true);
    expect((thrown as WebhookPayloadError).path).toBe(path);
    expect((thrown as WebhookPayloadError).message).toContain(path);
  });

  it("recognises the error across realms by its brand, not its class", () => {
    const foreign = Object.assign(new Error("x"), { [Symbol.for("sigfollow.webhook-payload-error")]: true });
    expect(isWebhookPayloadError(foreign)).toBe(true);
    expect(isWebhookPayloadError(new Error("x"))).toBe(false);
    expect(isWebhookPayloadError(null)).toBe(false);
  });
});
