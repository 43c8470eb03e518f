import { describe, expect, it, vi } from "vitest";
import { APP_SECRET, webhookExample } from "../../test/fixtures/webhooks.js";
import { createWebhookHandler, type WebhookHandlerOptions } from "./handler.js";
import { escapeNonAscii, signWebhookPayload } from "./signature.js";
import type { WebhookEvent } from "./types.js";

const URL_ = "https://receiver.example.com/webhook";
const VERIFY_TOKEN = "verify-me";

/** A handler that records every event it is given, and by which option. */
function recording(extra: Partial<WebhookHandlerOptions> = {}) {
  const calls: [string, WebhookEvent][] = [];
  const record = (name: string) => (event: WebhookEvent) => void calls.push([name, event]);
  const handle = createWebhookHandler({
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    onMessage: record("onMessage"),
    onStatus: record("onStatus"),
    onTemplateStatus: record("onTemplateStatus"),
    onTemplateQuality: record("onTemplateQuality"),
    onTemplateCategory: record("onTemplateCategory"),
    onError: record("onError"),
    onUnknown: record("onUnknown"),
    ...extra,
  });
  return { handle, calls, names: () => calls.map(([name]) => name) };
}

async function post(handle: (r: Request) => Promise<Response>, body: string, signature: string | null, headers: Record<string, string> = {}) {
  const response = await handle(
    new Request(URL_, { method: "POST", body, headers: { "content-type": "application/json", ...(signature && { "x-hub-signature-256": signature }), ...headers } }),
  );
  return { status: response.status, text: await response.text() };
}

async function signed(payload: Parameters<typeof signWebhookPayload>[0]) {
  const { body, signature } = await signWebhookPayload(payload, APP_SECRET);
  return { body, signature };
}

describe("createWebhookHandler: the GET handshake", () => {
  it("answers 200 with the challenge for the right token, 403 otherwise", async () => {
    const { handle } = recording();
    const get = (query: string) => handle(new Request(`${URL_}?${query}`));
    const ok = await get(`hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect([ok.status, await ok.text()]).toEqual([200, "1158201444"]);
    expect((await get("hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1")).status).toBe(403);
    expect((await get(`hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`)).status).toBe(403);
    expect((await get("")).status).toBe(403);
  });

  it("refuses every handshake when no verify token is configured", async () => {
    const handle = createWebhookHandler({ appSecret: APP_SECRET });
    const response = await handle(new Request(`${URL_}?hub.mode=subscribe&hub.verify_token=&hub.challenge=1`));
    expect(response.status).toBe(403);
  });
});

describe("createWebhookHandler: POST", () => {
  it("dispatches every event of a batched delivery, in payload order, then answers 200", async () => {
    const { handle, calls, names } = recording();
    const { body, signature } = await signed(webhookExample("messages", "batched"));
    expect(await post(handle, body, signature)).toEqual({ status: 200, text: "OK" });
    expect(names()).toEqual(["onMessage", "onMessage", "onStatus", "onStatus", "onMessage"]);
    expect(calls.map(([, e]) => e.kind === "message" && e.message.id).filter(Boolean)).toHaveLength(3);
  });

  it("routes each kind to its own handler, and every event to onEvent first", async () => {
    const order: string[] = [];
    const { handle, names } = recording({ onEvent: (e) => void order.push(`event:${e.kind}`) });
    const payloads = [
      webhookExample("messages", "text"),
      webhookExample("messages", "failed"),
      webhookExample("messages", "system_error"),
      webhookExample("message_template_status_update", "rejected"),
      webhookExample("message_template_quality_update", "quality"),
      webhookExample("template_category_update", "notice"),
      { object: "whatsapp_business_account" as const, entry: [{ id: "1", changes: [{ field: "account_update", value: { event: "X" } }] }] },
    ];
    for (const payload of payloads) {
      const { body, signature } = await signed(payload);
      expect((await post(handle, body, signature)).status).toBe(200);
    }
    expect(names()).toEqual(["onMessage", "onStatus", "onError", "onTemplateStatus", "onTemplateQuality", "onTemplateCategory", "onUnknown"]);
    expect(order).toEqual(["event:message", "event:status", "event:error", "event:template_status", "event:template_quality", "event:template_category", "event:unknown"]);
  });

  it("gives a change whose field is an Object.prototype key to onUnknown, like any other field", async () => {
    const { handle, calls } = recording();
    const fields = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];
    const changes = fields.map((field) => ({ field, value: { event: "X" } }));
    const { body, signature } = await signed({ object: "whatsapp_business_account", entry: [{ id: "1", changes }] } as never);
    expect(await post(handle, body, signature)).toEqual({ status: 200, text: "OK" });
    expect(calls.map(([name, event]) => [name, event.kind, event.kind === "unknown" && event.field])).toEqual(fields.map((field) => ["onUnknown", "unknown", field]));
  });

  it("verifies a unicode body that arrives unescaped (re-encoded by a proxy)", async () => {
    const { handle, calls } = recording();
    const payload = webhookExample("messages", "text");
    const { signature } = await signed(payload);
    const reencoded = JSON.stringify(payload);
    expect(reencoded).not.toBe(escapeNonAscii(reencoded));
    expect((await post(handle, reencoded, signature)).status).toBe(200);
    const [[, event]] = calls as [[string, WebhookEvent]];
    expect(event.kind === "message" && event.message.type === "text" && event.message.text.body).toBe("Olá! Does it come in another color? 👀");
  });

  it("answers 401 and calls no handler for a tampered body, a wrong secret or a missing signature", async () => {
    const { handle, calls } = recording({ onEvent: () => void calls.push(["onEvent", undefined as never]) });
    const { body, signature } = await signed(webhookExample("messages", "text"));
    const other = await signWebhookPayload(body, "another-secret");
    expect((await post(handle, body.replace("Does", "Did"), signature)).status).toBe(401);
    expect((await post(handle, body, other.signature)).status).toBe(401);
    expect((await post(handle, body, null)).status).toBe(401);
    expect((await post(handle, body, "sha1=abc")).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it("answers 400 and calls no handler for malformed JSON or a payload that is not a WhatsApp webhook", async () => {
    const { handle, calls } = recording();
    const broken = await signed('{"object":"whatsapp_business_account","entry":[');
    expect((await post(handle, broken.body, broken.signature)).status).toBe(400);
    const page = await signed('{"object":"page","entry":[]}');
    const answer = await post(handle, page.body, page.signature);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("object");
    expect(calls).toEqual([]);
  });

  it("answers 500 when a handler throws, stops there, and reports the error", async () => {
    const failure = new Error("database down");
    const onHandlerError = vi.fn();
    const seen: string[] = [];
    const { handle } = recording({
      onMessage: async (event) => {
        seen.push(event.message.id);
        if (seen.length === 2) throw failure;
      },
      onStatus: () => void seen.push("status"),
      onHandlerError,
    });
    const { body, signature } = await signed(webhookExample("messages", "batched"));
    expect((await post(handle, body, signature)).status).toBe(500);
    expect(seen).toHaveLength(2);
    expect(onHandlerError).toHaveBeenCalledWith(failure, expect.objectContaining({ kind: "message" }));
  });

  it("answers 500 even when onHandlerError throws or rejects", async () => {
    const { body, signature } = await signed(webhookExample("messages", "text"));
    const failing = (onHandlerError: WebhookHandlerOptions["onHandlerError"]) =>
      recording({ onMessage: () => Promise.reject(new Error("database down")), onHandlerError }).handle;
    const thrown = vi.fn(() => {
      throw new Error("logger down");
    });
    expect(await post(failing(thrown), body, signature)).toEqual({ status: 500, text: "Handler failed" });
    expect(thrown).toHaveBeenCalledOnce();
    const rejected = vi.fn(() => Promise.reject(new Error("logger down")));
    expect(await post(failing(rejected), body, signature)).toEqual({ status: 500, text: "Handler failed" });
    expect(rejected).toHaveBeenCalledOnce();
  });

  it("answers only once the async handlers resolved", async () => {
    let resolved = false;
    const { handle } = recording({ onStatus: () => new Promise<void>((r) => setTimeout(() => ((resolved = true), r()), 20)) });
    const { body, signature } = await signed(webhookExample("messages", "delivered"));
    const answer = await post(handle, body, signature);
    expect([answer.status, resolved]).toEqual([200, true]);
  });

  it("answers 413 over maxBodyBytes, by Content-Length or while streaming, before checking anything", async () => {
    const { handle, calls } = recording({ maxBodyBytes: 100 });
    const { body, signature } = await signed(webhookExample("messages", "text"));
    expect(body.length).toBeGreaterThan(100);
    expect((await post(handle, body, signature)).status).toBe(413);
    const chunks = [body.slice(0, 60), body.slice(60)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const request = new Request(URL_, { method: "POST", body: stream, headers: { "x-hub-signature-256": signature }, duplex: "half" } as RequestInit);
    expect(request.headers.get("content-length")).toBeNull();
    expect((await handle(request)).status).toBe(413);
    expect(calls).toEqual([]);
  });

  it("refuses at creation a maxBodyBytes that is not a non-negative integer, rather than run without a cap", () => {
    for (const maxBodyBytes of [Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, "1000", null]) {
      expect(() => createWebhookHandler({ appSecret: APP_SECRET, maxBodyBytes: maxBodyBytes as number }), String(maxBodyBytes)).toThrow(
        new TypeError(`createWebhookHandler: maxBodyBytes must be a non-negative integer (bytes), got ${typeof maxBodyBytes} ${maxBodyBytes}`),
      );
    }
    for (const maxBodyBytes of [0, 1, 100, 4 * 1024 * 1024, undefined]) expect(() => createWebhookHandler({ appSecret: APP_SECRET, maxBodyBytes })).not.toThrow();
  });

  it("answers 405 to other methods", async () => {
    const { handle } = recording();
    const response = await handle(new Request(URL_, { method: "PUT", body: "{}" }));
    expect([response.status, response.headers.get("allow")]).toEqual([405, "GET, POST"]);
  });

  it("refuses to be created without an app secret", () => {
    expect(() => createWebhookHandler({ appSecret: "" })).toThrow(/appSecret/);
    expect(() => createWebhookHandler({} as WebhookHandlerOptions)).toThrow(TypeError);
  });
});
