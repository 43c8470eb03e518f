// The webhook corpus: real bodies from public sources (fixtures/webhooks, provenance in its
// SOURCES.md). Every one validates against the spec, and between them they cover what Meta sends.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, type JsonObject } from "./spec.js";

const dir = new URL("./fixtures/webhooks/", import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => ({ file, raw: readFileSync(new URL(file, dir), "utf8") }))
  .map(({ file, raw }) => ({ file, raw, body: JSON.parse(raw) as JsonObject }));

const changes = (body: JsonObject) => (body.entry as JsonObject[]).flatMap((e) => e.changes as JsonObject[]);
const values = (field: string) => corpus.flatMap(({ body }) => changes(body).filter((c) => c.field === field).map((c) => c.value as JsonObject));
const items = (key: string) => values("messages").flatMap((v) => (v[key] as JsonObject[] | undefined) ?? []);
const messages = items("messages");

describe("webhook corpus", () => {
  it("has at least 40 bodies, each named in SOURCES.md", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const sources = readFileSync(new URL("SOURCES.md", dir), "utf8");
    for (const { file } of corpus) expect(sources, file).toContain(`| \`${file}\` |`);
  });

  it.each(corpus.map((c) => [c.file, c.body] as const))("%s validates against WebhookPayload", (_file, body) => {
    expect(check("/components/schemas/WebhookPayload", body)).toEqual([]);
  });

  it("covers every inbound type the spec models, and types it does not", () => {
    const types = new Set(messages.map((m) => m.type));
    for (const type of ["text", "image", "video", "audio", "document", "sticker", "location", "contacts", "reaction", "interactive", "button", "order", "system", "request_welcome", "unsupported"]) {
      expect(types, type).toContain(type);
    }
    for (const type of ["unknown", "edit", "revoke"]) expect(types, type).toContain(type);
    const replies = new Set(messages.filter((m) => m.type === "interactive" && m.interactive).map((m) => (m.interactive as JsonObject).type));
    expect([...replies].sort()).toEqual(["button_reply", "call_permission_reply", "list_reply", "nfm_reply"]);
    expect(messages.some((m) => m.type === "interactive" && m.interactive === undefined)).toBe(true);
  });

  it("covers the details the spec models", () => {
    const system = messages.filter((m) => m.type === "system").map((m) => m.system as JsonObject);
    expect(new Set(system.map((s) => s.type))).toEqual(new Set(["user_changed_number", "user_changed_user_id", "customer_identity_changed"]));
    const reactions = messages.filter((m) => m.type === "reaction").map((m) => m.reaction as JsonObject);
    expect(reactions.some((r) => !("emoji" in r))).toBe(true);
    expect(reactions.some((r) => r.emoji === "")).toBe(true);
    expect(messages.some((m) => (m.audio as JsonObject | undefined)?.voice === true)).toBe(true);
    expect(messages.some((m) => (m.sticker as JsonObject | undefined)?.animated === true)).toBe(true);
    expect(messages.some((m) => typeof (m.image as JsonObject | undefined)?.url === "string")).toBe(true);
    expect(messages.some((m) => typeof (m.unsupported as JsonObject | undefined)?.type === "string")).toBe(true);
    expect(messages.some((m) => typeof (m.referral as JsonObject | undefined)?.ctwa_clid === "string")).toBe(true);
    for (const key of ["forwarded", "frequently_forwarded"]) {
      expect(messages.some((m) => (m.context as JsonObject | undefined)?.[key] !== undefined), key).toBe(true);
    }
    const statuses = items("statuses");
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["sent", "delivered", "read", "played", "failed"]));
    expect(values("user_preferences").length).toBeGreaterThan(0);
    const templates = values("message_template_status_update");
    expect(templates.some((t) => typeof (t.disable_info as JsonObject | undefined)?.disable_date === "string")).toBe(true);
    expect(templates.some((t) => t.rejection_info !== undefined)).toBe(true);
    expect(values("message_template_quality_update").length + values("template_category_update").length).toBeGreaterThan(0);
    // fields the spec does not model, passed through
    expect(corpus.some(({ body }) => changes(body).some((c) => c.field === "account_update"))).toBe(true);
  });

  it("has non-ASCII text, `/` escaped as `\\/`, and a batched body", () => {
    expect(corpus.some(({ raw }) => /[^\0-~]/.test(raw))).toBe(true);
    expect(corpus.filter(({ raw }) => raw.includes("\\/") && !raw.includes("\\\\/")).length).toBeGreaterThanOrEqual(2);
    expect(corpus.some(({ body }) => changes(body).length > 1)).toBe(true);
  });
});
