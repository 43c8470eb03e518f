// The client against a local MSW server: each resource method's method, path, query and body,
// the documentation's own request bodies, thrown errors, key redaction and per-request options.
import { readdirSync, readFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AbortedError,
  AuthenticationError,
  createSigFollowClient,
  isSigFollowError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type SendMessageRequest,
  type SigFollowError,
  type TemplateCreateRequest,
} from "../src/index.js";
import { seedRequest } from "./fixtures/seeds.js";
import { API_KEY, BASE, json, metaError, reply, seen } from "./server.js";

const client = createSigFollowClient({ apiKey: API_KEY, baseUrl: `${BASE}/`, maxRetries: 0 });
const text: SendMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hi" } };
const template: TemplateCreateRequest = { name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi" }] };
const seedDir = new URL("../../../openapi/test/fixtures/seeds/", import.meta.url);
const readSeed = (file: string): unknown => JSON.parse(readFileSync(new URL(file, seedDir), "utf8"));
const caught = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("resolved"), (error: unknown) => error as SigFollowError);

describe("each resource method calls its operation", () => {
  const answer = { answer: 42 };
  it.each([
    ["messages.send", () => client.messages.send("106540352242922", text), "POST", "/v1/106540352242922/messages", "", text],
    ["messages.send filtered", () => client.messages.send("1065", text, { filterBlacklist: true }), "POST", "/v1/1065/messages", "?filter_blacklist=true", text],
    ["messages.send unfiltered", () => client.messages.send("1065", text, { filterBlacklist: false }), "POST", "/v1/1065/messages", "?filter_blacklist=false", text],
    ["templates.create", () => client.templates.create("waba1", template), "POST", "/v1/waba1/message_templates", "", template],
    ["contacts.get", () => client.contacts.get("cm5xy123"), "GET", "/v1/contacts/cm5xy123", "", undefined],
    ["contacts.getByPhone", () => client.contacts.getByPhone("+1 650-555-1234"), "GET", "/v1/contacts/by-phone", "?phone=%2B1%20650-555-1234", undefined],
    ["contacts.upsert", () => client.contacts.upsert({ phone: "16505551234", display_name: null }), "POST", "/v1/contacts", "", { phone: "16505551234", display_name: null }],
    ["contacts.update", () => client.contacts.update("cm5xy123", { display_name: "Alice L." }), "PATCH", "/v1/contacts/cm5xy123", "", { display_name: "Alice L." }],
    ["contacts.delete", () => client.contacts.delete("cm5xy123"), "DELETE", "/v1/contacts/cm5xy123", "", undefined],
    ["contacts.assignTag", () => client.contacts.assignTag("cm5xy123", { tag_id: "cm5tag42", reason: "VIP" }), "POST", "/v1/contacts/cm5xy123/tags", "", { tag_id: "cm5tag42", reason: "VIP" }],
    ["contacts.removeTag", () => client.contacts.removeTag("cm5xy123", "cm5tag42"), "DELETE", "/v1/contacts/cm5xy123/tags/cm5tag42", "", undefined],
    ["blacklist.list", () => client.blacklist.list({ limit: 10, after: "abc" }), "GET", "/v1/blacklist", "?limit=10&after=abc", undefined],
    ["blacklist.list defaults", () => client.blacklist.list(), "GET", "/v1/blacklist", "", undefined],
    ["blacklist.add", () => client.blacklist.add({ phone: "16505551234", reason: "stop" }), "POST", "/v1/blacklist", "", { phone: "16505551234", reason: "stop" }],
    ["blacklist.get", () => client.blacklist.get("+1 650"), "GET", "/v1/blacklist/%2B1%20650", "", undefined],
    ["blacklist.remove", () => client.blacklist.remove("16505551234"), "DELETE", "/v1/blacklist/16505551234", "", undefined],
  ] as const)("%s", async (_name, call, method, path, search, body) => {
    reply(json(200, answer));
    await expect(call()).resolves.toEqual(answer);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.method).toBe(method);
    expect(request!.url.pathname).toBe(path);
    expect(request!.url.search).toBe(search);
    expect(request!.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers.get("content-type")).toBe(body === undefined ? null : "application/json");
    expect(request!.body ? JSON.parse(request!.body) : undefined).toEqual(body);
  });

  it("templates.list returns the data array and filters by name", async () => {
    reply(json(200, { data: [{ id: "1", name: "order_shipped" }] }));
    await expect(client.templates.list("waba1", { name: "order_shipped" })).resolves.toEqual([{ id: "1", name: "order_shipped" }]);
    expect([seen[0]!.method, seen[0]!.url.pathname, seen[0]!.url.search]).toEqual(["GET", "/v1/waba1/message_templates", "?name=order_shipped"]);
  });

  it("media.upload sends multipart with messaging_product, the MIME type and the file", async () => {
    reply(json(200, { id: "1037543291543636" }));
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });
    await expect(client.media.upload("106540352242922", { file, filename: "banner.jpg" })).resolves.toEqual({ id: "1037543291543636" });
    const [request] = seen;
    expect([request!.method, request!.url.pathname]).toEqual(["POST", "/v1/106540352242922/media"]);
    expect(request!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = request!.form!;
    expect(form.get("messaging_product")).toBe("whatsapp");
    expect(form.get("type")).toBe("image/jpeg");
    const part = form.get("file") as File;
    expect([part.name, part.type]).toEqual(["banner.jpg", "image/jpeg"]);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });

  it("media.upload gives an untyped Blob the MIME type asked for, and a File keeps its name", async () => {
    reply(json(200, { id: "1" }));
    await client.media.upload("1065", { file: new File(["%PDF"], "invoice.pdf"), type: "application/pdf" });
    const form = seen[0]!.form!;
    expect(form.get("type")).toBe("application/pdf");
    expect([(form.get("file") as File).name, (form.get("file") as File).type]).toEqual(["invoice.pdf", "application/pdf"]);
  });

  it("templates.uploadMedia and uploadLibraryAsset send only the file", async () => {
    const file = new Blob(["%PDF"], { type: "application/pdf" });
    reply(json(200, { header_handle: "4::x" }), json(200, { file_id: "f1" }));
    await expect(client.templates.uploadMedia("waba1", { file, filename: "a.pdf" })).resolves.toEqual({ header_handle: "4::x" });
    await expect(client.templates.uploadLibraryAsset({ file })).resolves.toEqual({ file_id: "f1" });
    expect(seen.map((s) => [s.method, s.url.pathname, [...s.form!.keys()]])).toEqual([
      ["POST", "/v1/waba1/template_media", ["file"]],
      ["POST", "/v1/library/assets", ["file"]],
    ]);
    expect((seen[1]!.form!.get("file") as File).name).toBe("upload");
  });

  it("blacklist.all pages through every entry", async () => {
    reply(
      json(200, { data: [{ phone: "1" }, { phone: "2" }], paging: { cursors: { after: "c2" } } }),
      json(200, { data: [{ phone: "3" }], paging: { cursors: {} } }),
    );
    const phones: string[] = [];
    for await (const entry of client.blacklist.all({ limit: 2 })) phones.push(entry.phone);
    expect(phones).toEqual(["1", "2", "3"]);
    expect(seen.map((s) => s.url.search)).toEqual(["?limit=2", "?limit=2&after=c2"]);
  });

  it("blacklist.all stops after one page without a cursor, and fetches lazily", async () => {
    reply(json(200, { data: [{ phone: "1" }, { phone: "2" }], paging: { cursors: { after: "c2" } } }));
    for await (const entry of client.blacklist.all()) {
      expect(entry.phone).toBe("1");
      break;
    }
    expect(seen).toHaveLength(1);
  });
});

describe("the documentation's request bodies go out unchanged", () => {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith(".request.json"));
  const sends: Record<string, (body: never) => Promise<unknown>> = {
    sendMessage: (body) => client.messages.send("106540352242922", body),
    createTemplate: (body) => client.templates.create("102290129340398", body),
    upsertContact: (body) => client.contacts.upsert(body),
    updateContact: (body) => client.contacts.update("cm5xy123", body),
    assignContactTag: (body) => client.contacts.assignTag("cm5xy123", body),
  };

  it("covers every documented request", () => {
    expect(seeds.length).toBeGreaterThan(10);
    expect(seeds.filter((f) => !(f.split(".")[0]! in sends))).toEqual([]);
  });

  it.each(seeds)("%s", async (file) => {
    const [operation, name] = file.split(".") as [string, string];
    const body = seedRequest(operation, name);
    reply(json(200, {}));
    await sends[operation]!(body as never);
    expect(JSON.parse(seen[0]!.body)).toEqual(body);
  });
});

describe("the client's filterBlacklist default", () => {
  const filtering = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 0, filterBlacklist: true });
  it.each([
    ["a send that does not set it", () => filtering.messages.send("1065", text), "?filter_blacklist=true"],
    ["a send that sets it to undefined", () => filtering.messages.send("1065", text, { filterBlacklist: undefined, timeoutMs: 5000 }), "?filter_blacklist=true"],
    ["a send that turns it off", () => filtering.messages.send("1065", text, { filterBlacklist: false }), "?filter_blacklist=false"],
    ["a client without it", () => client.messages.send("1065", text, {}), ""],
    ["a client with false, and a send that turns it on", () => createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, filterBlacklist: false }).messages.send("1065", text, { filterBlacklist: true }), "?filter_blacklist=true"],
  ] as const)("applies to %s", async (_name, call, search) => {
    reply(json(200, {}));
    await call();
    expect(seen.map((r) => r.url.search)).toEqual([search]);
  });
});

describe("errors are thrown, never returned", () => {
  it("with the class, the Meta fields and the request", async () => {
    reply(json(422, { error: { message: "(#131000) Recipient is blacklisted", type: "OAuthException", code: 131000, error_data: { messaging_product: "whatsapp", details: "listed", reason: "recipient_blacklisted" }, fbtrace_id: "T1" } }));
    const error = await caught(client.messages.send("1065", text, { filterBlacklist: true }));
    expect(isSigFollowError(error, "blacklisted")).toBe(true);
    expect(error).toMatchObject({ status: 422, code: 131000, reason: "recipient_blacklisted", details: "listed", fbtraceId: "T1", method: "POST", path: "/v1/1065/messages" });
    expect(error.message).toBe("POST /v1/1065/messages failed with HTTP 422: (#131000) Recipient is blacklisted");
  });

  it("with the documented 401 body, while the documented 200 body is returned as is", async () => {
    const unauthorized = readSeed("sendMessage.quickstart-invalid-key.response.401.json");
    const sent = readSeed("sendMessage.quickstart.response.200.json");
    reply(json(401, unauthorized), json(200, sent));
    expect(await caught(client.messages.send("1065", text))).toMatchObject({ kind: "authentication", status: 401, code: 190, body: unauthorized });
    await expect(client.messages.send("1065", text)).resolves.toEqual(sent);
  });

  it("with a 404's subcode, and with a non-JSON body kept as text", async () => {
    reply(json(404, { error: { message: "Unsupported request", type: "GraphMethodException", code: 100, error_subcode: 33 } }), () => new Response("<h1>Bad gateway</h1>", { status: 502 }));
    expect(await caught(client.contacts.get("nope"))).toMatchObject({ kind: "not_found", code: 100, subcode: 33, path: "/v1/contacts/nope" });
    expect(await caught(client.contacts.get("c1"))).toMatchObject({ kind: "server", status: 502, body: "<h1>Bad gateway</h1>" });
  });

  it("while the raw client returns them the openapi-fetch way", async () => {
    reply(metaError(404, 100));
    const { data, error, response } = await client.raw.GET("/v1/contacts/{contactId}", { params: { path: { contactId: "x" } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error: { code: 100 } });
  });
});

describe("the API key never leaks", () => {
  const renderings = (value: unknown) => {
    const error = value as Error;
    return [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), error.stack ?? "", JSON.stringify(Object.entries(error))];
  };
  const expectNoKey = (texts: string[]) => {
    for (const text of texts) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain("SECRETKEY");
    }
  };

  it("into errors from responses", async () => {
    reply(metaError(401, 190), metaError(429, 4, { "Retry-After": "120" }));
    const auth = await caught(client.contacts.get("c1"));
    expect(auth).toBeInstanceOf(AuthenticationError);
    expectNoKey(renderings(auth));
    expectNoKey(renderings(await caught(client.messages.send("1065", text))));
  });

  it("into connection, timeout and abort errors", async () => {
    const failing = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 0, fetch: () => Promise.reject(new TypeError("fetch failed")) });
    const hanging = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 0, timeoutMs: 5, fetch: (r) => new Promise((_, reject) => r.signal.addEventListener("abort", () => reject(r.signal.reason))) });
    const errors = [
      await caught(failing.contacts.get("c1")),
      await caught(hanging.contacts.get("c1")),
      await caught(hanging.contacts.get("c1", { signal: AbortSignal.abort(), timeoutMs: 0 })),
    ];
    expect(errors.map((e) => e.kind)).toEqual(["connection", "timeout", "aborted"]);
    for (const error of errors) expectNoKey(renderings(error));
  });

  it("out of the client object", () => {
    expectNoKey([inspect(client, { depth: 10, showHidden: true }), JSON.stringify(client)]);
  });
});

describe("per-request options", () => {
  it("send extra headers per client and per request", async () => {
    const custom = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, headers: { "X-Team": "ops" } });
    reply(json(200, {}));
    await custom.contacts.get("c1", { headers: { "X-Request-Id": "r1" } });
    expect(seen[0]!.headers.get("x-team")).toBe("ops");
    expect(seen[0]!.headers.get("x-request-id")).toBe("r1");
  });

  it("time out per attempt, per client or per request", async () => {
    const hang: typeof fetch = (request) => new Promise((_, reject) => (request as Request).signal.addEventListener("abort", () => reject(new Error("aborted"))));
    const slow = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 0, timeoutMs: 20, fetch: hang });
    expect(await caught(slow.contacts.get("c1"))).toBeInstanceOf(TimeoutError);
    const patient = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 0, timeoutMs: 0, fetch: hang });
    const error = await caught(patient.messages.send("1065", text, { timeoutMs: 20 }));
    expect(error).toMatchObject({ kind: "timeout", method: "POST", path: "/v1/1065/messages" });
  });

  it("abort with the caller's signal", async () => {
    const controller = new AbortController();
    const hang: typeof fetch = (request) => new Promise((_, reject) => (request as Request).signal.addEventListener("abort", () => reject(new Error("aborted"))));
    const pending = caught(createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, fetch: hang }).contacts.get("c1", { signal: controller.signal }));
    controller.abort(new Error("user left"));
    const error = await pending;
    expect(error).toBeInstanceOf(AbortedError);
    expect(error.cause).toEqual(new Error("user left"));
  });
});

describe("retries through the client", () => {
  const retrying = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 2 });
  // No backoff wait (jitter at its minimum), so these run on real timers without sleeping.
  beforeEach(() => void vi.spyOn(Math, "random").mockReturnValue(0));
  afterEach(() => void vi.restoreAllMocks());

  it("resend a message after a 429 and return its response", async () => {
    const sent = { messaging_product: "whatsapp", contacts: [{ input: "16505551234", wa_id: "16505551234" }], messages: [{ id: "wamid.1" }] };
    reply(metaError(429, 4, { "Retry-After": "0" }), json(200, sent));
    await expect(retrying.messages.send("1065", text)).resolves.toEqual(sent);
    expect(seen).toHaveLength(2);
    expect(JSON.parse(seen[1]!.body)).toEqual(text);
  });

  it("never repeat a send, a template creation or an upload after a 5xx", async () => {
    const file = new Blob(["x"], { type: "image/png" });
    for (const call of [() => retrying.messages.send("1065", text), () => retrying.templates.create("w", template), () => retrying.media.upload("1065", { file })]) {
      seen.length = 0;
      reply(metaError(503, 2)); // then 200, were it asked again
      expect(await caught(call())).toBeInstanceOf(ServerError);
      expect(seen).toHaveLength(1);
    }
  });

  it("repeat reads, deletes and the documented idempotent writes after a 5xx", async () => {
    const calls = [
      () => retrying.contacts.get("c1"),
      () => retrying.blacklist.remove("16505551234"),
      () => retrying.contacts.upsert({ phone: "16505551234" }),
      () => retrying.contacts.update("c1", { display_name: "A" }),
      () => retrying.contacts.assignTag("c1", { tag_id: "t1" }),
      () => retrying.blacklist.add({ phone: "16505551234" }),
    ];
    for (const call of calls) {
      seen.length = 0;
      reply(metaError(503, 2), json(200, { ok: true }));
      await expect(call()).resolves.toEqual({ ok: true });
      expect(seen).toHaveLength(2);
    }
  });

  it("never repeat a request whose body was too large (413), whatever the operation", async () => {
    const tooLarge = {
      error: {
        message: "(#100) Request body exceeds this operation's 1 MB limit",
        type: "OAuthException",
        code: 100,
        error_data: { messaging_product: "whatsapp", details: "body: larger than the 1 MB limit" },
        fbtrace_id: "T1",
      },
    };
    for (const call of [() => retrying.messages.send("1065", text), () => retrying.contacts.upsert({ phone: "16505551234" })]) {
      seen.length = 0;
      reply(json(413, tooLarge)); // then 200, were it asked again
      const error = await caught(call());
      expect(isSigFollowError(error, "validation")).toBe(true);
      expect(error).toMatchObject({ name: "ValidationError", status: 413, code: 100, details: "body: larger than the 1 MB limit", fbtraceId: "T1" });
      expect(error.message).toMatch(/failed with HTTP 413: \(#100\) Request body exceeds this operation's 1 MB limit: body: larger than the 1 MB limit$/);
      expect(seen).toHaveLength(1);
    }
  });

  it("honour a per-request maxRetries and throw the last error with retryAfter", async () => {
    reply(...Array.from({ length: 3 }, () => metaError(429, 4, { "Retry-After": "0" })));
    const error = await caught(retrying.contacts.get("c1", { maxRetries: 1 }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(0);
    expect(seen).toHaveLength(2);
  });

  it("apply to the raw client too", async () => {
    reply(metaError(503, 2), json(200, { id: "c1" }));
    const { data } = await retrying.raw.GET("/v1/contacts/{contactId}", { params: { path: { contactId: "c1" } } });
    expect(data).toEqual({ id: "c1" });
    expect(seen).toHaveLength(2);
  });
});

describe("createSigFollowClient", () => {
  it("defaults to the cloud gateway and accepts any self-hosted base URL", async () => {
    const fetched: string[] = [];
    const spy = (request: Request) => (fetched.push(request.url), Promise.resolve(Response.json({})));
    await createSigFollowClient({ apiKey: API_KEY, fetch: spy }).contacts.get("c1");
    await createSigFollowClient({ apiKey: API_KEY, baseUrl: "http://localhost:4010//", fetch: spy }).contacts.get("c1");
    expect(fetched).toEqual(["https://api.sigfollow.com/v1/contacts/c1", "http://localhost:4010/v1/contacts/c1"]);
  });

  it("hands fetch the attempt's buffered body and signal in its init, so the Request's stream is not read again", async () => {
    const calls: [Request, RequestInit | undefined][] = [];
    const spy = (request: Request, init?: RequestInit) => (calls.push([request, init]), Promise.resolve(Response.json({ messages: [] })));
    await createSigFollowClient({ apiKey: API_KEY, fetch: spy }).messages.send("1065", text);
    const [request, init] = calls[0]!;
    expect(request.method).toBe("POST");
    expect(new TextDecoder().decode(init!.body as ArrayBuffer)).toBe(JSON.stringify(text));
    expect(init!.signal).toBeInstanceOf(AbortSignal);
  });

  it("requires an API key", () => {
    expect(() => createSigFollowClient({ apiKey: "" })).toThrow(/apiKey is required/);
  });

  it("rejects a baseUrl that is not an http(s) origin with a TypeError, before any request", () => {
    for (const baseUrl of ["localhost:4010", "127.0.0.1:4010", "api.sigfollow.com", "ftp://gateway.example", "", "http://", "https://api.sigfollow.com/v1/"]) {
      const create = () => createSigFollowClient({ apiKey: API_KEY, baseUrl });
      expect(create, baseUrl).toThrow(TypeError);
      expect(create, baseUrl).toThrow(`baseUrl ${JSON.stringify(baseUrl)} is not a gateway origin`);
    }
    for (const baseUrl of ["http://127.0.0.1:4010", "https://gateway.example/sigfollow/", "HTTPS://API.SIGFOLLOW.COM"]) {
      expect(() => createSigFollowClient({ apiKey: API_KEY, baseUrl }), baseUrl).not.toThrow();
    }
  });
});
