// Property-based: random methods, paths, headers and bodies at every endpoint. Whatever comes in:
// no 500, no crash, every error Meta-shaped and documented (responses are checked against the
// spec), and the invariants hold: never more than 20 active tags, no cross-tenant read, no message
// recorded for a rejected send.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMockGateway } from "../src/index.js";
import document from "../src/generated/openapi.json";
import { harness } from "./support/harness.js";
import { IDS, KEYS, manyTags, testSeed } from "./support/seed.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const spec = document as unknown as Json;

/** Valid request bodies from the spec's own examples, per operation. */
const examples: Record<string, unknown[]> = {};
for (const item of Object.values(spec.paths as Json)) {
  for (const op of Object.values(item as Json)) {
    const media = (op as Json)?.requestBody?.content?.["application/json"];
    if (media?.examples) examples[(op as Json).operationId] = Object.values(media.examples as Json).map((e) => (e as Json).value);
  }
}
const templates = Object.values(spec.paths as Json).flatMap((item) =>
  ["get", "post", "patch", "delete"].filter((m) => (item as Json)[m]).map((m) => ({ method: m.toUpperCase(), path: (item as Json)[m] && (Object.keys(spec.paths).find((p) => spec.paths[p] === item) as string), op: (item as Json)[m] })),
);

const tenantBSecrets = [IDS.bob, IDS.bobPhone, IDS.tenantB, "b_template", "19998887777", IDS.tagB, "Tenant B"];
const param = fc.oneof(
  fc.constantFrom(IDS.phoneA1, IDS.phoneA2, IDS.phoneB1, IDS.wabaA, IDS.wabaB, IDS.alice, IDS.bob, IDS.tagVip, IDS.tagB, ...manyTags.slice(0, 3), IDS.alicePhone, IDS.blacklisted, "by-phone", "contacts", "..", "%00", "%E0%A4%A", "+1%20650-555-1234"),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const GOOD_PARAMS: Record<string, string> = { phoneNumberId: IDS.phoneA1, wabaId: IDS.wabaA, contactId: IDS.alice, tagId: IDS.tagVip, phone: IDS.blacklisted };
const path = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...templates).map((t) => ({ method: t.method, path: t.path.replace(/\{([^}]+)\}/g, (_: string, name: string) => GOOD_PARAMS[name]!), operationId: t.op.operationId as string })) },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...templates), fc.array(param, { minLength: 3, maxLength: 3 })).map(([t, ps]) => ({ method: t.method, path: t.path.replace(/\{[^}]+\}/g, () => ps.shift() ?? "x"), operationId: t.op.operationId as string })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS"), fc.array(param, { maxLength: 5 })).map(([method, ps]) => ({ method, path: `/v1/${ps.join("/")}`, operationId: "" })) },
);

/** A JSON value with a random edit: a field replaced, removed or added, possibly deep. */
function mutate(value: unknown): fc.Arbitrary<unknown> {
  return fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom("replace", "delete", "add", "keep")).map(([junk, pick, how]) => {
    const copy = structuredClone(value) as Json;
    const slots: [Json, string | number][] = [];
    const walk = (node: unknown) => {
      if (node && typeof node === "object") {
        for (const key of Object.keys(node)) {
          slots.push([node as Json, Array.isArray(node) ? Number(key) : key]);
          walk((node as Json)[key]);
        }
      }
    };
    walk(copy);
    if (how === "keep" || slots.length === 0) return copy;
    const [parent, key] = slots[pick % slots.length]!;
    if (how === "replace") parent[key] = junk;
    else if (how === "delete") delete parent[key];
    else parent[`x${pick % 5}`] = junk;
    return copy;
  });
}

const body = (operationId: string) =>
  fc.oneof(
    { weight: 5, arbitrary: examples[operationId] ? fc.constantFrom(...examples[operationId]!).chain(mutate) : fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
const headers = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ authorization: `Bearer ${KEYS.all}`, "content-type": "application/json" }) },
  { weight: 2, arbitrary: fc.record(
  {
    authorization: fc.oneof(fc.constantFrom(...Object.values(KEYS)).map((k) => `Bearer ${k}`), fc.string({ maxLength: 30 }), fc.constant(`Bearer ${KEYS.all}`)),
    "content-type": fc.constantFrom("application/json", "application/json; charset=utf-8", "multipart/form-data; boundary=zz", "text/plain", "application/x-www-form-urlencoded", "ápplication/json"),
  },
  { requiredKeys: [] },
  ) },
) as fc.Arbitrary<{ authorization?: string; "content-type"?: string }>;
const query = fc.dictionary(fc.constantFrom("filter_blacklist", "limit", "after", "name", "phone"), fc.oneof(fc.constantFrom("true", "false", "1", "0", "25", "-1", IDS.alicePhone, "order_shipped"), fc.string({ maxLength: 10 })), { maxKeys: 3 });

const request = path.chain((p) => fc.record({ target: fc.constant(p), body: body(p.operationId), headers, query, raw: fc.boolean() }));

function checkAnswer(status: number, text: string, requestText: string, key: string | undefined) {
  expect(status, text).not.toBe(500);
  expect(status).toBeLessThan(600);
  const parsed = JSON.parse(text);
  if (status >= 400) {
    expect(typeof parsed.error.message).toBe("string");
    expect(typeof parsed.error.type).toBe("string");
    expect(Number.isInteger(parsed.error.code)).toBe(true);
    expect(typeof parsed.error.fbtrace_id).toBe("string");
    if (parsed.error.error_data) expect(parsed.error.error_data.messaging_product).toBe("whatsapp");
  }
  if (key !== `Bearer ${KEYS.otherTenant}`) {
    for (const secret of tenantBSecrets) if (!requestText.includes(secret)) expect(text, `leaked ${secret}`).not.toContain(secret);
  }
}

describe("property: random requests (in process)", () => {
  it("never answers 500, always Meta-shaped, keeps every invariant", async () => {
    const gateway = createMockGateway({ seed: testSeed(), baseUrl: "https://prop.sigfollow.test", validateResponses: true });
    await gateway.ready;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ target, body, headers, query, raw }) => {
        const url = new URL(`https://prop.sigfollow.test${target.path}`);
        for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
        const init: RequestInit = { method: target.method, headers };
        if (body !== undefined && target.method !== "GET" && target.method !== "HEAD") init.body = raw && typeof body === "string" ? body : JSON.stringify(body);
        const before = gateway.messages().length;
        const response = await gateway.fetch(url, init);
        const text = await response.text();
        if (target.method === "HEAD") return;
        checkAnswer(response.status, text, `${url.href} ${String(init.body)}`, headers.authorization);
        const sent = target.operationId === "sendMessage" && response.status === 200;
        if (sent) accepted++;
        expect(gateway.messages().length).toBe(before + (sent ? 1 : 0));
      }),
      { numRuns: 400, seed: 20260513 },
    );
    for (const tenant of gateway.snapshot().tenants) for (const contact of tenant.contacts) expect(contact.tags.length).toBeLessThanOrEqual(20);
    expect(accepted).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it("sends: a message is recorded exactly when the answer is 200", async () => {
    const gateway = createMockGateway({ seed: testSeed(), baseUrl: "https://send.sigfollow.test", validateResponses: true });
    const send = fc.record({
      body: fc.constantFrom(...examples.sendMessage!).chain((b) => fc.oneof(fc.constant(b), mutate(b))),
      to: fc.constantFrom(IDS.alicePhone, IDS.blacklisted, "+1 650 555 1234", "447700900123", undefined),
      filter: fc.constantFrom("true", "false", undefined),
      phone: fc.constantFrom(IDS.phoneA1, IDS.phoneA2, IDS.phoneB1),
    });
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(send, async ({ body, to, filter, phone }) => {
        const json = to && body && typeof body === "object" ? { ...(body as object), to } : body;
        const before = gateway.messages().length;
        const response = await gateway.fetch(`https://send.sigfollow.test/v1/${phone}/messages${filter ? `?filter_blacklist=${filter}` : ""}`, {
          method: "POST",
          headers: { Authorization: `Bearer ${KEYS.all}`, "Content-Type": "application/json" },
          body: JSON.stringify(json),
        });
        const text = await response.text();
        checkAnswer(response.status, text, JSON.stringify(json), `Bearer ${KEYS.all}`);
        if (response.status === 200) accepted++;
        expect(gateway.messages().length).toBe(before + (response.status === 200 ? 1 : 0));
        if (filter === "true" && json && typeof json === "object" && (json as { to?: string }).to === IDS.blacklisted) expect(response.status).not.toBe(200);
      }),
      { numRuns: 300, seed: 99 },
    );
    expect(accepted).toBeGreaterThan(10);
  }, 60_000);

  it("tag assignments never exceed 20 active, whatever the sequence", async () => {
    const gateway = createMockGateway({ seed: testSeed(), baseUrl: "https://tags.sigfollow.test" });
    const op = fc.record({ tag: fc.constantFrom(...manyTags, IDS.tagVip, IDS.tagDeleted), remove: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 60 }), async (ops) => {
        await gateway.reset();
        await Promise.all(
          ops.map(({ tag, remove }) =>
            gateway.fetch(`https://tags.sigfollow.test/v1/contacts/${IDS.alice}/tags${remove ? `/${tag}` : ""}`, {
              method: remove ? "DELETE" : "POST",
              headers: { Authorization: `Bearer ${KEYS.all}`, "Content-Type": "application/json" },
              body: remove ? undefined : JSON.stringify({ tag_id: tag }),
            }),
          ),
        );
        const res = await gateway.fetch(`https://tags.sigfollow.test/v1/contacts/${IDS.alice}`, { headers: { Authorization: `Bearer ${KEYS.all}` } });
        expect((await res.json()).tags.length).toBeLessThanOrEqual(20);
      }),
      { numRuns: 60, seed: 7 },
    );
  }, 60_000);
});

describe("property: random requests (standalone over HTTP)", () => {
  it("never answers 500, always Meta-shaped, with raw paths and headers", async () => {
    const h = await harness("standalone");
    const rawPath = fc.oneof(
      path.map((p) => p.path),
      fc.string({ maxLength: 30 }).map((s) => `/v1/${s}`),
      fc.constantFrom("/v1/%", "/v1/contacts/%ZZ", "//v1/contacts", "/v1/contacts/../blacklist", "/__mock/%E0", "/v1/contacts?phone=%"),
    );
    await fc.assert(
      fc.asyncProperty(rawPath, fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT"), headers, fc.oneof(fc.string({ maxLength: 60 }), fc.jsonValue().map((v) => JSON.stringify(v))), async (p, method, hdrs, payload) => {
        const { request: send } = await import("node:http");
        const url = new URL(h.baseUrl);
        const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
          const req = send({ host: url.hostname, port: url.port, method, path: p.startsWith("/") ? p.replace(/[^\x21-\x7e]/g, encodeURIComponent) : `/${p}`, headers: { ...hdrs, "content-length": Buffer.byteLength(payload) } }, (res) => {
            let data = "";
            res.setEncoding("utf8");
            res.on("data", (c) => (data += c));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text: data }));
          });
          req.on("error", reject);
          req.end(payload);
        }).catch((error: Error) => ({ status: -1, text: error.message }));
        if (status === -1) throw new Error(`request failed: ${text}`);
        checkAnswer(status, text, `${p} ${payload}`, hdrs.authorization);
      }),
      { numRuns: 120, seed: 42 },
    );
  }, 60_000);
});
