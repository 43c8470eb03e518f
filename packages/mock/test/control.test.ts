// The control API over HTTP (/__mock), in both modes: every scenario can be driven without the TS API.
import { describe, expect, it } from "vitest";
import { harness, metaError, MODES, text } from "./support/harness.js";
import { IDS, KEYS, START } from "./support/seed.js";

describe.each(MODES)("control API (%s)", async (mode) => {
  const h = await harness(mode);
  const send = (to: string, key: string = KEYS.all) => h.call("POST", `/v1/${IDS.phoneA1}/messages`, { key, json: text(to) });

  it("GET /__mock lists the endpoints; unknown control paths are Meta-style 404s", async () => {
    const res = await h.control("GET", "");
    expect(res.body.routes.join("\n")).toContain("/__mock/faults");
    metaError(await h.control("GET", "/nope"), 404, 100);
  });

  it("clock: read, advance, set; bad input is 400", async () => {
    expect((await h.control("GET", "/clock")).body.now).toBe(START);
    expect((await h.control("POST", "/clock/advance", { hours: 1, minutes: 30 })).body.now).toBe("2026-05-13T23:30:00.000Z");
    expect((await h.control("POST", "/clock/set", { now: START })).body.now).toBe(START);
    metaError(await h.control("POST", "/clock/advance", {}), 400, 100);
    metaError(await h.control("POST", "/clock/set", { now: "tomorrow" }), 400, 100);
  });

  it("inbound opens the 24-hour window; advancing the clock closes it", async () => {
    metaError(await send("447700900100"), 400, 131026);
    const res = await h.control("POST", "/inbound", { phoneNumberId: IDS.phoneA1, from: "+44 7700 900100", text: "hi", profileName: "Zed" });
    expect(res.body).toMatchObject({ contactUpserted: true, contact: { phone: "447700900100", displayName: "Zed" } });
    expect((await send("447700900100")).status).toBe(200);
    await h.control("POST", "/clock/advance", { hours: 24 });
    metaError(await send("447700900100"), 400, 131026);
    expect((await h.control("GET", "/inbound")).body.data.some((m: { from: string }) => m.from === "447700900100")).toBe(true);
    metaError(await h.control("POST", "/inbound", { phoneNumberId: "999", from: "447700900100" }), 404, 100);
    await h.control("POST", "/clock/set", { now: START });
  });

  it("inbound/system and webhooks/errors: a changed number moves the contact and the window; bad input is 400", async () => {
    expect((await send("447700900101")).status).toBe(400);
    await h.control("POST", "/inbound", { phoneNumberId: IDS.phoneA1, from: "447700900101", text: "hi" });
    const moved = await h.control("POST", "/inbound/system", { phoneNumberId: IDS.phoneA1, from: "447700900101", type: "user_changed_number", newPhone: "+44 7700 900102" });
    expect(moved.body).toMatchObject({ id: expect.stringMatching(/^wamid\./), contact: { phone: "447700900102" } });
    expect((await send("447700900102")).status).toBe(200);
    metaError(await send("447700900101"), 400, 131026);
    metaError(await h.control("POST", "/inbound/system", { phoneNumberId: IDS.phoneA1, from: "447700900102", type: "user_changed_number" }), 400, 100);
    metaError(await h.control("POST", "/inbound/system", { phoneNumberId: "999", from: "447700900102", type: "user_changed_user_id", userId: "US.1" }), 404, 100);
    expect((await h.control("POST", "/webhooks/errors", { phoneNumberId: IDS.phoneA1, code: 130429 })).body).toEqual({ ok: true });
    metaError(await h.control("POST", "/webhooks/errors", { phoneNumberId: IDS.phoneA1, code: 131047 }), 400, 100);
  });

  it("templates: approve, reject, pause, set status", async () => {
    const template = (name: string) => h.call("POST", `/v1/${IDS.phoneA1}/messages`, { key: KEYS.all, json: { messaging_product: "whatsapp", to: IDS.alicePhone, type: "template", template: { name, language: { code: "en_US" } } } });
    metaError(await template("still_pending"), 404, 132001);
    expect((await h.control("POST", `/templates/${IDS.pendingTemplate}/approve`)).body.status).toBe("APPROVED");
    expect((await template("still_pending")).status).toBe(200);
    expect((await h.control("POST", `/templates/${IDS.pendingTemplate}/pause`)).body.status).toBe("PAUSED");
    metaError(await template("still_pending"), 400, 132015);
    const rejected = await h.control("POST", `/templates/${IDS.pendingTemplate}/reject`, { reason: "PROMOTIONAL" });
    expect(rejected.body).toMatchObject({ status: "REJECTED", rejected_reason: "PROMOTIONAL" });
    expect((await h.control("POST", `/templates/${IDS.pendingTemplate}/status`, { status: "PENDING" })).body.status).toBe("PENDING");
    metaError(await h.control("POST", "/templates/123/approve"), 404, 100);
    metaError(await h.control("POST", `/templates/${IDS.pendingTemplate}/status`, { status: "NOPE" }), 400, 100);
  });

  it("api keys: created with the plaintext returned once, then revoked", async () => {
    const created = await h.control("POST", "/api-keys", { tenantId: IDS.tenantA, scopes: ["contacts:read"], name: "ci" });
    expect(created.body).toMatchObject({ tenantId: IDS.tenantA, scopes: ["contacts:read"], key: expect.stringMatching(/^sflo_test_/) });
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: created.body.key })).status).toBe(200);
    metaError(await h.call("POST", "/v1/contacts", { key: created.body.key, json: { phone: "15550001234" } }), 403, 200);
    expect((await h.control("DELETE", `/api-keys/${created.body.id}`)).body).toEqual({ ok: true });
    metaError(await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: created.body.key }), 401, 190);
    metaError(await h.control("POST", "/api-keys", { tenantId: "nobody" }), 404, 100);
    metaError(await h.control("POST", "/api-keys", { tenantId: IDS.tenantA, scopes: ["root"] }), 400, 100);
    const restricted = await h.control("POST", "/api-keys", { tenantId: IDS.tenantA, allowedPhoneNumberIds: [IDS.phoneA2] });
    metaError(await send(IDS.alicePhone, restricted.body.key), 403, 200);
  });

  it("reads recorded messages and requests; DELETE /requests forgets them", async () => {
    const sent = await send(IDS.alicePhone);
    const messages = (await h.control("GET", `/messages?to=${encodeURIComponent("+1 650 555 1234")}`)).body.data;
    expect(messages.at(-1)).toMatchObject({ id: sent.body.messages[0].id, waId: IDS.alicePhone, type: "text", phoneNumberId: IDS.phoneA1, tenantId: IDS.tenantA });
    await h.call("GET", "/v1/contacts/cm_missing", { key: KEYS.all });
    const requests = (await h.control("GET", "/requests")).body.data;
    expect(requests.at(-1)).toMatchObject({ method: "GET", operationId: "getContact", status: 404, errorCode: 100, tenantId: IDS.tenantA, apiKeyId: "key_all" });
    expect(requests.some((r: { operationId: string; body: { type?: string } }) => r.operationId === "sendMessage" && r.body?.type === "text")).toBe(true);
    expect(JSON.stringify(requests)).not.toContain(KEYS.all);
    await h.control("DELETE", "/requests");
    expect((await h.control("GET", "/requests")).body.data).toEqual([]);
    expect((await h.control("GET", "/messages")).body.data).toEqual([]);
  });

  it("faults: a 5xx for the next N requests", async () => {
    const fault = await h.control("POST", "/faults", { kind: "error", count: 2, status: 503 });
    expect(fault.body).toMatchObject({ id: expect.any(String), remaining: 2 });
    metaError(await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all }), 503, 2);
    metaError(await h.call("GET", "/v1/blacklist", { key: KEYS.all }), 503, 2);
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
    expect((await h.control("GET", "/faults")).body.data).toEqual([]);
    await h.control("POST", "/faults", { kind: "error", count: 1, status: 500 });
    metaError(await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all }), 500, 1);
  });

  it("faults: a 429 with Retry-After, by route", async () => {
    await h.control("POST", "/faults", { kind: "rate_limit", route: "sendMessage", retryAfterSeconds: 7 });
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
    const res = await send(IDS.alicePhone);
    metaError(res, 429, 4);
    expect(res.headers.get("retry-after")).toBe("7");
    metaError(await send(IDS.alicePhone), 429, 4); // no count: until removed
    const [fault] = (await h.control("GET", "/faults")).body.data;
    expect((await h.control("DELETE", `/faults/${fault.id}`)).body).toEqual({ ok: true });
    expect((await send(IDS.alicePhone)).status).toBe(200);
    // A route can also be given as "METHOD /path template".
    await h.control("POST", "/faults", { kind: "error", route: "GET /v1/contacts/{contactId}", count: 1 });
    metaError(await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all }), 503, 2);
  });

  it("faults: a route given as a concrete request path matches it, with or without a method", async () => {
    await h.control("POST", "/faults", { kind: "error", route: `/v1/${IDS.phoneA1}/messages`, count: 1 });
    // Another phone number's sends and other paths are not affected.
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
    h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA2, from: IDS.alicePhone });
    expect((await h.call("POST", `/v1/${IDS.phoneA2}/messages`, { key: KEYS.all, json: text(IDS.alicePhone) })).status).toBe(200);
    metaError(await send(IDS.alicePhone), 503, 2);
    expect((await send(IDS.alicePhone)).status).toBe(200);
    // With a method, only that method; a trailing slash and percent-encoding do not matter.
    await h.control("POST", "/faults", { kind: "rate_limit", route: `DELETE /v1/contacts/${IDS.alice}/`, count: 1 });
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
    metaError(await h.call("DELETE", `/v1/contacts/${encodeURIComponent(IDS.alice).replace("_", "%5F")}`, { key: KEYS.all }), 429, 4);
    expect((await h.control("GET", "/faults")).body.data).toEqual([]);
    // A template without a method matches every method of that path.
    await h.control("POST", "/faults", { kind: "error", route: "/v1/contacts/{contactId}", count: 2, status: 500 });
    metaError(await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all }), 500, 1);
    metaError(await h.call("PATCH", `/v1/contacts/${IDS.alice}`, { key: KEYS.all, json: { display_name: "A" } }), 500, 1);
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
  });

  it("faults: a route that cannot match anything is a 400 naming the problem", async () => {
    const details = async (route: string) => metaError(await h.control("POST", "/faults", { kind: "error", route }), 400, 100).error_data?.details;
    expect(await details("sendMesage")).toMatch(/^route: "sendMesage" is not an operation of the spec; give an operationId/);
    expect(await details("FETCH /v1/contacts/x")).toMatch(/^route: FETCH is not an HTTP method/);
    expect(await details("GET /v1/contacts/{id}")).toMatch(/^route: no operation GET has the path template \/v1\/contacts\/\{id\}/);
    expect(await details("/v1/contacts/x?limit=1")).toMatch(/without query string/);
    expect((await h.control("GET", "/faults")).body.data).toEqual([]);
    expect(() => h.gateway.faults.add({ kind: "error", route: "nope" })).toThrow(RangeError);
  });

  it("faults: latency", async () => {
    await h.control("POST", "/faults", { kind: "latency", latencyMs: 150, count: 1 });
    const started = performance.now();
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    [130429, 400, "(#130429) Rate limit hit", true],
    [131056, 400, "(#131056) (Business Account, Consumer Account) pair rate limit hit", true],
    [131048, 400, "(#131048) Spam rate limit hit", undefined],
    [368, 403, "(#368) Temporarily blocked for policies violations", undefined],
    [80007, 400, "(#80007) Rate limit issues", true],
    [131000, 500, "(#131000) Something went wrong", true],
    [131008, 400, "(#131008) Required parameter is missing", undefined],
    [131009, 400, "(#131009) Parameter value is not valid", undefined],
  ])("faults: Meta's error %i answers with Meta's HTTP %i and body", async (code, status, message, transient) => {
    await h.control("POST", "/faults", { kind: "meta_error", code, route: "sendMessage", count: 1 });
    const res = await send(IDS.alicePhone);
    const error = metaError(res, status, code);
    expect(error).toMatchObject({ message, type: "OAuthException", error_data: { messaging_product: "whatsapp", details: expect.any(String) }, fbtrace_id: expect.any(String) });
    expect((error as { is_transient?: boolean }).is_transient).toBe(transient);
    expect(res.headers.get("retry-after")).toBeNull();
    expect((await send(IDS.alicePhone)).status).toBe(200);
  });

  it("faults: a meta_error carries Retry-After when given; its code is required and checked", async () => {
    await h.control("POST", "/faults", { kind: "meta_error", code: 131056, route: "sendMessage", count: 1, retryAfterSeconds: 16 });
    const res = await send(IDS.alicePhone);
    metaError(res, 400, 131056);
    expect(res.headers.get("retry-after")).toBe("16");
    expect(metaError(await h.control("POST", "/faults", { kind: "meta_error" }), 400, 100).error_data?.details).toMatch(/code: a meta_error fault needs a code: one of 130429/);
    metaError(await h.control("POST", "/faults", { kind: "meta_error", code: 131047 }), 400, 100);
    expect(metaError(await h.control("POST", "/faults", { kind: "error", code: 130429 }), 400, 100).error_data?.details).toMatch(/only a meta_error fault has a code/);
    expect((await h.control("GET", "/faults")).body.data).toEqual([]);
  });

  it("faults: a dropped connection", async () => {
    await h.control("POST", "/faults", { kind: "drop", count: 1 });
    await expect(h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).rejects.toThrow();
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.all })).status).toBe(200);
    metaError(await h.control("POST", "/faults", { kind: "meteor" }), 400, 100);
    expect((await h.control("DELETE", "/faults")).body).toEqual({ ok: true });
  });

  it("reset restores the seed (state, clock, ids); a new seed can be given; a bad seed is 400", async () => {
    const before = await h.call("POST", "/v1/contacts", { key: KEYS.all, json: { phone: "447700900200" } });
    await h.control("POST", "/clock/advance", { days: 3 });
    const reset = await h.control("POST", "/reset");
    expect(reset.body).toMatchObject({ ok: true, now: START });
    metaError(await h.call("GET", "/v1/contacts/by-phone", { key: KEYS.all, query: { phone: "447700900200" } }), 404, 100);
    // Ids restart with the seed: the same requests after two resets give the same ids.
    const first = await h.call("POST", "/v1/contacts", { key: KEYS.all, json: { phone: "447700900201" } });
    await h.control("POST", "/reset");
    const second = await h.call("POST", "/v1/contacts", { key: KEYS.all, json: { phone: "447700900201" } });
    expect(second.body).toEqual(first.body);
    expect(second.body.id).not.toBe(before.body.id);
    const bad = metaError(await h.control("POST", "/reset", { seed: { tenants: [{ id: "x", apiKeys: [{ scopes: ["nope"] }] }] } }), 400, 100);
    expect(bad.error_data?.details).toContain("tenants[0].apiKeys[0].scopes[0]");
    const replaced = await h.control("POST", "/reset", { seed: { tenants: [{ id: "solo", apiKeys: [{ id: "k1" }] }] } });
    expect(replaced.body.apiKeys).toEqual([expect.objectContaining({ id: "k1", generated: true, key: expect.stringMatching(/^sflo_test_/) })]);
    expect((await h.call("GET", "/v1/blacklist", { key: replaced.body.apiKeys[0].key })).body.data).toEqual([]);
    metaError(await h.call("GET", "/v1/blacklist", { key: KEYS.all }), 401, 190);
    await h.gateway.reset((await import("./support/seed.js")).testSeed());
  });

  it("snapshot returns the whole state", async () => {
    const snapshot = (await h.control("GET", "/snapshot")).body;
    expect(snapshot.tenants.map((t: { id: string }) => t.id)).toEqual([IDS.tenantA, IDS.tenantB]);
  });
});
