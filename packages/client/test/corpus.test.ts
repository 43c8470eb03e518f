// The spec's webhook corpus (openapi/test/fixtures/webhooks: real bodies from public sources) through
// parseWebhook and, signed over the exact bytes, createWebhookHandler: every message, status, error,
// preference and other change becomes an event; nothing throws.
import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createWebhookHandler, parseWebhook, type WebhookEvent } from "../src/webhooks/index.js";

type Json = Record<string, unknown>;
const dir = new URL("../../../openapi/test/fixtures/webhooks/", import.meta.url);
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((file) => [file, readFileSync(new URL(file, dir), "utf8")] as const);

/** What each change of a body holds, item by item, read straight from the JSON. */
function expectedItems(raw: string): unknown[] {
  const body = JSON.parse(raw) as { entry: { changes: { field: string; value: Json }[] }[] };
  return body.entry.flatMap((entry) =>
    entry.changes.flatMap(({ field, value }) => {
      if (field === "messages") return ["messages", "statuses", "errors"].flatMap((key) => (value[key] as unknown[] | undefined) ?? []);
      if (field === "user_preferences") return value.user_preferences as unknown[];
      return [value];
    }),
  );
}

/** The item an event carries: the message, status, error, preference, update or unknown value. */
const itemOf = (event: WebhookEvent): unknown => {
  switch (event.kind) {
    case "message": return event.message;
    case "status": return event.status;
    case "error": return event.error;
    case "user_preference": return event.preference;
    case "unknown": return event.value;
    default: return event.update;
  }
};

const appSecret = "corpus-app-secret";
const sign = (raw: string) => `sha256=${createHmac("sha256", appSecret).update(raw, "utf8").digest("hex")}`;

describe("webhook corpus", () => {
  it("has the bodies", () => expect(corpus.length).toBeGreaterThanOrEqual(40));

  it.each(corpus)("%s: parseWebhook yields one event per item, in order", (_file, raw) => {
    const events = parseWebhook(raw);
    expect(events.map(itemOf)).toEqual(expectedItems(raw));
  });

  it.each(corpus)("%s: createWebhookHandler verifies the raw bytes and hands every event to its handler", async (_file, raw) => {
    const seen: WebhookEvent[] = [];
    const byHandler: WebhookEvent[] = [];
    const record = (event: WebhookEvent) => void byHandler.push(event);
    const handle = createWebhookHandler({
      appSecret,
      onEvent: (event) => void seen.push(event),
      onMessage: record,
      onStatus: record,
      onError: record,
      onTemplateStatus: record,
      onTemplateQuality: record,
      onTemplateCategory: record,
      onUserPreference: record,
      onUnknown: record,
    });
    const response = await handle(
      new Request("http://127.0.0.1/webhook", { method: "POST", headers: { "x-hub-signature-256": sign(raw), "content-type": "application/json" }, body: raw }),
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual(parseWebhook(raw));
    expect(byHandler).toEqual(seen);
  });
});
