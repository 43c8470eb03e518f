import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createSigFollowClient, isSigFollowError, RateLimitError, ServerError, SigFollowError, type SendMessageRequest } from "../src/index.js";
import { API_KEY, BASE, json, metaError, reply, seen } from "./server.js";

const client = createSigFollowClient({ apiKey: API_KEY, baseUrl: `${BASE}/`, maxRetries: 0 });
const text: SendMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hi" } };

describe("resources call the documented operations", () => {
  const ok = { ok: true };
  it.each([
    ["messages.send", () => client.messages.send("106540352242922", text), "POST", "/v1/106540352242922/messages", "", text],
    ["messages.send filtered", () => client.messages.send("106540352242922", text, { filterBlacklist: true }), "POST", "/v1/106540352242922/messages", "?filter_blacklist=true", text],
    ["templates.create", () => client.templates.create("waba1", { name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi" }] }), "POST", "/v1/waba1/message_templates", "", { name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi" }] }],
    ["contacts.get", () => client.contacts.get("cm5xy123"), "GET", "/v1/contacts/cm5xy123", "", undefined],
    ["contacts.getByPhone", () => client.contacts.getByPhone("+1 650-555-1234"), "GET", "/v1/contacts/by-phone", "?phone=%2B1%20650-555-1234", undefined],
    ["contacts.upsert", () => client.contacts.upsert({ phone: "16505551234", display_name: null }), "POST", "/v1/contacts", "", { phone: "16505551234", display_name: null }],
    ["contacts.update", () => client.contacts.update("cm5xy123", { display_name: "Alice L." }), "PATCH", "/v1/contacts/cm5xy123", "", { display_name: "Alice L." }],
    ["contacts.delete", () => client.contacts.delete("cm5xy123"), "DELETE", "/v1/contacts/cm5xy123", "", undefined],
    ["contacts.assignTag", () => client.contacts.assignTag("cm5xy123", { tag_id: "cm5tag42" }), "POST", "/v1/contacts/cm5xy123/tags", "", { tag_id: "cm5tag42" }],
    ["contacts.removeTag", () => client.contacts.removeTag("cm5xy123", "cm5tag42"), "DELETE", "/v1/contacts/cm5xy123/tags/cm5tag42", "", undefined],
    ["blacklist.list", () => client.blacklist.list({ limit: 10, after: "abc" }), "GET", "/v1/blacklist", "?limit=10&after=abc", undefined],
    ["blacklist.add", () => client.blacklist.add({ phone: "16505551234", reason: "stop" }), "POST", "/v1/blacklist", "", { phone: "16505551234", reason: "stop" }],
    ["blacklist.get", () => client.blacklist.get("+1 650"), "GET", "/v1/blacklist/%2B1%20650", "", undefined],
    ["blacklist.remove", () => client.blacklist.remove("16505551234"), "DELETE", "/v1/blacklist/16505551234", "", undefined],
  ] as const)("%s", async (_name, run, method, path, search, body) => {
    reply(json(200, ok));
    await expect(run()).resolves.toEqual(ok);
    const [request] = seen;
    expect(request!.method).toBe(method);
    expect(request!.url.pathname).toBe(path);
    expect(request!.url.search).toBe(search);
    expect(request!.headers.get("authorization")).toBe(`Bearer ${API_KEY}`);
    expect(request!.body ? JSON.parse(request!.body) : undefined).toEqual(body);
  });

  it("templates.list returns the data array and filters by name", async () => {
    reply(json(200, { data: [{ id: "1", name: "order_shipped" }] }));
    await expect(client.templates.list("waba1", { name: "order_shipped" })).resolves.toEqual([{ id: "1", name: "order_shipped" }]);
    expect(seen[0]!.url.search).toBe("?name=order_shipped");
  });

  it("uploads media as multipart with messaging_product and type", async () => {
    reply(json(200, { id: "1037543291543636" }));
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });
    await expect(client.media.upload("106540352242922", { file, filename: "banner.jpg" })).resolves.toEqual({ id: "1037543291543636" });
    const form = seen[0]!.form!;
    expect(seen[0]!.url.pathname).toBe("/v1/106540352242922/media");
    expect(form.get("messaging_product")).toBe("whatsapp");
    expect(form.get("type")).toBe("image/jpeg");
    const part = form.get("file") as File;
    expect(part.name).toBe("banner.jpg");
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });

  it("uploads template media and library assets with only the file", async () => {
    const file = new Blob(["%PDF"], { type: "application/pdf" });
    reply(json(200, { header_handle: "4::x" }), json(200, { file_id: "f1" }));
    await client.templates.uploadMedia("waba1", { file, filename: "a.pdf" });
    await client.templates.uploadLibraryAsset({ file });
    expect(seen.map((s) => [s.url.pathname, [...s.form!.keys()]])).toEqual([
      ["/v1/waba1/template_media", ["file"]],
      ["/v1/library/assets", ["file"]],
    ]);
    expect((seen[1]!.form!.get("file") as File).name).toBe("upload");
  });

  it("pages through the blacklist", async () => {
    reply(
      json(200, { data: [{ phone: "1" }, { phone: "2" }], paging: { cursors: { after: "c2" } } }),
      json(200, { data: [{ phone: "3" }], paging: { cursors: {} } }),
    );
    const phones: string[] = [];
    for await (const entry of client.blacklist.all({ limit: 2 })) phones.push(entry.phone);
    expect(phones).toEqual(["1", "2", "3"]);
    expect(seen.map((s) => s.url.search)).toEqual(["?limit=2", "?limit=2&after=c2"]);
  });

  it("sends extra headers per client and per request", async () => {
    const custom = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, headers: { "X-Team": "ops" } });
    reply(json(200, {}));
    await custom.contacts.get("c1", { headers: { "X-Request-Id": "r1" } });
    expect(seen[0]!.headers.get("x-team")).toBe("ops");
    expect(seen[0]!.headers.get("x-request-id")).toBe("r1");
  });
});

describe("errors are thrown, never returned", () => {
  it("throws the typed error with the Meta fields", async () => {
    reply(json(422, { error: { message: "blacklisted", type: "OAuthException", code: 131000, error_data: { messaging_product: "whatsapp", reason: "recipient_blacklisted" } } }));
    const error = await client.messages.send("1", text, { filterBlacklist: true }).catch((e: unknown) => e);
    expect(isSigFollowError(error, "blacklisted")).toBe(true);
    expect(error).toMatchObject({ status: 422, code: 131000, reason: "recipient_blacklisted", method: "POST", path: "/v1/{phoneNumberId}/messages" });
  });

  it("never shows the API key in an error's message, fields, JSON, string or inspection", async () => {
    reply(metaError(401, 190));
    const error = (await client.contacts.get("c1").catch((e: unknown) => e)) as SigFollowError;
    expect(error.kind).toBe("authentication");
    for (const text of [error.message, String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), error.stack ?? ""]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain("SECRETKEY");
    }
  });

  it("keeps the key out of connection errors too", async () => {
    const failing = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 0, fetch: () => Promise.reject(new TypeError(`fetch failed`)) });
    const error = (await failing.contacts.get("c1").catch((e: unknown) => e)) as SigFollowError;
    expect(error.kind).toBe("connection");
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(API_KEY);
  });

  it("the raw client returns errors the openapi-fetch way", async () => {
    reply(metaError(404, 100));
    const { data, error, response } = await client.raw.GET("/v1/contacts/{contactId}", { params: { path: { contactId: "x" } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ error: { code: 100 } });
  });

  it("requires an API key", () => {
    expect(() => createSigFollowClient({ apiKey: "" })).toThrow(/apiKey is required/);
  });
});

describe("retries through the client", () => {
  const retrying = createSigFollowClient({ apiKey: API_KEY, baseUrl: BASE, maxRetries: 2 });

  it("retries a send after a 429 with Retry-After 0 and succeeds", async () => {
    reply(metaError(429, 4, { "Retry-After": "0" }), json(200, { messaging_product: "whatsapp", contacts: [], messages: [] }));
    await retrying.messages.send("1", text);
    expect(seen).toHaveLength(2);
    expect(JSON.parse(seen[1]!.body)).toEqual(text);
  });

  it("never repeats a send after a 5xx", async () => {
    reply(metaError(503, 2), json(200, {}));
    await expect(retrying.messages.send("1", text)).rejects.toBeInstanceOf(ServerError);
    expect(seen).toHaveLength(1);
  });

  it("retries an idempotent read after a 5xx", async () => {
    reply(metaError(503, 2), json(200, { id: "c1" }));
    await expect(retrying.contacts.get("c1", { maxRetries: 1 })).resolves.toEqual({ id: "c1" });
    expect(seen).toHaveLength(2);
  });

  it("gives up after maxRetries and throws the last error with retryAfter", async () => {
    reply(...Array.from({ length: 3 }, () => metaError(429, 4, { "Retry-After": "0" })));
    const error = await retrying.contacts.get("c1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(0);
    expect(seen).toHaveLength(3);
  });
});

describe("self-hosted gateways", () => {
  it("accepts any base URL and defaults to the cloud one", async () => {
    const fetched: string[] = [];
    const spy = (request: Request) => {
      fetched.push(request.url);
      return Promise.resolve(Response.json({}));
    };
    await createSigFollowClient({ apiKey: API_KEY, fetch: spy }).contacts.get("c1");
    await createSigFollowClient({ apiKey: API_KEY, baseUrl: "http://localhost:4010//", fetch: spy }).contacts.get("c1");
    expect(fetched).toEqual(["https://api.sigfollow.com/v1/contacts/c1", "http://localhost:4010/v1/contacts/c1"]);
  });
});
