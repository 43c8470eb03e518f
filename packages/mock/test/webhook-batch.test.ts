// Batched webhook deliveries (`webhookBatch`, `webhooks.batch`, `POST /__mock/webhooks/batch`):
// the changes due together for a subscription go out in POSTs of up to `maxChanges` changes, as
// Meta may send them. Every batched body is checked against the spec's schema, verified and fully
// read by the client's handler and `parseWebhook`; order, retries, faults and the log hold per POST.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSigFollowClient } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";
import { createWebhookHandler, parseWebhook, type WebhookEvent } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO, DEMO_SEED, MAX_BATCH_CHANGES } from "../src/index.js";
import { check } from "../src/validation.js";
import { onUnhandled } from "./support/msw.js";
import { details, standaloneWithReceiver } from "./support/webhooks.js";

const APP_SECRET = "batch-app-secret";

/** A receiver built with createWebhookHandler: every event and every raw body it accepted, and the POSTs it refused (`answers`, in order). */
function receiver(answers: number[] = []) {
  const events: WebhookEvent[] = [];
  const bodies: string[] = [];
  const handle = createWebhookHandler({ appSecret: APP_SECRET, onEvent: (e) => void events.push(e) });
  const fn = async (request: Request): Promise<Response> => {
    const forced = answers.shift();
    if (forced !== undefined && forced !== 200) return new Response("no", { status: forced });
    const clone = request.clone();
    const response = await handle(request);
    expect(response.status).toBe(200); // signature verified
    bodies.push(await clone.text());
    return response;
  };
  return { fn, events, bodies, answers };
}

interface Payload {
  entry: { id: string; time?: number; changes: { field: string }[] }[];
}
const changesOf = (body: string) => (JSON.parse(body) as Payload).entry.flatMap((e) => e.changes);
/** Every body valid against the spec, and read in full by parseWebhook (one event per change here). */
const expectValid = (bodies: string[]) => {
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) {
    expect(check("/components/schemas/WebhookPayload", JSON.parse(body), "webhook")).toBeNull();
    expect(parseWebhook(JSON.parse(body))).toHaveLength(changesOf(body).length);
  }
};
const statuses = (events: WebhookEvent[]) => events.flatMap((e) => (e.kind === "status" ? [`${e.status.status} ${e.status.id}`] : []));
const texts = (events: WebhookEvent[]) => events.flatMap((e) => (e.kind === "message" && e.message.type === "text" ? [e.message.text.body] : []));
/** `a` comes before `b` in `list`. */
const before = (list: string[], a: string, b: string) => expect(list.indexOf(a), `${a} before ${b}`).toBeLessThan(list.indexOf(b));
const RECIPIENTS = ["16505551201", "16505551202", "16505551203", "16505551204", "16505551205"];
const shipped = (to: string) =>
  message(to).template(template("shipping_with_actions", "en_US").body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211")).build();

describe("in process", () => {
  const gateway = createMockGateway({ validateResponses: true });
  const server = setupServer(...gateway.handlers);
  let client: ReturnType<typeof createSigFollowClient>;
  beforeAll(async () => {
    server.listen(onUnhandled("error"));
    client = createSigFollowClient({ apiKey: (await gateway.ready).apiKeys[0]!.key, maxRetries: 0 });
  });
  beforeEach(() => gateway.reset());
  afterAll(() => server.close());

  const subscribe = (url: (request: Request) => Promise<Response>) => gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url, appSecret: APP_SECRET });
  /** Batching set to `maxChanges`, and a receiver subscribed. */
  const batched = async (maxChanges: number) => {
    gateway.webhooks.batch({ maxChanges });
    const r = receiver();
    await subscribe(r.fn);
    return r;
  };
  const burst = (n: number, from = (i: number) => RECIPIENTS[i % 2]!) => {
    for (let i = 0; i < n; i++) gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: from(i), text: `m${i}` });
  };

  it("off by default: one change per POST, as before; the log says 1 change", async () => {
    const r = receiver();
    await subscribe(r.fn);
    burst(4);
    expect(await gateway.webhooks.flush()).toEqual({ attempts: 4, pending: 0 });
    expect(r.bodies.map((b) => changesOf(b).length)).toEqual([1, 1, 1, 1]);
    expect(gateway.webhooks.deliveries().map((d) => d.changes)).toEqual([1, 1, 1, 1]);
    // { maxChanges: 1 } is the default, byte for byte: same bodies as a gateway never told.
    const again = receiver();
    await gateway.reset();
    gateway.webhooks.batch({ maxChanges: 1 });
    await subscribe(again.fn);
    burst(4);
    await gateway.webhooks.flush();
    expect(again.bodies.sort()).toEqual(r.bodies.sort());
  });

  it("combines a burst into fewer POSTs of up to maxChanges, in order, each valid, verified and read in full", async () => {
    expect(gateway.webhooks.batch({ maxChanges: 4 })).toEqual({ maxChanges: 4 });
    const r = receiver();
    await subscribe(r.fn);
    burst(10);
    expect(await gateway.webhooks.flush()).toEqual({ attempts: 3, pending: 0 });
    expect(r.bodies.map((b) => changesOf(b).length).sort()).toEqual([2, 4, 4]);
    for (const body of r.bodies) expect((JSON.parse(body) as Payload).entry).toHaveLength(1); // one WABA, no `time`: one entry, several changes
    expect(texts(r.events).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `m${i}`).sort());
    // The messages of one sender keep their order.
    for (const sender of [0, 1]) {
      const own = texts(r.events).filter((t) => Number(t.slice(1)) % 2 === sender);
      expect(own).toEqual([...own].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    }
    expectValid(r.bodies);
    const log = gateway.webhooks.deliveries();
    expect(log.map((d) => d.changes).sort()).toEqual([2, 4, 4]);
    expect(log.every((d) => d.attempt === 1 && d.status === 200 && d.field === "messages")).toBe(true);
    expect(log.find((d) => d.changes === 4)!.summary.split("; ")).toHaveLength(4);
  });

  it("a burst of sends: the statuses due together share one POST, each message's delivered before its read", async () => {
    const r = await batched(100);
    const wamids: string[] = [];
    for (const to of RECIPIENTS) wamids.push((await client.messages.send(DEMO.phoneNumberId, shipped(to))).messages[0]!.id);
    await gateway.webhooks.flush(); // each `sent` went out on its own tick
    gateway.advanceClock(5_000);
    expect(await gateway.webhooks.flush()).toMatchObject({ attempts: 1, pending: 0 });
    const last = changesOf(r.bodies.at(-1)!);
    expect(last).toHaveLength(10);
    const seen = statuses(r.events);
    for (const wamid of wamids) {
      before(seen, `sent ${wamid}`, `delivered ${wamid}`);
      before(seen, `delivered ${wamid}`, `read ${wamid}`);
    }
    expect(seen).toHaveLength(15);
    expectValid(r.bodies);
  });

  it("template events (with an entry `time`) and messages share a POST as separate entries, valid against the spec", async () => {
    const r = await batched(10);
    burst(2);
    gateway.approveTemplate("1234567890");
    gateway.setTemplateQuality("1234567890", "YELLOW", "GREEN");
    await gateway.webhooks.flush();
    expect(r.bodies).toHaveLength(1);
    const { entry } = JSON.parse(r.bodies[0]!) as Payload;
    expect(entry.map((e) => [e.id, e.time === undefined, e.changes.map((c) => c.field)])).toEqual([
      [DEMO.wabaId, true, ["messages", "messages"]],
      [DEMO.wabaId, false, ["message_template_status_update", "message_template_quality_update"]],
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(["message", "message", "template_status", "template_quality"]);
    expectValid(r.bodies);
  });

  it("a failed batch is retried whole on the backoff; failNext counts POSTs; a message's later change waits behind it", async () => {
    const r = await batched(10);
    burst(3);
    gateway.webhooks.fault({ failNext: 1, status: 503 });
    await gateway.webhooks.flush();
    gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: RECIPIENTS[0]!, text: "later" }); // same sender: waits for the batch
    gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: RECIPIENTS[4]!, text: "other" }); // another sender: goes out
    await gateway.webhooks.flush();
    expect(texts(r.events)).toEqual(["other"]);
    r.answers.push(500);
    gateway.advanceClock(10_000);
    await gateway.webhooks.flush(); // second attempt: the receiver answers 500
    gateway.advanceClock(60_000);
    expect(await gateway.webhooks.flush()).toEqual({ attempts: 2, pending: 0 });
    expect(texts(r.events)).toEqual(["other", "m0", "m1", "m2", "later"]);
    const log = gateway.webhooks.deliveries();
    expect(log.map((d) => [d.attempt, d.status, d.changes])).toEqual([[1, 503, 3], [1, 200, 1], [2, 500, 3], [3, 200, 3], [1, 200, 1]]);
    expect(log[0]!.error).toMatch(/^injected fault/);
    expect(log[0]!.nextRetryAt).toBe("2026-05-13T22:00:10.000Z");
    expect(new Set([log[0]!.body, log[2]!.body, log[3]!.body]).size).toBe(1); // the same batch, byte for byte
    expectValid(r.bodies);
  });

  it("a duplicated batch re-delivers the same signed bytes", async () => {
    const r = await batched(10);
    gateway.webhooks.fault({ duplicateNext: 1 });
    burst(3);
    await gateway.webhooks.flush();
    expect(r.bodies).toHaveLength(2);
    expect(r.bodies[0]).toBe(r.bodies[1]);
    expect(gateway.webhooks.deliveries().map((d) => [d.changes, d.duplicate])).toEqual([[3, false], [3, true]]);
  });

  it("keeps a batch under 3 MB, and refuses a bad setting with a 400 naming the field", async () => {
    const r = await batched(MAX_BATCH_CHANGES);
    const text = "\u00e9".repeat(4096); // 6 bytes escaped: about 25 KB per change
    for (let i = 0; i < 150; i++) gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: RECIPIENTS[i % 5]!, text });
    await gateway.webhooks.flush();
    expect(r.bodies.length).toBeGreaterThan(1);
    expect(r.bodies.length).toBeLessThan(5); // about 119 changes a POST
    expect(Math.max(...r.bodies.map((b) => new TextEncoder().encode(b).byteLength))).toBeLessThan(3_000_000);
    expect(r.bodies.reduce((n, b) => n + changesOf(b).length, 0)).toBe(150);
    expect(r.events).toHaveLength(150);
    expect(details(() => gateway.webhooks.batch({ maxChanges: 1001 }))).toMatch(/^batch\.maxChanges: /);
    expect(details(() => gateway.webhooks.batch({ maxChanges: 0 }))).toMatch(/^batch\.maxChanges: /);
    expect(details(() => gateway.webhooks.batch({ maxChanges: 2.5 }))).toMatch(/^batch\.maxChanges: /);
    expect(details(() => gateway.webhooks.batch({ maxChanges: 2, extra: 1 } as never))).toMatch(/^batch: /);
  });

  it("keeps at most 16 MiB of bodies in the delivery log, the newest", async () => {
    const r = await batched(MAX_BATCH_CHANGES);
    const text = "\u00e9".repeat(4096); // about 25 KB per change, so about 3.7 MB per round
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 150; i++) gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: RECIPIENTS[i % 5]!, text });
      await gateway.webhooks.flush();
    }
    const sent = r.bodies.reduce((n, b) => n + b.length, 0);
    expect(sent).toBeGreaterThan(20 * 1024 * 1024);
    const log = gateway.webhooks.deliveries();
    expect(log.reduce((n, d) => n + d.body.length, 0)).toBeLessThanOrEqual(16 * 1024 * 1024);
    expect(log.length).toBeLessThan(r.bodies.length);
    expect(log.at(-1)!.body).toBe(r.bodies.at(-1));
  }, 20_000); // 22 MB signed and verified: near the default 5 s on a busy machine

  it("the seed's webhookBatch applies on each reset; a bad one names its path", async () => {
    const seeded = createMockGateway({ seed: { ...DEMO_SEED, webhookBatch: { maxChanges: 5 } } });
    await seeded.ready;
    const r = receiver();
    await seeded.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: APP_SECRET });
    for (let i = 0; i < 5; i++) seeded.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: RECIPIENTS[i]!, text: `s${i}` });
    expect(await seeded.webhooks.flush()).toEqual({ attempts: 1, pending: 0 });
    seeded.webhooks.batch({ maxChanges: 1 });
    await seeded.reset();
    expect(seeded.webhooks.batch({ maxChanges: 5 })).toEqual({ maxChanges: 5 });
    expect(() => createMockGateway({ seed: { ...DEMO_SEED, webhookBatch: { maxChanges: 5000 } } })).toThrow(/webhookBatch\.maxChanges/);
  });
});

describe("standalone", () => {
  const r = receiver();
  const { control, baseUrl, receiverUrl } = standaloneWithReceiver(r.fn);

  it("POST /__mock/webhooks/batch batches what is due together; a failed batch is retried whole; bad input is 400 code 100", async () => {
    const { apiKeys } = (await control("reset", {})).body;
    expect(await control("webhooks/batch", { maxChanges: 1001 })).toMatchObject({
      status: 400,
      body: { error: { code: 100, error_data: { details: expect.stringMatching(/^maxChanges: /) } } },
    });
    expect(await control("webhooks/batch", { maxChanges: 3 })).toEqual({ status: 200, body: { maxChanges: 3 } });
    await control("webhooks", { wabaId: DEMO.wabaId, url: receiverUrl(), appSecret: APP_SECRET });
    const client = createSigFollowClient({ apiKey: apiKeys[0].key, baseUrl: baseUrl(), maxRetries: 0 });
    const wamids: string[] = [];
    for (const to of RECIPIENTS.slice(0, 2)) wamids.push((await client.messages.send(DEMO.phoneNumberId, shipped(to))).messages[0]!.id);
    await control("webhooks/flush", {}); // the two `sent`, each on its own tick
    r.answers.push(500);
    await control("clock/advance", { seconds: 5 });
    await control("webhooks/flush", {}); // delivered and read of the first, delivered of the second: one POST, answered 500
    await control("clock/advance", { seconds: 10 });
    expect((await control("webhooks/flush", {})).body).toEqual({ attempts: 2, pending: 0 }); // the batch again, then read of the second
    const seen = statuses(r.events);
    expect(seen.slice(0, 2).sort()).toEqual(wamids.map((w) => `sent ${w}`).sort());
    expect(seen.slice(2)).toEqual([
      `delivered ${wamids[0]}`,
      `read ${wamids[0]}`,
      `delivered ${wamids[1]}`,
      `read ${wamids[1]}`,
    ]);
    const log = (await control("webhooks/deliveries")).body.data as { attempt: number; status: number; changes: number; body: string }[];
    expect(log.map((d) => [d.attempt, d.status, d.changes])).toEqual([[1, 200, 1], [1, 200, 1], [1, 500, 3], [2, 200, 3], [1, 200, 1]]);
    expect(log[2]!.body).toBe(log[3]!.body);
    expectValid(r.bodies);
  });
});
