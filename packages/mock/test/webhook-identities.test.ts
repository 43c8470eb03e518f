// Users identified by a business-scoped user id (BSUID) in the mock's webhooks: a recipient's
// `userId`, `username` and `phoneHidden` (seed, TypeScript, control API in process and against the
// standalone server). Every payload is checked against the spec's `webhooks` schemas and read back
// with `parseWebhook` of `@sigfollow/client/webhooks`.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSigFollowClient } from "@sigfollow/client";
import { message } from "@sigfollow/client/builders";
import { parseWebhook, type WebhookEvent, type WebhookPayload } from "@sigfollow/client/webhooks";
import { createMockGateway, DEMO, parseSeed, SeedError } from "../src/index.js";
import { check } from "../src/validation.js";
import { details, standaloneWithReceiver } from "./support/webhooks.js";

const APP_SECRET = "mock-app-secret";
const USER_ID = "US.13491208655302741918";
const OTHER = "16505557777";

/** A function receiver that keeps the raw bodies POSTed to it (each checked against the spec). */
function receiver() {
  const bodies: string[] = [];
  const fn = async (request: Request) => {
    bodies.push(await request.text());
    return new Response("ok");
  };
  const payloads = () => bodies.map((b) => JSON.parse(b) as WebhookPayload);
  const values = () => payloads().map((p) => p.entry[0]!.changes[0]!.value as Record<string, unknown> & { contacts?: unknown[]; statuses?: Record<string, unknown>[]; messages?: Record<string, unknown>[] });
  return { fn, bodies, payloads, values };
}

const expectValid = (bodies: string[]) => {
  expect(bodies.length).toBeGreaterThan(0);
  for (const body of bodies) expect(check("/components/schemas/WebhookPayload", JSON.parse(body), "webhook")).toBeNull();
};

describe("in process", () => {
  const gateway = createMockGateway({ validateResponses: true });
  let client: ReturnType<typeof createSigFollowClient>;
  let r: ReturnType<typeof receiver>;
  beforeAll(async () => {
    client = createSigFollowClient({ apiKey: (await gateway.ready).apiKeys[0]!.key, maxRetries: 0, fetch: gateway.fetch });
  });
  beforeEach(async () => {
    await gateway.reset();
    r = receiver();
    await gateway.webhooks.subscribe({ wabaId: DEMO.wabaId, url: r.fn, appSecret: APP_SECRET });
  });

  const send = async (to: string) => (await client.messages.send(DEMO.phoneNumberId, message(to).text("Hello").build())).messages[0]!.id;
  const inbound = async (from: string, extra: { profileName?: string } = {}) => {
    const received = gateway.receiveInbound({ phoneNumberId: DEMO.phoneNumberId, from, text: "Hola", ...extra });
    await gateway.webhooks.flush();
    return received.message.id;
  };

  it("a phone-hidden user: inbound without from and wa_id, with from_user_id, user_id and username; parseWebhook finds the sender by user id", async () => {
    const set = gateway.webhooks.setRecipient({ phone: `+${DEMO.recipient}`, userId: USER_ID, username: "pablo.m", phoneHidden: true });
    expect(set).toEqual({ phone: `+${DEMO.recipient}`, outcome: "read", userId: USER_ID, username: "pablo.m", phoneHidden: true });
    const id = await inbound(DEMO.recipient, { profileName: "Pablo Morales" });
    const [value] = r.values();
    expect(value!.contacts).toEqual([{ profile: { name: "Pablo Morales", username: "pablo.m" }, user_id: USER_ID }]);
    expect(value!.messages).toEqual([{ from_user_id: USER_ID, id, timestamp: expect.any(String), type: "text", text: { body: "Hola" } }]);
    expect(r.bodies[0]).not.toContain(DEMO.recipient);
    expectValid(r.bodies);

    const [event] = parseWebhook(r.bodies[0]!);
    expect(event).toMatchObject({ kind: "message", phoneNumberId: DEMO.phoneNumberId, contact: { user_id: USER_ID, profile: { username: "pablo.m" } } });
    const sender = event!.kind === "message" ? event!.message : null;
    expect([sender?.from, sender?.from_user_id]).toEqual([undefined, USER_ID]);
    // The contact upsert and the 24-hour window still go by the phone number (the gateway's key).
    expect(gateway.snapshot().tenants[0]!.contacts.some((c) => c.phone === DEMO.recipient)).toBe(true);
  });

  it("statuses: recipient_user_id and user_id on sent, delivered, read, the username on delivered and read; the phone stays (the send went to it)", async () => {
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, userId: USER_ID, username: "pablo.m", phoneHidden: true });
    const wamid = await send(DEMO.recipient);
    gateway.advanceClock(5000);
    await gateway.webhooks.flush();
    const values = r.values();
    expect(values.map((v) => v.statuses![0]!.status)).toEqual(["sent", "delivered", "read"]);
    for (const v of values) expect(v.statuses![0]).toMatchObject({ id: wamid, recipient_id: DEMO.recipient, recipient_user_id: USER_ID });
    expect(values.map((v) => v.contacts)).toEqual([
      [{ wa_id: DEMO.recipient, user_id: USER_ID }],
      [{ profile: { username: "pablo.m" }, wa_id: DEMO.recipient, user_id: USER_ID }],
      [{ profile: { username: "pablo.m" }, wa_id: DEMO.recipient, user_id: USER_ID }],
    ]);
    expectValid(r.bodies);
    const events = r.bodies.flatMap((b) => parseWebhook(b));
    expect(events.map((e) => e.kind === "status" && e.contact?.user_id)).toEqual([USER_ID, USER_ID, USER_ID]);
  });

  it("a failed status lists no contact and no user id; a user id without a username or a hidden phone keeps from and wa_id", async () => {
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, outcome: "failed", errorCode: 131049, userId: USER_ID });
    await send(DEMO.recipient);
    await gateway.webhooks.flush();
    const [failed] = r.values();
    expect(failed).not.toHaveProperty("contacts");
    expect(failed!.statuses![0]).toMatchObject({ status: "failed", recipient_id: DEMO.recipient, errors: [{ code: 131049 }] });
    expect(failed!.statuses![0]).not.toHaveProperty("recipient_user_id");

    const id = await inbound(DEMO.recipient);
    const value = r.values()[1]!;
    expect(value.contacts).toEqual([{ profile: { name: "" }, wa_id: DEMO.recipient, user_id: USER_ID }]);
    expect(value.messages![0]).toMatchObject({ from: DEMO.recipient, from_user_id: USER_ID, id });
    expectValid(r.bodies);
  });

  it("recipients without an identity get the payloads they always did; setting read without one forgets the identity", async () => {
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, userId: USER_ID, username: "pablo.m", phoneHidden: true });
    await send(OTHER).catch(() => undefined); // no window with OTHER: refused, nothing delivered
    await inbound(OTHER, { profileName: "Ana" });
    const wamid = await send(OTHER);
    await gateway.webhooks.flush();
    const [message, sent] = r.bodies;
    expect(message).toMatch(new RegExp(`"contacts":\\[\\{"profile":\\{"name":"Ana"\\},"wa_id":"${OTHER}"\\}\\],"messages":\\[\\{"from":"${OTHER}","id":"`));
    expect(sent).toContain(`"contacts":[{"wa_id":"${OTHER}"}],"statuses":[{"id":"${wamid}","status":"sent","timestamp":`);
    expect(r.bodies.join("")).not.toContain("user_id");

    expect(gateway.webhooks.setRecipient({ phone: DEMO.recipient, outcome: "read" })).toEqual({ phone: DEMO.recipient, outcome: "read" });
    await inbound(DEMO.recipient);
    expect(r.values()[2]!.messages![0]).toMatchObject({ from: DEMO.recipient });
    expect(r.bodies[2]).not.toContain("user_id");
  });

  it("refuses bad identities with a Meta-style 400 naming the field, and keeps the previous settings", async () => {
    gateway.webhooks.setRecipient({ phone: DEMO.recipient, userId: USER_ID, username: "pablo.m", phoneHidden: true });
    const set = (input: Record<string, unknown>) => () => gateway.webhooks.setRecipient({ phone: DEMO.recipient, ...input } as never);
    expect(details(set({ userId: "13491208655302741918" }))).toMatch(/^recipient\.userId: must be a business-scoped user id/);
    expect(details(set({ userId: "us.1349" }))).toMatch(/^recipient\.userId: /);
    expect(details(set({ userId: "US.1349-1208" }))).toMatch(/^recipient\.userId: /);
    expect(details(set({ userId: `US.${"7".repeat(129)}` }))).toMatch(/^recipient\.userId: /);
    expect(details(set({ username: "pablo.m" }))).toMatch(/^recipient\.username: username goes with userId/);
    expect(details(set({ userId: USER_ID, username: "x".repeat(65) }))).toMatch(/^recipient\.username: /);
    expect(details(set({ userId: USER_ID, username: "" }))).toMatch(/^recipient\.username: /);
    expect(details(set({ userId: USER_ID, phoneHidden: true }))).toMatch(/^recipient\.phoneHidden: phoneHidden goes with userId and username/);
    expect(details(set({ userId: USER_ID, username: "p", phoneHidden: false }))).toMatch(/^recipient\.phoneHidden: /);
    expect(details(set({ userId: USER_ID, nickname: "p" }))).toMatch(/nickname/);
    expect(details(() => gateway.webhooks.setRecipient({ phone: OTHER, userId: USER_ID }))).toBe(`userId: ${USER_ID} is already the user id of ${DEMO.recipient}`);
    // Nothing of a refused call applied: the first settings still hold.
    await inbound(DEMO.recipient);
    expect(r.values()[0]!.contacts).toEqual([{ profile: { name: "", username: "pablo.m" }, user_id: USER_ID }]);
    // The same user id may be set again for its own phone; the longest user id is taken.
    expect(gateway.webhooks.setRecipient({ phone: DEMO.recipient, userId: USER_ID })).toMatchObject({ userId: USER_ID });
    expect(gateway.webhooks.setRecipient({ phone: OTHER, userId: `BR.${"7".repeat(128)}` })).toMatchObject({ phone: OTHER });
  });

  it("bounds the recipients: identities count, replacing one does not, and the refused one is not stored", async () => {
    for (let i = 0; i < 1000; i++) gateway.webhooks.setRecipient({ phone: `1650${String(1_000_000 + i)}`, userId: `US.${i}` });
    expect(details(() => gateway.webhooks.setRecipient({ phone: OTHER, userId: "US.x" }))).toBe("recipients: at most 1000 recipients");
    gateway.webhooks.setRecipient({ phone: "16501000000", userId: "US.0", username: "zero" });
    gateway.webhooks.setRecipient({ phone: OTHER, outcome: "read" }); // the default: nothing to store
    await inbound(OTHER);
    expect(r.bodies[0]).not.toContain("user_id");
  });

  it("the control API takes the same input and answers zod problems as 400 code 100", async () => {
    const post = async (body: unknown) => {
      const res = await gateway.fetch("https://api.sigfollow.com/__mock/webhooks/recipients", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = await res.json();
      return [res.status, json.error ? `${json.error.code} ${json.error.error_data.details}` : json];
    };
    expect(await post({ phone: DEMO.recipient, userId: USER_ID, username: "pablo.m", phoneHidden: true })).toEqual([200, { phone: DEMO.recipient, outcome: "read", userId: USER_ID, username: "pablo.m", phoneHidden: true }]);
    expect(await post({ phone: DEMO.recipient, userId: "US_1" })).toEqual([400, expect.stringMatching(/^100 userId: must be a business-scoped user id/)]);
    expect(await post({ phone: DEMO.recipient, userId: USER_ID, phoneHidden: true })).toEqual([400, expect.stringMatching(/^100 phoneHidden: /)]);
    expect(await post({ phone: DEMO.recipient, userId: 42 })).toEqual([400, expect.stringMatching(/^100 userId: /)]);
    const routes: string[] = (await (await gateway.fetch("https://api.sigfollow.com/__mock")).json()).routes;
    expect(routes.find((line) => line.includes("/__mock/webhooks/recipients"))).toContain("{ phone, outcome?, errorCode?, userId?, username?, phoneHidden? }");
  });
});

describe("seed", () => {
  it("webhookRecipients take the identity; a reset restores it", async () => {
    const r = receiver();
    const seed = {
      tenants: [{ id: "t1", wabas: [{ id: "w1", phoneNumbers: [{ id: "p1" }] }] }],
      webhookRecipients: [{ phone: "16505551234", userId: USER_ID, username: "pablo.m", phoneHidden: true as const }],
    };
    const gateway = createMockGateway({ seed });
    await gateway.webhooks.subscribe({ wabaId: "w1", url: r.fn, appSecret: APP_SECRET });
    gateway.receiveInbound({ phoneNumberId: "p1", from: "16505551234", text: "Hola" });
    await gateway.webhooks.flush();
    await gateway.webhooks.subscribe({ wabaId: "w1", url: r.fn, appSecret: APP_SECRET }).then(() => gateway.reset());
    await gateway.webhooks.subscribe({ wabaId: "w1", url: r.fn, appSecret: APP_SECRET });
    gateway.receiveInbound({ phoneNumberId: "p1", from: "16505551234", text: "again" });
    await gateway.webhooks.flush();
    expect(r.values().map((v) => [v.contacts, (v.messages![0] as { from?: string }).from])).toEqual([
      [[{ profile: { name: "", username: "pablo.m" }, user_id: USER_ID }], undefined],
      [[{ profile: { name: "", username: "pablo.m" }, user_id: USER_ID }], undefined],
    ]);
    expectValid(r.bodies);
  });

  it("a bad identity or a user id given twice fails the seed with its path", () => {
    const problems = (webhookRecipients: unknown[]) => {
      try {
        parseSeed({ webhookRecipients });
      } catch (error) {
        expect(error).toBeInstanceOf(SeedError);
        return (error as SeedError).problems;
      }
      return [];
    };
    expect(problems([{ phone: "16505551234", userId: "nope" }])).toEqual([expect.stringMatching(/^webhookRecipients\[0\]\.userId: must be a business-scoped user id/)]);
    expect(problems([{ phone: "16505551234", userId: USER_ID, phoneHidden: true }])).toEqual([expect.stringMatching(/^webhookRecipients\[0\]\.phoneHidden: /)]);
    expect(problems([{ phone: "16505551234", userId: USER_ID }, { phone: "16505559999", userId: USER_ID }])).toEqual([
      `webhookRecipients[1].userId: duplicate webhook recipient userId ${USER_ID} (also at webhookRecipients[0].userId)`,
    ]);
  });
});

describe("standalone", () => {
  const bodies: string[] = [];
  const { control, baseUrl, receiverUrl } = standaloneWithReceiver(async (request) => {
    if (request.method === "POST") bodies.push(await request.text());
    return new Response("ok");
  });

  it("over HTTP: a phone-hidden user's inbound message and statuses, signed, valid against the spec; a bad input is refused whole", async () => {
    const { body: reset } = await control("reset", {});
    const client = createSigFollowClient({ apiKey: reset.apiKeys[0].key, baseUrl: baseUrl(), maxRetries: 0 });
    await control("webhooks", { wabaId: DEMO.wabaId, url: receiverUrl(), appSecret: APP_SECRET });
    expect(await control("webhooks/recipients", { phone: DEMO.recipient, userId: USER_ID, username: "pablo.m", phoneHidden: true })).toMatchObject({ status: 200 });
    const refused = await control("webhooks/recipients", { phone: DEMO.recipient, outcome: "failed", userId: `US.${"1".repeat(129)}` });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: 100, error_data: { details: expect.stringMatching(/^userId: /) } } } });

    await control("inbound", { phoneNumberId: DEMO.phoneNumberId, from: DEMO.recipient, text: "Hola", profileName: "Pablo Morales" });
    const { messages } = await client.messages.send(DEMO.phoneNumberId, message(DEMO.recipient).text("Hi Pablo").build());
    await control("clock/advance", { seconds: 5 });
    expect(await control("webhooks/flush", {})).toMatchObject({ body: { pending: 0 } });
    expectValid(bodies);
    const events: WebhookEvent[] = bodies.flatMap((b) => parseWebhook(b));
    const inbound = events.find((e) => e.kind === "message");
    expect(inbound).toMatchObject({ contact: { user_id: USER_ID, profile: { name: "Pablo Morales", username: "pablo.m" } }, message: { from_user_id: USER_ID, text: { body: "Hola" } } });
    expect(inbound?.kind === "message" && "from" in inbound.message).toBe(false);
    expect(inbound?.kind === "message" && inbound.contact && "wa_id" in inbound.contact).toBe(false);
    const statuses = events.flatMap((e) => (e.kind === "status" ? [e.status] : []));
    // Not failed: the refused call changed nothing.
    expect(statuses.map((s) => [s.id, s.status, s.recipient_id, s.recipient_user_id])).toEqual(
      ["sent", "delivered", "read"].map((s) => [messages[0]!.id, s, DEMO.recipient, USER_ID]),
    );
    const deliveries = (await control("webhooks/deliveries")).body.data as { body: string }[];
    expect(deliveries.map((d) => d.body).sort()).toEqual([...bodies].sort());
  });
});
