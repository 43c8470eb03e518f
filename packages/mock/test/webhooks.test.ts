// Webhooks from the mock: client send → mock → receiver built with createWebhookHandler, in
// process (a function subscription, and a node:http receiver under msw/node with
// unhandled requests as errors) and against the standalone server; every payload is checked against
// the spec's `webhooks` schemas.
import type { Server } from "node:http";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSigFollowClient } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";
import { createWebhookHandler, type WebhookEvent } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO, type MockGateway } from "../src/index.js";
import { check } from "../src/validation.js";
import { onUnhandled } from "./support/msw.js";
import { type Standalone, startStandalone } from "./support/standalone.js";
import { details, listen } from "./support/webhooks.js";

const APP_SECRET = "mock-app-secret";
const VERIFY_TOKEN = "mock-verify-token";

/** A receiver built with createWebhookHandler that keeps every event and every raw body it accepted. */
function receiver(answers: number[] = []) {
  const events: WebhookEvent[] = [];
  const bodies: string[] = [];
  const handle = createWebhookHandler({ appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, onEvent: (e) => void events.push(e) });
  let calls = 0;
  const fn = async (request: Request): Promise<Response> => {
    calls++;
    const forced = request.method === "POST" ? answers.shift() : undefined;
    if (forced !== undefined && forced !== 200) return new Response("no", { status: forced });
    const clone = request.clone();
    const response = await handle(request);
    if (request.method === "POST" && response.status === 200) bodies.push(await clone.text());
    return response;
  };
  return { fn, events, bodies, calls: () => calls };
}

const rejected = (pattern: RegExp) => ({ error: { error_data: { details: expect.stringMatching(pattern) } } });

const statuses = (events: WebhookEvent[]) => events.flatMap((e) => (e.kind === "status" ? [`${e.status.status} ${e.status.id}`] : []));
const expectValid = (bodies: string[]) => {
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(check("/components/schemas/WebhookPayload", JSON.parse(body), "webhook")).toBeNull();
};

const shippingTemplate = message(DEMO.recipient)
  .template(template("shipping_with_actions", "en_US").body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211"))
  .build();

describe("in process", () => {
  const gateway = createMockGateway({ validateResponses: true });
  const server = setupServer(...gateway.handlers);
  let client: ReturnType<typeof createSigFollowClient>;
  let http: { url: string; server: Server } | undefined;
  beforeAll(async () => {
    server.listen(onUnhandled("error"));
    client = createSigFollowClient({ apiKey: (await gateway.ready).apiKeys[0]!.key, maxRetries: 0 });
  });
  beforeEach(() => gateway.reset());
  afterAll(() => {
    server.close();
    http?.server.close();
  });

  const subscribe = async (url: Parameters<MockGateway["webhooks"]["subscribe"]>[0]["url"], extra: { verifyToken?: string } = {}) =>
    gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url, appSecret: APP_SECRET, ...extra });

  it("a function receiver sees sent, delivered, read of the send's wamid, on the mock clock, with pricing and the callback data", async () => {
    const r = receiver();
    await subscribe(r.fn);
    const { messages } = await client.messages.send(DEMO.phoneNumberId, { ...shippingTemplate, biz_opaque_callback_data: "order-90211" });
    const wamid = messages[0]!.id;
    await gateway.webhooks.flush();
    expect(statuses(r.events)).toEqual([`sent ${wamid}`]);
    gateway.advanceClock(1000);
    await gateway.webhooks.flush();
    expect(statuses(r.events)).toEqual([`sent ${wamid}`, `delivered ${wamid}`]);
    gateway.advanceClock(4000);
    await gateway.webhooks.flush();
    expect(statuses(r.events)).toEqual([`sent ${wamid}`, `delivered ${wamid}`, `read ${wamid}`]);
    const [sent, , read] = r.events.map((e) => (e.kind === "status" ? e.status : null));
    expect(sent).toMatchObject({ recipient_id: DEMO.recipient, biz_opaque_callback_data: "order-90211", pricing: { category: "utility", billable: true }, conversation: { origin: { type: "utility" } } });
    expect(read).toMatchObject({ biz_opaque_callback_data: "order-90211" });
    expect(read).not.toHaveProperty("pricing");
    expect(Number(read!.timestamp) - Number(sent!.timestamp)).toBe(5);
    expectValid(r.bodies);
  });

  it("a free-form reply is priced as service; a URL served by node:http gets it through msw/node after the GET handshake", async () => {
    const r = receiver();
    http = await listen(r.fn);
    const subscription = await subscribe(http.url, { verifyToken: VERIFY_TOKEN });
    expect(subscription).toMatchObject({ url: http.url, verified: true, wabaId: DEMO.wabaId });
    expect(JSON.stringify(gateway.webhooks.list())).not.toContain(APP_SECRET);
    const { messages } = await client.messages.send(DEMO.phoneNumberId, message(DEMO.recipient).text("Hello").build());
    gateway.advanceClock(10_000);
    await gateway.webhooks.flush();
    expect(statuses(r.events)).toEqual(["sent", "delivered", "read"].map((s) => `${s} ${messages[0]!.id}`));
    expect(r.events[0]).toMatchObject({ status: { pricing: { category: "service", billable: false, type: "free_customer_service" } } });
    expectValid(r.bodies);
  });

  it("refuses a subscription whose receiver does not echo the challenge, with a clear error", async () => {
    const r = receiver();
    const wrong = subscribe(r.fn, { verifyToken: "not-the-token" });
    await expect(wrong).rejects.toMatchObject({ status: 400, error: { code: 100, error_data: { details: expect.stringMatching(/handshake failed.*got 403/) } } });
    expect(gateway.webhooks.list()).toEqual([]);
    const refused = await gateway.fetch("https://api.sigfollow.com/__mock/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ wabaId: DEMO.wabaId, url: "ftp://example.com/hook", appSecret: "x" }),
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.error_data.details).toMatch(/url: must be an http/);
  });

  it("a recipient set to fail gets a failed status with Meta's async error object; one set to delivered gets no read", async () => {
    const r = receiver();
    await subscribe(r.fn);
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, outcome: "failed", errorCode: 131049 });
    const { messages } = await client.messages.send(DEMO.phoneNumberId, shippingTemplate);
    gateway.advanceClock(60_000);
    await gateway.webhooks.flush();
    expect(statuses(r.events)).toEqual([`failed ${messages[0]!.id}`]);
    expect(r.events[0]).toMatchObject({ status: { errors: [{ code: 131049, title: expect.stringContaining("healthy ecosystem") }] } });
    gateway.webhooks.setRecipient({ phone: `+${DEMO.recipient}`, outcome: "delivered" });
    const second = await client.messages.send(DEMO.phoneNumberId, shippingTemplate);
    gateway.advanceClock(60_000);
    await gateway.webhooks.flush();
    expect(statuses(r.events).slice(1)).toEqual([`sent ${second.messages[0]!.id}`, `delivered ${second.messages[0]!.id}`]);
    expect(details(() => gateway.webhooks.setRecipient({ phone: DEMO.recipient, outcome: "failed", errorCode: 999 as never }))).toMatch(/errorCode/);
    expectValid(r.bodies);
  });

  it("a quick-reply tap carries the payload and context.id of the template message it answers", async () => {
    const r = receiver();
    await subscribe(r.fn);
    const { messages } = await client.messages.send(DEMO.phoneNumberId, shippingTemplate);
    const tap = gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "button", replyTo: messages[0]!.id, button: 0 });
    await gateway.webhooks.flush();
    const event = r.events.find((e) => e.kind === "message");
    expect(event).toMatchObject({ message: { id: tap.message.id, type: "button", button: { payload: "TRACK_PKG_90211", text: "Track package" }, context: { id: messages[0]!.id } } });
    expect(details(() => gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "button", replyTo: messages[0]!.id, button: 1 }))).toMatch(/no quick-reply button at index 1/);
    expect(details(() => gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: "16505559999", type: "button", replyTo: messages[0]!.id, button: 0 }))).toMatch(/replyTo/);
    expectValid(r.bodies);
  });

  it("delivers every inbound type, valid against the spec, still opening the window and upserting the contact", async () => {
    const r = receiver();
    await subscribe(r.fn);
    const from = "16505557777";
    const text = gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from, text: "Olá 👋 ça va? https://a.example/b c@d.e", profileName: "José" });
    expect(text.contactUpserted).toBe(true);
    const buttons = await client.messages.send(DEMO.phoneNumberId, {
      messaging_product: "whatsapp", to: from, type: "interactive",
      interactive: { type: "button", body: { text: "Pick" }, action: { buttons: [{ type: "reply", reply: { id: "yes", title: "Yes" } }, { type: "reply", reply: { id: "no", title: "No" } }] } },
    });
    const list = await client.messages.send(DEMO.phoneNumberId, {
      messaging_product: "whatsapp", to: from, type: "interactive",
      interactive: { type: "list", body: { text: "Pick" }, action: { button: "Open", sections: [{ title: "S", rows: [{ id: "row-2", title: "Two", description: "the second" }] }] } },
    });
    const inputs = [
      { type: "interactive", replyTo: buttons.messages[0]!.id, button: 1 },
      { type: "interactive", replyTo: list.messages[0]!.id, row: "row-2" },
      { type: "reaction", replyTo: buttons.messages[0]!.id, emoji: "👍" },
      { type: "location", location: { latitude: 38.9, longitude: -77.03, name: "Office" } },
      { type: "image", media: { caption: "a photo" } },
      { type: "document", media: { filename: "invoice.pdf" } },
      { type: "audio" },
      { type: "video" },
      { type: "sticker" },
      { type: "contacts", contacts: [{ name: { formatted_name: "Ana Lima" }, phones: [{ phone: "+1 650 555 0101", wa_id: "16505550101" }] }] },
      { type: "text", text: "a reply", replyTo: list.messages[0]!.id },
    ] as const;
    for (const input of inputs) gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from, ...input });
    await gateway.webhooks.flush();
    const messages = r.events.flatMap((e) => (e.kind === "message" ? [e.message] : []));
    expect(messages.map((m) => m.type)).toEqual(["text", ...inputs.map((i) => i.type)]);
    expect(messages[0]).toMatchObject({ text: { body: "Olá 👋 ça va? https://a.example/b c@d.e" } });
    expect(r.bodies.find((b) => b.includes("\\u00e1"))).toContain("\\ud83d\\udc4b"); // signed escaped, and it verified
    expect(messages[1]).toMatchObject({ interactive: { type: "button_reply", button_reply: { id: "no", title: "No" } }, context: { id: buttons.messages[0]!.id } });
    expect(messages[2]).toMatchObject({ interactive: { type: "list_reply", list_reply: { id: "row-2", title: "Two", description: "the second" } } });
    expect(messages[3]).toMatchObject({ reaction: { message_id: buttons.messages[0]!.id, emoji: "👍" } });
    expect(messages[5]).toMatchObject({ image: { mime_type: "image/jpeg", caption: "a photo" } });
    expect(r.events.find((e) => e.kind === "message")).toMatchObject({ contact: { profile: { name: "José" }, wa_id: from } });
    expect(gateway.snapshot().tenants[0]!.contacts.some((c) => c.phone === from)).toBe(true);
    expectValid(r.bodies);
  });

  it("simulates what users and Meta send besides the ordinary types, every payload valid against the spec", async () => {
    const r = receiver();
    await subscribe(r.fn);
    const from = "16505557788";
    const at = { phoneNumberId: DEMO.phoneNumberId, from };
    const first = gateway.receiveInbound({ ...at, text: "hi" });
    const flow = await client.messages.send(DEMO.phoneNumberId, {
      messaging_product: "whatsapp", to: from, type: "interactive",
      interactive: { type: "flow", body: { text: "Sign up" }, action: { name: "flow", parameters: { flow_message_version: "3", flow_id: "1234567890", flow_cta: "Open" } } },
    });
    gateway.receiveInbound({ ...at, type: "unsupported" });
    gateway.receiveInbound({ ...at, type: "request_welcome" });
    gateway.receiveInbound({ ...at, type: "order", order: { catalog_id: "1", text: "for Friday", product_items: [{ product_retailer_id: "A", quantity: 1 }] } });
    gateway.receiveInbound({ ...at, type: "interactive", replyTo: flow.messages[0]!.id, flowResponse: { email: "a@b.example" } });
    gateway.receiveInbound({ ...at, type: "edit", replyTo: first.message.id, text: "hello" });
    gateway.receiveInbound({ ...at, type: "revoke", replyTo: first.message.id });
    gateway.receiveSystem({ ...at, type: "user_changed_user_id", userId: "US.77" });
    gateway.webhooks.errors({ phoneNumberId: DEMO.phoneNumberId, code: 131056 });
    gateway.receiveSystem({ ...at, type: "user_changed_number", newPhone: "+1 650 555 7799" });
    await gateway.webhooks.flush();
    const messages = r.events.flatMap((e) => (e.kind === "message" ? [e.message] : []));
    expect(messages.map((m) => m.type)).toEqual(["text", "unsupported", "request_welcome", "order", "interactive", "edit", "revoke", "system", "system"]);
    expect(messages[1]).toMatchObject({ unsupported: { type: "unknown" }, errors: [{ code: 131051, title: "Message type unknown", error_data: { details: expect.any(String) } }] });
    expect(messages[2]).not.toHaveProperty("request_welcome");
    expect(messages[4]).toMatchObject({ interactive: { nfm_reply: { response_json: '{"email":"a@b.example"}' } } }); // no flow_token was sent
    expect(messages[6]).toMatchObject({ revoke: { original_message_id: first.message.id } });
    expect(messages[6]).not.toHaveProperty("context");
    expect(messages[7]).toMatchObject({ from, system: { type: "user_changed_user_id", user_id: "US.77" } });
    expect(messages[7]!.type === "system" && messages[7]!.system).not.toHaveProperty("previous_user_id");
    expect(messages[8]).toMatchObject({ from, system: { type: "user_changed_number", wa_id: "16505557799" } });
    expect(r.bodies.filter((b) => b.includes('"type":"system"')).every((b) => !b.includes('"contacts"'))).toBe(true);
    expect(r.events.find((e) => e.kind === "error")).toMatchObject({ error: { code: 131056, title: "(Business Account, Consumer Account) pair rate limit hit" } });
    expectValid(r.bodies);

    // The contact moved to the new number, with its window; the old number has neither.
    const contacts = gateway.snapshot().tenants[0]!.contacts;
    expect(contacts.filter((c) => c.phone === "16505557799")).toHaveLength(1);
    expect(contacts.some((c) => c.phone === from)).toBe(false);
    const text = (to: string) => client.messages.send(DEMO.phoneNumberId, { messaging_product: "whatsapp", to, type: "text", text: { body: "Hi" } });
    await expect(text("16505557799")).resolves.toBeDefined();
    await expect(text(from)).rejects.toMatchObject({ code: 131026 });
  });

  it("refuses a simulation that does not fit, changing nothing", async () => {
    const from = "16505557790";
    const at = { phoneNumberId: DEMO.phoneNumberId, from };
    const buttons = await (async () => {
      gateway.receiveInbound({ ...at, text: "hi" });
      return client.messages.send(DEMO.phoneNumberId, {
        messaging_product: "whatsapp", to: from, type: "interactive",
        interactive: { type: "button", body: { text: "Pick" }, action: { buttons: [{ type: "reply", reply: { id: "yes", title: "Yes" } }] } },
      });
    })();
    const before = gateway.inboundMessages().length;
    expect(details(() => gateway.receiveInbound({ ...at, type: "interactive", replyTo: buttons.messages[0]!.id, flowResponse: { a: 1 } }))).toMatch(/button/);
    expect(details(() => gateway.receiveInbound({ ...at, type: "edit", replyTo: buttons.messages[0]!.id, text: "x" }))).toMatch(/replyTo: no message .* was received/);
    expect(details(() => gateway.receiveInbound({ ...at, type: "edit", replyTo: gateway.inboundMessages().at(-1)!.id }))).toMatch(/text: required/);
    expect(details(() => gateway.receiveInbound({ ...at, from: "16505550000", type: "revoke", replyTo: gateway.inboundMessages().at(-1)!.id }))).toMatch(/replyTo/);
    expect(details(() => gateway.receiveInbound({ ...at, type: "order" }))).toMatch(/order: required/);
    expect(gateway.inboundMessages()).toHaveLength(before);
    expect(details(() => gateway.receiveSystem({ ...at, type: "user_changed_number" }))).toMatch(/system.newPhone: required/);
    expect(details(() => gateway.receiveSystem({ ...at, type: "user_changed_user_id", userId: "US.1", newPhone: "16505550001" }))).toMatch(/system.newPhone: does not go with/);
    expect(details(() => gateway.receiveSystem({ ...at, type: "user_changed_user_id", userId: "nope" }))).toMatch(/system.userId: must be a business-scoped user id/);
    expect(details(() => gateway.receiveSystem({ ...at, type: "user_changed_number", newPhone: DEMO.recipient }))).toMatch(/newPhone: contact .* already has the phone number/);
    expect(gateway.snapshot().tenants[0]!.contacts.some((c) => c.phone === from)).toBe(true);
    expect(details(() => gateway.webhooks.errors({ phoneNumberId: DEMO.phoneNumberId, code: 4 as never }))).toMatch(/errors.code/);
    expect(() => gateway.webhooks.errors({ phoneNumberId: "999", code: 130429 })).toThrow();
  });

  it("template events: approval with the numeric id and reason, rejection, category and quality changes", async () => {
    const r = receiver();
    await subscribe(r.fn);
    const created = await client.templates.create(DEMO.wabaId, {
      name: "order_ready", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Your order is ready." }],
    });
    gateway.approveTemplate(created.id);
    gateway.rejectTemplate("1234567890", "INVALID_FORMAT");
    gateway.setTemplateCategory(created.id, "MARKETING");
    gateway.setTemplateQuality(created.id, "YELLOW", "GREEN");
    await gateway.webhooks.flush();
    expect(r.events.map((e) => e.kind)).toEqual(["template_status", "template_status", "template_category", "template_quality"]);
    expect(r.events[0]).toMatchObject({ update: { event: "APPROVED", message_template_id: Number(created.id), message_template_name: "order_ready", reason: "NONE" } });
    expect(r.bodies[0]).toContain(`"message_template_id":${created.id},`);
    expect(r.events[1]).toMatchObject({ update: { event: "REJECTED", message_template_id: 1234567890, reason: "INVALID_FORMAT" } });
    expect(r.events[2]).toMatchObject({ update: { previous_category: "UTILITY", new_category: "MARKETING" } });
    expect(r.events[3]).toMatchObject({ update: { previous_quality_score: "GREEN", new_quality_score: "YELLOW" } });
    expectValid(r.bodies);
  });

  it("retries a receiver answering 500 twice on the backoff, then delivers once; the log says so", async () => {
    const r = receiver([500, 500]);
    const subscription = await subscribe(r.fn);
    gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, text: "hi" });
    await gateway.webhooks.flush();
    expect(r.events).toHaveLength(0);
    gateway.advanceClock(10_000);
    await gateway.webhooks.flush();
    gateway.advanceClock(60_000);
    expect(await gateway.webhooks.flush()).toMatchObject({ attempts: 1, pending: 0 });
    expect(r.events).toHaveLength(1);
    expect(r.calls()).toBe(3);
    const log = gateway.webhooks.deliveries();
    expect(log.map((d) => [d.subscriptionId, d.attempt, d.status, d.nextRetryAt])).toEqual([
      [subscription.id, 1, 500, "2026-05-13T22:00:10.000Z"],
      [subscription.id, 2, 500, "2026-05-13T22:01:10.000Z"],
      [subscription.id, 3, 200, null],
    ]);
    expect(log[0]).toMatchObject({ field: "messages", summary: expect.stringMatching(/^message text wamid\./), error: "the receiver answered 500" });
  });

  it("drops a delivery after the last attempt, and keeps the statuses of one message in order meanwhile", async () => {
    const down = await createMockGateway({ webhooks: { backoffMs: [1000] } });
    const r = receiver([503, 503, 503, 503]);
    await down.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: APP_SECRET });
    down.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, text: "hi" });
    await down.webhooks.flush();
    down.advanceClock(1000);
    await down.webhooks.flush();
    expect(down.webhooks.deliveries().map((d) => d.error)).toEqual(["the receiver answered 503", "the receiver answered 503; dropped after 2 attempts"]);
    // sent fails first: delivered (already due) waits until sent went through.
    const other = createMockGateway({ webhooks: { delays: { sentMs: 0, deliveredMs: 0, readMs: 0 } } });
    const apiKey = (await other.ready).apiKeys[0]!.key;
    const flaky = receiver([500]);
    await other.webhooks.subscribe({ wabaId: DEMO.wabaId, url: flaky.fn, appSecret: APP_SECRET });
    const sent = await createSigFollowClient({ apiKey, fetch: other.fetch }).messages.send(DEMO.phoneNumberId, shippingTemplate);
    await other.webhooks.flush();
    expect(flaky.events).toEqual([]);
    other.advanceClock(10_000);
    await other.webhooks.flush();
    expect(statuses(flaky.events)).toEqual(["sent", "delivered", "read"].map((s) => `${s} ${sent.messages[0]!.id}`));
  });

  it("webhook faults: the next N attempts fail without reaching the receiver; a duplicate re-delivers the same signed bytes", async () => {
    const r = receiver();
    await subscribe(r.fn);
    gateway.webhooks.fault({ failNext: 1, status: 502 });
    gateway.webhooks.fault({ duplicateNext: 1 });
    gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, text: "hi" });
    await gateway.webhooks.flush();
    expect(r.calls()).toBe(0);
    gateway.advanceClock(10_000);
    await gateway.webhooks.flush();
    expect(r.bodies).toHaveLength(2);
    expect(r.bodies[0]).toBe(r.bodies[1]);
    expect(gateway.webhooks.deliveries().map((d) => [d.status, d.duplicate])).toEqual([[502, false], [200, false], [200, true]]);
    expect(details(() => gateway.webhooks.fault({}))).toMatch(/failNext or duplicateNext/);
  });

  it("with a running clock, real timers send each status when it falls due", async () => {
    const running = createMockGateway({ clockMode: "running", webhooks: { delays: { sentMs: 0, deliveredMs: 100, readMs: 200 } } });
    const r = receiver();
    await running.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: APP_SECRET });
    const apiKey = (await running.ready).apiKeys[0]!.key;
    const before = running.clock.now();
    const { messages } = await createSigFollowClient({ apiKey, fetch: running.fetch }).messages.send(DEMO.phoneNumberId, shippingTemplate);
    for (let waited = 0; r.events.length < 3 && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statuses(r.events)).toEqual(["sent", "delivered", "read"].map((s) => `${s} ${messages[0]!.id}`));
    // Each attempt started once its status was due: read 200 ms (mock clock) after the send.
    const started = running.webhooks.deliveries().map((d) => Date.parse(d.at) - before);
    expect(started[1]).toBeGreaterThanOrEqual(100);
    expect(started[2]).toBeGreaterThanOrEqual(200);
  });

  it("keeps at most `concurrency` POSTs in flight per subscription; senders apart go out concurrently", async () => {
    const capped = createMockGateway({ webhooks: { concurrency: 3 } });
    let inFlight = 0;
    let most = 0;
    const slow = async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return new Response(null, { status: 200 });
    };
    await capped.webhooks.subscribe({ wabaId: DEMO.wabaId, url: slow, appSecret: APP_SECRET });
    for (let i = 0; i < 20; i++) capped.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: `165055510${String(i).padStart(2, "0")}`, text: "hi" });
    expect(await capped.webhooks.flush()).toEqual({ attempts: 20, pending: 0 });
    expect(most).toBe(3);
  });

  it("bounds what it stores and validates the control inputs", async () => {
    const small = createMockGateway({ webhooks: { logLimit: 2 } });
    const r = receiver();
    await small.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: APP_SECRET });
    for (let i = 0; i < 3; i++) small.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, text: `${i}` });
    expect(await small.webhooks.flush()).toMatchObject({ attempts: 3 });
    expect(small.webhooks.deliveries()).toHaveLength(2);
    await expect(small.webhooks.subscribe({ wabaId: DEMO.wabaId, url: `https://example.com/${"a".repeat(3000)}`, appSecret: "s" })).rejects.toMatchObject(rejected(/^webhook\.url: /));
    await expect(small.webhooks.subscribe({ wabaId: "nope", url: r.fn, appSecret: "s" })).rejects.toMatchObject({ status: 404 });
    for (let i = 1; i < 100; i++) await small.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: "s" });
    await expect(small.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: "s" })).rejects.toMatchObject(rejected(/at most 100/));
    const post = async (path: string, body: unknown) => {
      const res = await small.fetch(`https://api.sigfollow.com/__mock/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return [res.status, (await res.json()).error?.error_data?.details ?? "ok"];
    };
    expect(await post("webhooks/recipients", { phone: "1", outcome: "read" })).toEqual([400, expect.stringMatching(/^phone: /)]);
    expect(await post("webhooks/recipients", { phone: DEMO.recipient, outcome: "read", errorCode: 131026 })).toEqual([400, expect.stringMatching(/errorCode/)]);
    expect(await post("webhooks/faults", { failNext: -1 })).toEqual([400, expect.stringMatching(/failNext/)]);
    expect(await post("inbound", { phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "location" })).toEqual([400, "location: required for a location message"]);
    expect(await post("inbound", { phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "gif" })).toEqual([400, expect.stringMatching(/^type: /)]);
    expect(await post("templates/1234567890/quality", { score: "PURPLE" })).toEqual([400, expect.stringMatching(/^score: /)]);
  });

  it("a reset restores the seed's subscriptions: none in the demo seed; a seeded one delivers without a handshake", async () => {
    await subscribe(receiver().fn);
    await gateway.reset();
    expect(gateway.webhooks.list()).toEqual([]);
    http ??= await listen(receiver().fn);
    const seeded = createMockGateway({
      seed: {
        tenants: [{ id: "t1", wabas: [{ id: "w1", phoneNumbers: [{ id: "p1" }], webhooks: [{ url: http.url, appSecret: APP_SECRET, fields: ["messages"] }] }] }],
        webhookRecipients: [{ phone: "16505551234", outcome: "sent" }],
      },
    });
    expect(seeded.webhooks.list()).toMatchObject([{ wabaId: "w1", url: http.url, fields: ["messages"], verified: false }]);
  });
});

describe("standalone", () => {
  let mock: Standalone;
  let http: { url: string; server: Server };
  const r = receiver([500, 500]);
  const control = async (path: string, body?: unknown) => {
    const res = await fetch(`${mock.url}/__mock/${path}`, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return res.json();
  };
  beforeAll(async () => {
    mock = await startStandalone(["--quiet", "--clock", "frozen"]);
    http = await listen(r.fn);
  }, 30_000);
  afterAll(async () => {
    await mock?.stop();
    http?.server.close();
  });

  it("delivers sent, delivered, read, a quick-reply tap, a template approval and a failed recipient to a receiver, retrying 500s", async () => {
    const { apiKeys } = await control("reset", {});
    const client = createSigFollowClient({ apiKey: apiKeys[0].key, baseUrl: mock.url, maxRetries: 0 });
    const subscription = await control("webhooks", { wabaId: DEMO.wabaId, url: http.url, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN });
    expect(subscription).toMatchObject({ verified: true });
    const { messages } = await client.messages.send(DEMO.phoneNumberId, shippingTemplate);
    const wamid = messages[0]!.id;
    await control("webhooks/flush", {}); // sent: 500
    await control("clock/advance", { seconds: 10 });
    await control("webhooks/flush", {}); // sent: 500 again; delivered waits behind it
    await control("clock/advance", { minutes: 1 });
    expect(await control("webhooks/flush", {})).toMatchObject({ pending: 0 });
    expect(statuses(r.events)).toEqual(["sent", "delivered", "read"].map((s) => `${s} ${wamid}`));
    const attempts = (await control("webhooks/deliveries")).data.filter((d: { summary: string }) => d.summary === `status sent ${wamid}`);
    expect(attempts.map((d: { attempt: number; status: number }) => [d.attempt, d.status])).toEqual([[1, 500], [2, 500], [3, 200]]);

    await control("inbound", { phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, type: "button", replyTo: wamid, button: 0 });
    await control("templates/1234567890/approve", {});
    await control("webhooks/recipients", { phone: "16505551234", outcome: "failed", errorCode: 131026 });
    const failed = await client.messages.send(DEMO.phoneNumberId, shippingTemplate);
    await control("webhooks/flush", {});
    // Changes of different messages go out concurrently, as Meta's do: found by kind, not position.
    const tail = r.events.slice(3);
    expect(tail).toHaveLength(3);
    expect(tail.find((e) => e.kind === "message")).toMatchObject({ message: { type: "button", button: { payload: "TRACK_PKG_90211" }, context: { id: wamid } } });
    expect(tail.find((e) => e.kind === "template_status")).toMatchObject({ update: { event: "APPROVED", message_template_id: 1234567890 } });
    expect(tail.find((e) => e.kind === "status")).toMatchObject({ status: { status: "failed", id: failed.messages[0]!.id, errors: [{ code: 131026 }] } });
    expectValid(r.bodies);
  });
});
