// Webhook deliveries turned against their host: a queue of failed batches growing without bound,
// subscriptions used as a network probe (handshake errors quoting what a URL serves or telling open
// ports from closed ones, redirects re-POSTing signed bodies elsewhere, subscriptions to the mock
// itself making a delivery loop, credentials in callback URLs), and a callback URL with a fragment.
// All traffic stays on loopback: URLs elsewhere are checked by the URL check alone.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createSigFollowClient } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";
import { createWebhookHandler, type MessageStatus, parseWebhook } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO, type MockGateway } from "../src/index.js";
import { type MockServer, startMockServer } from "../src/node/index.js";
import { payloadOf, statusBound, statusChange, webhookBody } from "../src/webhooks/payloads.js";
import { ownSurfaceProblem } from "../src/webhooks/subscriptions.js";
import { onUnhandled } from "./support/msw.js";
import { listen } from "./support/webhooks.js";

const APP_SECRET = "hostile-app-secret";
const VERIFY_TOKEN = "hostile-verify-token";

/** A raw node:http server on a free loopback port, closed after each test. */
const servers: Server[] = [];
async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ origin: string; port: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    handler!(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, port, hits };
}
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

/** The 400's details of a refused subscription. */
async function refusal(gateway: MockGateway, url: string, extra: { verifyToken?: string } = {}): Promise<string> {
  const error = await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url, appSecret: APP_SECRET, ...extra }).then(
    () => {
      throw new Error(`${url} was accepted`);
    },
    (e: { status: number; error: { code: number; error_data: { details: string } } }) => e,
  );
  expect([error.status, error.error.code]).toEqual([400, 100]);
  return error.error.error_data.details;
}

const always = (status: number) => async () => new Response("no", { status });
/** Inbound text messages from `count` senders. */
const inbound = (gateway: MockGateway, count: number, text: string) => {
  for (let i = 0; i < count; i++) gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: `1650555${String(1000 + i)}`, text });
};
const dropped = (gateway: MockGateway) => gateway.webhooks.deliveries().filter((d) => d.error === "dropped: the delivery queue is full").length;

describe("batched deliveries to failing receivers stay within the queue's bounds", () => {
  it("counts changes, not POSTs: failed batches of several subscriptions never hold more than queueLimit changes", async () => {
    const gateway = createMockGateway({ webhooks: { queueLimit: 1000 } });
    gateway.webhooks.batch({ maxChanges: 1000 });
    for (let i = 0; i < 5; i++) await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: always(500), appSecret: APP_SECRET });
    for (let round = 0; round < 3; round++) {
      inbound(gateway, 150, `round ${round}`);
      const { pending } = await gateway.webhooks.flush(); // every batch fails: each waits for its retry
      expect(pending).toBeLessThanOrEqual(1000);
    }
    expect(dropped(gateway)).toBeGreaterThan(0);
  });

  it("counts bytes: the bodies held stay under queueByteLimit, however they are batched", async () => {
    const gateway = createMockGateway({ webhooks: { queueByteLimit: 1_000_000 } });
    gateway.webhooks.batch({ maxChanges: 1000 });
    for (let i = 0; i < 3; i++) await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: always(503), appSecret: APP_SECRET });
    const text = "\u00e9".repeat(4096); // escaped as \u00e9: over 24 KB per change
    for (let round = 0; round < 3; round++) {
      inbound(gateway, 30, text);
      const { pending } = await gateway.webhooks.flush();
      expect(pending * 24_576).toBeLessThanOrEqual(1_000_000);
    }
    const bodies = gateway.webhooks.deliveries().filter((d) => d.status === 503);
    expect(bodies.length).toBeGreaterThan(0);
    expect(Math.max(...bodies.map((d) => d.body.length))).toBeLessThanOrEqual(1_000_000);
    expect(dropped(gateway)).toBeGreaterThan(0);
  });
});

describe("statuses are built when sent, as they were when queued, and held within the bounds meanwhile", () => {
  const gateway = createMockGateway({ validateResponses: true, webhooks: { queueByteLimit: 100_000, backoffMs: [60_000] } });
  const msw = setupServer(...gateway.handlers);
  let client: ReturnType<typeof createSigFollowClient>;
  beforeAll(async () => {
    msw.listen(onUnhandled("error"));
    client = createSigFollowClient({ apiKey: (await gateway.ready).apiKeys[0]!.key, maxRetries: 0 });
  });
  afterAll(() => msw.close());
  const shipping = (callback: string) =>
    message(DEMO.recipient)
      .template(template("shipping_with_actions", "en_US").body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211"))
      .bizOpaqueCallbackData(callback)
      .build();

  it("a status built long after the send carries the send's time, the template's category and the recipient's identity of then", async () => {
    gateway.reset();
    const statuses: MessageStatus[] = [];
    await gateway.webhooks.subscribe({
      wabaId: DEMO.wabaId,
      url: async (request) => {
        for (const event of parseWebhook(JSON.parse(await request.text()))) if (event.kind === "status") statuses.push(event.status);
        return new Response("ok");
      },
      appSecret: APP_SECRET,
    });
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, userId: "US.111", username: "before" });
    const sentAt = Math.floor(Date.parse(gateway.snapshot().now) / 1000);
    const { messages } = await client.messages.send(DEMO.phoneNumberId, shipping("order-1"));
    // Everything a status shows changes before its body is built.
    gateway.setTemplateCategory("5764362642733705", "MARKETING");
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, userId: "US.222", username: "after" });
    gateway.advanceClock(3_600_000);
    await gateway.webhooks.flush();
    expect(statuses.map((s) => [s.status, s.id, Number(s.timestamp) - sentAt, s.recipient_user_id])).toEqual([
      ["sent", messages[0]!.id, 0, "US.111"],
      ["delivered", messages[0]!.id, 1, "US.111"],
      ["read", messages[0]!.id, 5, "US.111"],
    ]);
    expect(statuses[0]).toMatchObject({ pricing: { category: "utility" }, conversation: { origin: { type: "utility" }, expiration_timestamp: String(sentAt + 86_400) } });
    const bodies = gateway.webhooks.deliveries().map((d) => d.body);
    expect(bodies.filter((b) => b.includes('"username":"before"'))).toHaveLength(2); // delivered and read
    expect(bodies.some((b) => b.includes("US.222") || b.includes('"after"') || b.includes("marketing"))).toBe(false);
  });

  it("a status's bound is over its body, whatever it carries", () => {
    for (const text of ["", "a", '"\\', "\u00e9\u0001", "\u{1F600}x".repeat(40)]) {
      const phone = { id: `1${text}`, wabaId: `2${text}`, tenantId: "t", displayPhoneNumber: `+1 ${text}` };
      const sent = { id: `wamid.${text}`, waId: `1${text}`, category: `utility${text}`, bizOpaqueCallbackData: text, sentAt: -8.64e15 };
      for (const identity of [undefined, { userId: `US.${text}`, username: text, phoneHidden: false }]) {
        for (const status of ["sent", "delivered", "read", "failed"] as const) {
          for (const errorCode of [131049, 131050]) {
            const change = statusChange(phone, sent, status, 8.64e15, { identity, errorCode });
            const body = webhookBody(payloadOf(change));
            expect(body.length).toBeLessThanOrEqual(statusBound(phone, sent, identity));
          }
        }
      }
    }
  });

  it("statuses not built yet count an upper bound of their bodies: the bodies held stay under queueByteLimit", async () => {
    gateway.reset();
    for (let i = 0; i < 2; i++) await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: always(500), appSecret: APP_SECRET });
    const callback = "\u00e9".repeat(512); // escaped as \u00e9: every status body over 3 KB
    for (let i = 0; i < 40; i++) await client.messages.send(DEMO.phoneNumberId, shipping(callback));
    // The sent statuses failed once and await their retry (built); the delivered and read ones are not due (not built).
    const { pending } = await gateway.webhooks.flush();
    expect(pending * 3072).toBeLessThanOrEqual(100_000);
    expect(dropped(gateway)).toBeGreaterThan(0);
    gateway.advanceClock(10_000);
    await gateway.webhooks.flush(); // what is still held is built, sent, and its body validated
    const bodies = gateway.webhooks.deliveries().filter((d) => d.status === 500);
    expect(bodies.length).toBeGreaterThan(0);
    expect(Math.min(...bodies.map((d) => d.body.length))).toBeGreaterThanOrEqual(3072);
  });
});

describe("a full queue's drops cost one record per run", () => {
  /** The drop records: subscription, changes dropped, summary. */
  const drops = (gateway: MockGateway) =>
    gateway.webhooks
      .deliveries()
      .filter((d) => d.error === "dropped: the delivery queue is full")
      .map((d) => [d.subscriptionId, d.changes, d.summary]);

  it("a subscription's consecutive drops are one record counting their changes, interleaved with other subscriptions' or not; an attempt starts a new run", async () => {
    const gateway = createMockGateway({ webhooks: { queueLimit: 4 } });
    const a = await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: always(500), appSecret: APP_SECRET });
    const b = await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: always(500), appSecret: APP_SECRET });
    inbound(gateway, 10, "hello"); // 20 deliveries, a's and b's in turn: the 16 oldest dropped
    const first = drops(gateway);
    expect(first.map(([id, changes]) => [id, changes])).toEqual([
      [a.id, 8],
      [b.id, 8],
    ]);
    expect(first[0]![2]).toMatch(/^message text /); // the oldest dropped: the first sender's message
    expect(first[0]![2]).toBe(first[1]![2]);
    const { pending } = await gateway.webhooks.flush(); // the 4 kept fail once: 4 attempts logged, awaiting a retry
    expect(pending).toBe(4);
    inbound(gateway, 1, "again"); // 2 more: the 2 oldest, awaiting their retry, dropped; each subscription logged an attempt since its run
    expect(drops(gateway).slice(2).map(([id, changes]) => [id, changes])).toEqual([
      [a.id, 1],
      [b.id, 1],
    ]);
  });
});

describe("subscriptions are no network probe", () => {
  const gateway = createMockGateway();
  const msw = setupServer(...gateway.handlers);
  beforeAll(() => msw.listen(onUnhandled("error")));
  afterAll(() => msw.close());

  it("the handshake's error gives the status and a fixed reason, never what the URL answered", async () => {
    const secret = "SECRET-PAGE-CONTENT";
    const page = await serve((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ secret })));
    const denied = await serve((_, res) => res.writeHead(403).end(secret));
    const ok = await refusal(gateway, `${page.origin}/snapshot`, { verifyToken: VERIFY_TOKEN });
    expect(ok).toMatch(/handshake failed.*got 200 without the challenge/);
    expect(ok).not.toContain(secret);
    const forbidden = await refusal(gateway, `${denied.origin}/`, { verifyToken: VERIFY_TOKEN });
    expect(forbidden).toMatch(/got 403;/);
    expect(forbidden).not.toContain(secret);
  });

  it("a closed port, a reset connection and a silent receiver give the same error, in the handshake and in the delivery log", async () => {
    const quick = createMockGateway({ webhooks: { timeoutMs: 300, backoffMs: [] } });
    const closed = await serve(() => undefined);
    const closedUrl = `${closed.origin}/hook`;
    await new Promise((resolve) => servers.pop()!.close(resolve)); // nothing listens there now
    const reset = await serve((req) => req.socket.destroy());
    const silent = await serve(() => undefined);
    const urls = [closedUrl, `${reset.origin}/hook`, `${silent.origin}/hook`];
    const reasons = await Promise.all(urls.map(async (url) => (await refusal(quick, url, { verifyToken: VERIFY_TOKEN })).replace(/hub\.challenge=\d+/, "")));
    expect(new Set(reasons).size).toBe(1);
    expect(reasons[0]).toMatch(/got no answer/);
    for (const url of urls) await quick.webhooks.subscribe({ wabaId: DEMO.wabaId, url, appSecret: APP_SECRET });
    inbound(quick, 1, "probe");
    await quick.webhooks.flush();
    const errors = quick.webhooks.deliveries().map((d) => d.error);
    expect(errors).toHaveLength(3);
    expect(new Set(errors).size).toBe(1);
    expect(errors[0]).toMatch(/^no answer: .*; dropped after 1 attempts$/);
  });

  it("does not follow redirects: a 307 is a failed attempt, logged, and the signed body goes nowhere else; nor does the handshake", async () => {
    const elsewhere = await serve((req, res) => {
      req.resume();
      res.writeHead(200).end();
    });
    const redirecting = await serve((req, res) => {
      req.resume();
      res.writeHead(307, { location: `${elsewhere.origin}/stolen${req.url?.slice(req.url.indexOf("?")) ?? ""}` }).end();
    });
    const handshake = await refusal(gateway, `${redirecting.origin}/hook`, { verifyToken: VERIFY_TOKEN });
    expect(handshake).toMatch(/got 307 \(redirects are not followed\)/);
    const subscription = await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: `${redirecting.origin}/hook`, appSecret: APP_SECRET });
    inbound(gateway, 1, "redirected");
    await gateway.webhooks.flush();
    expect(elsewhere.hits).toEqual([]);
    expect(redirecting.hits.filter((h) => h.startsWith("POST"))).toHaveLength(1);
    const log = gateway.webhooks.deliveries().filter((d) => d.subscriptionId === subscription.id);
    expect(log.map((d) => [d.status, d.error])).toEqual([[307, "the receiver answered 307 (redirects are not followed)"]]);
    expect(log[0]!.nextRetryAt).not.toBeNull();
    gateway.webhooks.unsubscribe(subscription.id);
  });

  it("refuses credentials in a callback URL (they would be listed in clear), from TypeScript, the control API and the seed", async () => {
    expect(await refusal(gateway, "http://user:pass@127.0.0.1:9/hook")).toMatch(/^webhook\.url: must not carry credentials/);
    expect(await refusal(gateway, "http://user@127.0.0.1:9/hook")).toMatch(/credentials/);
    const res = await gateway.fetch("https://api.sigfollow.com/__mock/webhooks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ wabaId: DEMO.wabaId, url: "http://admin:hunter2@127.0.0.1:9/", appSecret: APP_SECRET }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.error_data.details).toMatch(/^url: must not carry credentials/);
    expect(JSON.stringify(gateway.webhooks.list())).not.toContain("hunter2");
    const seed = { tenants: [{ id: "t1", wabas: [{ id: "w1", phoneNumbers: [{ id: "p1" }], webhooks: [{ url: "http://u:p@127.0.0.1:9/", appSecret: APP_SECRET }] }] }] };
    expect(() => createMockGateway({ seed })).toThrow(/webhooks\[0\]\.url: must not carry credentials/);
  });
});

describe("subscriptions to the mock itself are refused (a delivery loop)", () => {
  it("in process: the origin the handlers answer", async () => {
    const gateway = createMockGateway();
    expect(await refusal(gateway, "https://api.sigfollow.com/__mock/templates/1234567890/approve")).toMatch(/^url: https:\/\/api\.sigfollow\.com is the mock gateway's own base URL/);
    expect(await refusal(gateway, "https://API.sigfollow.com:443/v1/x")).toMatch(/own base URL/);
    const custom = createMockGateway({ baseUrl: "http://127.0.0.1:8123/gw" });
    expect(await refusal(custom, "http://127.0.0.1:8123/gw/__mock/reset")).toMatch(/own base URL/);
    expect(custom.webhooks.list()).toEqual([]);
  });

  describe("standalone", () => {
    let server: MockServer;
    beforeAll(async () => {
      server = await startMockServer({ port: 0 });
    });
    afterAll(() => server?.close());

    it("any local address or the server's names on its port, from TypeScript and over HTTP", async () => {
      const { port } = server;
      const local = ["127.0.0.1", "localhost", "LOCALHOST.", "app.localhost", "127.9.8.7", "[::1]", "0.0.0.0", "[::]", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]"];
      for (const host of local) {
        expect(await refusal(server.gateway, `http://${host}:${port}/__mock/templates/1234567890/approve`)).toMatch(new RegExp(`^url: port ${port} of this machine is the mock gateway's own server`));
      }
      const res = await fetch(`${server.url}/__mock/webhooks`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ wabaId: DEMO.wabaId, url: `${server.url}/__mock/templates/1234567890/approve`, appSecret: APP_SECRET }),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 100, error_data: { details: expect.stringMatching(/own server; deliveries there would call the mock itself/) } } });
      expect(server.gateway.webhooks.list()).toEqual([]);
      // Another port of this machine is a receiver like any other.
      const receiver = await listen(createWebhookHandler({ appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN }));
      try {
        await expect(server.gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: receiver.url, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN })).resolves.toMatchObject({ verified: true });
      } finally {
        receiver.server.close();
      }
    });

    it("its deliveries and handshakes carry the gateway's mark, and a request carrying it is refused (508, Meta-style) whatever name reached the server", async () => {
      const seen: unknown[] = [];
      const receiver = await serve((req, res) => {
        seen.push(req.headers["x-sigfollow-mock-delivery"]);
        req.resume();
        res.writeHead(200).end(new URL(req.url!, "http://receiver").searchParams.get("hub.challenge") ?? "");
      });
      const sub = await server.gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: `${receiver.origin}/hook`, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN });
      try {
        server.gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from: "16505551000", text: "hi" });
        await server.gateway.webhooks.flush();
        expect(receiver.hits.map((h) => h.split(" ")[0])).toEqual(["GET", "POST"]);
        const mark = seen[0] as string;
        expect(mark).toMatch(/^[0-9a-f]{32}$/);
        expect(seen[1]).toBe(mark);
        // What a delivery to the mock by a name the URL check cannot know would send: refused on either surface, nothing done.
        for (const path of ["/__mock/templates/1234567890/approve", `/v1/${DEMO.phoneNumberId}/messages`]) {
          const res = await fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json", "x-sigfollow-mock-delivery": mark }, body: "{}" });
          expect(res.status).toBe(508);
          expect((await res.json()).error).toMatchObject({ code: 100, type: "OAuthException", error_data: { details: expect.stringMatching(/own webhook deliveries/) }, fbtrace_id: expect.any(String) });
        }
        // Another gateway's mark is a request like any other.
        const other = await fetch(`${server.url}/v1/${DEMO.phoneNumberId}/messages`, { method: "POST", headers: { "content-type": "application/json", "x-sigfollow-mock-delivery": "0".repeat(32) }, body: "{}" });
        expect(other.status).toBe(401);
      } finally {
        server.gateway.webhooks.unsubscribe(sub.id);
      }
    });

    it("a reset whose seed subscribes the server itself is refused before anything changes", async () => {
      const before = server.gateway.snapshot();
      const seed = { tenants: [{ id: "t1", wabas: [{ id: "w1", phoneNumbers: [{ id: "p1" }], webhooks: [{ url: `${server.url}/__mock/reset`, appSecret: APP_SECRET }] }] }] };
      const res = await fetch(`${server.url}/__mock/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seed }) });
      expect(res.status).toBe(400);
      expect((await res.json()).error.error_data.details).toMatch(/own server/);
      expect(server.gateway.snapshot()).toEqual(before);
      expect((await fetch(`${server.url}/__mock/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(200);
    });

    it("the URL check: the server's own names and addresses on its port, not other hosts or ports (checked without sending anything)", () => {
      const own = [{ port: 4010, hosts: ["0.0.0.0", "mock-host", "192.0.2.10"] }];
      expect(ownSurfaceProblem(new URL("http://mock-host:4010/__mock/reset"), [], own)).toMatch(/own server/);
      expect(ownSurfaceProblem(new URL("http://192.0.2.10:4010/"), [], own)).toMatch(/own server/);
      expect(ownSurfaceProblem(new URL("http://192.0.2.11:4010/"), [], own)).toBeNull();
      expect(ownSurfaceProblem(new URL("http://mock-host:4011/"), [], own)).toBeNull();
      expect(ownSurfaceProblem(new URL("https://example.com/hook"), ["https://api.sigfollow.com"], own)).toBeNull();
      expect(ownSurfaceProblem(new URL("http://localhost/"), [], [{ port: 80, hosts: [] }])).toMatch(/own server/);
    });
  });
});

describe("a callback URL with a #fragment", () => {
  it("gets the hub.* query before the fragment, its own query kept, so the receiver answers the handshake", async () => {
    const seen: string[] = [];
    const handle = createWebhookHandler({ appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN });
    const receiver = await listen(async (request) => {
      seen.push(new URL(request.url).search);
      return handle(request);
    });
    try {
      const gateway = createMockGateway();
      const url = `${receiver.url}?tenant=a%20b#section`;
      await expect(gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN })).resolves.toMatchObject({ url, verified: true });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/^\?tenant=a%20b&hub\.mode=subscribe&hub\.verify_token=hostile-verify-token&hub\.challenge=\d+$/);
    } finally {
      receiver.server.close();
    }
  });
});
