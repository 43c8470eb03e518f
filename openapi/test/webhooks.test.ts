// The `webhooks` section: what reaches the integrator's callback URL. Its examples are validated by
// examples.test.ts; this checks that they cover every event kind, that the schemas stay open to
// fields Meta adds later, and that they still reject what is not a webhook.
import { describe, expect, it } from "vitest";
import { check, type Json, type JsonObject, resolveRef, spec, webhookOperations } from "./spec.js";

const schemas = (spec.components as JsonObject).schemas as JsonObject;
const PAYLOAD = "/components/schemas/WebhookPayload";

/** The example payloads of one webhook, by name. */
function examplesOf(name: string): Record<string, JsonObject> {
  const op = webhookOperations().find((o) => o.path === name && o.method === "post")!;
  const media = ((op.operation.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject;
  return Object.fromEntries(Object.entries(media.examples as JsonObject).map(([k, v]) => [k, resolveRef<JsonObject>(v).value as JsonObject]));
}

/** Every change of every entry of some payloads. */
const changes = (payloads: JsonObject[]) =>
  payloads.flatMap((p) => (p.entry as JsonObject[]).flatMap((e) => e.changes as JsonObject[]));

const messagesExamples = Object.values(examplesOf("messages"));
const inbound = changes(messagesExamples).flatMap((c) => ((c.value as JsonObject).messages as JsonObject[] | undefined) ?? []);
const statuses = changes(messagesExamples).flatMap((c) => ((c.value as JsonObject).statuses as JsonObject[] | undefined) ?? []);

/** A deep copy of a value with an unknown property added to every object in it. */
function withUnknownEverywhere(value: Json): Json {
  if (Array.isArray(value)) return value.map(withUnknownEverywhere);
  if (value && typeof value === "object") {
    return { ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnknownEverywhere(v)])), added_by_meta_later: { x: 1 } };
  }
  return value;
}

describe("webhooks section", () => {
  it("describes the handshake and the five modelled fields, each marked inferred, with the signature header", () => {
    const found = webhookOperations().map((o) => [o.path, o.method, o.operation.operationId]);
    expect(found).toEqual([
      ["verification", "get", "webhookVerification"],
      ["messages", "post", "webhookMessages"],
      ["message_template_status_update", "post", "webhookTemplateStatus"],
      ["message_template_quality_update", "post", "webhookTemplateQuality"],
      ["template_category_update", "post", "webhookTemplateCategory"],
      ["user_preferences", "post", "webhookUserPreferences"],
    ]);
    for (const { operation, method } of webhookOperations()) {
      expect(operation["x-sigfollow-inferred"], String(operation.operationId)).toBe(true);
      expect(operation.tags).toEqual(["Webhooks"]);
      expect(operation.security).toEqual([]);
      if (method === "post") {
        expect(operation.parameters).toEqual([{ $ref: "#/components/parameters/WebhookSignature" }]);
        expect(Object.keys(operation.responses as JsonObject)).toEqual(["200", "401"]);
      }
    }
    const signature = resolveRef<JsonObject>({ $ref: "#/components/parameters/WebhookSignature" });
    expect(signature).toMatchObject({ name: "X-Hub-Signature-256", in: "header", required: true });
  });

  it("marks every webhook schema inferred and none closed to unknown properties", () => {
    const names = Object.keys(schemas).filter((n) => n.startsWith("Webhook"));
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const name of names) {
      const schema = schemas[name] as JsonObject;
      expect(schema["x-sigfollow-inferred"], name).toBe(true);
      const text = JSON.stringify(schema);
      expect(text, name).not.toContain('"additionalProperties":false');
      expect(text, name).not.toContain('"unevaluatedProperties":false');
    }
  });

  it("has an example of every inbound message type and interactive reply", () => {
    // The modelled types: the `const` of each member's `type` (the open member has none).
    const mapping = (name: string) =>
      ((schemas[name] as JsonObject).oneOf as JsonObject[])
        .map((ref) => (((resolveRef<JsonObject>(ref).properties as JsonObject).type as JsonObject).const as string | undefined))
        .filter((type): type is string => type !== undefined);
    expect(mapping("WebhookInboundMessage").sort()).toEqual(
      ["text", "image", "video", "audio", "document", "sticker", "location", "contacts", "reaction", "interactive", "button", "order", "system", "request_welcome", "unsupported"].sort(),
    );
    expect(new Set(inbound.map((m) => m.type))).toEqual(new Set(mapping("WebhookInboundMessage")));
    const replies = inbound.filter((m) => m.type === "interactive").map((m) => (m.interactive as JsonObject).type);
    expect(replies.sort()).toEqual(["button_reply", "list_reply", "nfm_reply"]);
    // context, referral, errors and a sender without a phone number (business-scoped user id only)
    expect(inbound.some((m) => m.context)).toBe(true);
    expect(inbound.some((m) => m.referral)).toBe(true);
    expect(inbound.some((m) => m.errors)).toBe(true);
    expect(inbound.some((m) => m.from === undefined && typeof m.from_user_id === "string")).toBe(true);
  });

  it("has an example of every status, with conversation, pricing, callback data and async errors", () => {
    const known = ((((schemas.WebhookStatus as JsonObject).properties as JsonObject).status as JsonObject).anyOf as JsonObject[])[0]!;
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(known.enum as string[]));
    for (const key of ["conversation", "pricing", "biz_opaque_callback_data", "errors"]) {
      expect(statuses.some((s) => s[key] !== undefined), key).toBe(true);
    }
    expect(statuses.some((s) => s.recipient_id === undefined && typeof s.recipient_user_id === "string")).toBe(true);
    expect(changes(messagesExamples).some((c) => (c.value as JsonObject).errors !== undefined)).toBe(true);
  });

  it("has examples of the template events, each under its own field", () => {
    for (const field of ["message_template_status_update", "message_template_quality_update", "template_category_update"]) {
      const found = changes(Object.values(examplesOf(field)));
      expect(found.length, field).toBeGreaterThan(0);
      expect(new Set(found.map((c) => c.field)), field).toEqual(new Set([field]));
    }
  });

  it("has a batched example with two entries and several changes", () => {
    const { batched } = examplesOf("messages");
    const entries = batched!.entry as JsonObject[];
    expect(entries).toHaveLength(2);
    expect(changes([batched!]).length).toBeGreaterThanOrEqual(3);
  });

  it("accepts an unknown property on every object of every example", () => {
    for (const name of ["messages", "message_template_status_update", "message_template_quality_update", "template_category_update", "user_preferences"]) {
      for (const [example, value] of Object.entries(examplesOf(name))) {
        expect(check(PAYLOAD, withUnknownEverywhere(value)), `${name}.${example}`).toEqual([]);
      }
    }
  });

  it("accepts a field it does not model, with any value", () => {
    const payload = {
      object: "whatsapp_business_account",
      entry: [{ id: "102290129340398", time: 1751247900, changes: [{ field: "account_update", value: { event: "VERIFIED_ACCOUNT" } }] }],
    };
    expect(check(PAYLOAD, payload)).toEqual([]);
    expect(check("/components/schemas/WebhookOtherChange", payload.entry[0]!.changes[0])).toEqual([]);
  });

  it("still rejects what is not a webhook, or a modelled field with a wrong value", () => {
    const [text] = messagesExamples;
    expect(check(PAYLOAD, { ...text, object: "page" })).not.toEqual([]);
    expect(check(PAYLOAD, { object: "whatsapp_business_account" })).not.toEqual([]);
    const noMetadata = structuredClone(text) as JsonObject;
    delete (((noMetadata.entry as JsonObject[])[0]!.changes as JsonObject[])[0]!.value as JsonObject).metadata;
    expect(check(PAYLOAD, noMetadata)).not.toEqual([]);
    // A modelled field cannot fall through to the catch-all schema.
    expect(check("/components/schemas/WebhookOtherChange", { field: "messages", value: {} })).not.toEqual([]);
    const statusWithoutId = { status: "sent", timestamp: "1" };
    expect(check("/components/schemas/WebhookStatus", statusWithoutId)).not.toEqual([]);
    const textWithoutBody = { id: "wamid.x", timestamp: "1", type: "text", text: {} };
    expect(check("/components/schemas/WebhookInboundMessage", textWithoutBody)).not.toEqual([]);
    // A modelled type cannot fall through to the open member.
    expect(check("/components/schemas/WebhookOtherMessage", { id: "wamid.x", timestamp: "1", type: "text" })).not.toEqual([]);
    expect(check("/components/schemas/WebhookInteractiveReply", { type: "list_reply", list_reply: {} })).not.toEqual([]);
    expect(check("/components/schemas/WebhookTemplateStatusUpdate", { event: "APPROVED", message_template_id: "1", message_template_name: "a", message_template_language: "en" })).not.toEqual([]);
  });

  it("is open where Meta is: message and reply types, statuses, template events, pricing categories", () => {
    const message = (extra: JsonObject) => ({ from: "16505551234", id: "wamid.x", timestamp: "1749416383", ...extra });
    for (const other of [
      message({ type: "unknown", errors: [{ code: 131051, title: "Message type unknown" }] }),
      message({ type: "revoke", revoke: { original_message_id: "wamid.y" } }),
      message({ type: "edit", edit: { original_message_id: "wamid.y", message: { type: "text", text: { body: "fixed" } } } }),
      message({ type: "interactive" }), // the object missing, next to value-level errors
      message({ type: "interactive", interactive: { type: "product_reply", product_reply: { id: "sku-1" } } }),
      message({ type: "system", system: { type: "user_changed_user_id", user_id: "US.1", previous_user_id: "US.0" } }),
      message({ type: "system", system: { type: "customer_changed_number", new_wa_id: "16505550000" } }),
      message({ type: "reaction", reaction: { message_id: "wamid.y" } }),
      message({ type: "unsupported", unsupported: { type: "poll" }, errors: [{ code: 131051 }] }),
    ]) {
      expect(check("/components/schemas/WebhookInboundMessage", other), JSON.stringify(other)).toEqual([]);
    }
    const status = { id: "wamid.x", status: "deleted", timestamp: "1", pricing: { category: "marketing_lite", type: "free_entry_point", pricing_model: "NEW" } };
    expect(check("/components/schemas/WebhookStatus", status)).toEqual([]);
    const template = { message_template_id: 1, message_template_name: "a", message_template_language: "en" };
    for (const update of [
      { ...template, event: "SOMETHING_NEW", other_info: { title: "ANOTHER_PAUSE", description: "" } },
      { ...template, event: "DISABLED", disable_info: { disable_date: 1751234563 } },
      { ...template, event: "FLAGGED", reason: null, disable_info: { disable_date: "January 31, 2021" } },
    ]) {
      expect(check("/components/schemas/WebhookTemplateStatusUpdate", update), JSON.stringify(update)).toEqual([]);
    }
  });
});
