// Contacts and tags, including concurrency, in both HTTP modes.
import { describe, expect, it } from "vitest";
import { harness, metaError, MODES } from "./support/harness.js";
import { IDS, KEYS, manyTags, START } from "./support/seed.js";

describe.each(MODES)("contacts (%s)", async (mode) => {
  const h = await harness(mode);
  const call = (method: string, path: string, json?: unknown, query?: Record<string, string>) =>
    h.call(method, path, { key: KEYS.all, ...(json === undefined ? {} : { json }), ...(query ? { query } : {}) });

  it("upsert creates with firstSeenAt = lastSeenAt = now, normalized phone, trimmed name", async () => {
    const res = await call("POST", "/v1/contacts", { phone: "+44 7700-900001", display_name: "  Carol  " });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: "447700900001", displayName: "Carol", tenantId: IDS.tenantA, firstSeenAt: START, lastSeenAt: START });
    expect(res.body.id).toMatch(/^cm[0-9a-z]{23}$/);
  });

  it("upsert is idempotent on (tenant, phone): lastSeenAt refreshed, name overwritten only when non-null", async () => {
    const first = await call("POST", "/v1/contacts", { phone: "447700900002", display_name: "Dan" });
    h.gateway.advanceClock(60_000);
    const second = await call("POST", "/v1/contacts", { phone: "+447700900002", display_name: null });
    expect(second.body).toMatchObject({ id: first.body.id, displayName: "Dan", firstSeenAt: first.body.firstSeenAt });
    expect(Date.parse(second.body.lastSeenAt) - Date.parse(first.body.lastSeenAt)).toBe(60_000);
    const third = await call("POST", "/v1/contacts", { phone: "447700900002" });
    expect(third.body.displayName).toBe("Dan");
    const fourth = await call("POST", "/v1/contacts", { phone: "447700900002", display_name: "Daniel" });
    expect(fourth.body.displayName).toBe("Daniel");
    // Another tenant with the same phone gets its own contact.
    const other = await h.call("POST", "/v1/contacts", { key: KEYS.otherTenant, json: { phone: "447700900002" } });
    expect(other.body.id).not.toBe(first.body.id);
    expect(other.body.tenantId).toBe(IDS.tenantB);
  });

  it("caps display names at 128 characters after trimming", async () => {
    const res = await call("POST", "/v1/contacts", { phone: "447700900003", display_name: ` ${"é".repeat(200)} ` });
    expect(res.body.displayName).toBe("é".repeat(128));
  });

  it("rejects phones outside 5 to 32 characters once normalized (400 code 100 naming phone)", async () => {
    for (const phone of ["+1 2-3", "1".repeat(33), "+ - - - +"]) {
      expect(metaError(await call("POST", "/v1/contacts", { phone }), 400, 100).error_data?.details).toMatch(/^phone: /);
    }
    expect(metaError(await call("POST", "/v1/contacts", { display_name: "x" }), 400, 100).error_data?.details).toBe("phone: is required");
  });

  it("PATCH: a string updates (trimmed), null clears, omitted is a no-op", async () => {
    const path = `/v1/contacts/${IDS.alice}`;
    expect((await call("PATCH", path, { display_name: "  Alice L. " })).body.displayName).toBe("Alice L.");
    expect((await call("PATCH", path, {})).body.displayName).toBe("Alice L.");
    expect((await call("PATCH", path, { display_name: null })).body.displayName).toBeNull();
    expect(metaError(await call("PATCH", path, { display_name: 5 }), 400, 100).error_data?.details).toMatch(/^display_name/);
    metaError(await call("PATCH", path, { phone: "123456" }), 400, 100);
  });

  it("by-phone returns the contact with its active tags, normalization tolerant", async () => {
    const res = await call("GET", "/v1/contacts/by-phone", undefined, { phone: "+1 650-555-1234" });
    expect(res.body.id).toBe(IDS.alice);
    // The soft-deleted tag's assignment is not active.
    expect(res.body.tags).toEqual([expect.objectContaining({ tagId: IDS.tagChurn, tagName: "Churn risk", source: "AI_TOOL" })]);
    metaError(await call("GET", "/v1/contacts/by-phone", undefined, { phone: "15555550000" }), 404, 100);
    metaError(await call("GET", "/v1/contacts/by-phone"), 400, 100);
    metaError(await call("GET", "/v1/contacts/by-phone", undefined, { phone: "12" }), 400, 100);
  });

  it("tags: source API, reason at most 500, tag must exist and not be soft-deleted", async () => {
    const path = `/v1/contacts/${IDS.alice}/tags`;
    const res = await call("POST", path, { tag_id: IDS.tagVip, reason: "CRM import" });
    expect(res.body).toEqual({ tagId: IDS.tagVip, tagName: "VIP", source: "API", reason: "CRM import", createdAt: expect.any(String) });
    metaError(await call("POST", path, { tag_id: IDS.tagDeleted }), 404, 100);
    metaError(await call("POST", path, { tag_id: "cm_unknown" }), 404, 100);
    expect(metaError(await call("POST", path, { tag_id: IDS.tagVip, reason: "x".repeat(501) }), 400, 100).error_data?.details).toMatch(/^reason: /);
    expect((await call("POST", path, { tag_id: IDS.tagVip, reason: "x".repeat(500) })).status).toBe(200);
  });

  it("source priority: API takes over an AI assignment, leaves an admin one alone", async () => {
    const res = await call("POST", `/v1/contacts/${IDS.alice}/tags`, { tag_id: IDS.tagChurn, reason: "confirmed by CRM" });
    expect(res.body).toMatchObject({ source: "API", reason: "confirmed by CRM" });
    const other = await harness(mode, {
      seed: {
      tenants: [
        {
          id: "t",
          apiKeys: [{ key: KEYS.all }],
          tags: [{ id: "tag_a", name: "A" }],
          contacts: [{ id: "c1", phone: "15550001111", tags: [{ tagId: "tag_a", source: "MANUAL_ADMIN", reason: "admin" }] }],
        },
      ],
      },
    });
    const admin = await other.call("POST", "/v1/contacts/c1/tags", { key: KEYS.all, json: { tag_id: "tag_a", reason: "api" } });
    expect(admin.body).toMatchObject({ source: "MANUAL_ADMIN", reason: "admin" });
  });

  it("at most 20 active assignments: the 21st is 409 code 131000 tag_limit_reached; re-assigning a held tag is fine", async () => {
    const contact = (await call("POST", "/v1/contacts", { phone: "447700900020" })).body.id;
    for (const tag of manyTags.slice(0, 20)) expect((await call("POST", `/v1/contacts/${contact}/tags`, { tag_id: tag })).status).toBe(200);
    const error = metaError(await call("POST", `/v1/contacts/${contact}/tags`, { tag_id: manyTags[20] }), 409, 131000);
    expect(error.error_data?.reason).toBe("tag_limit_reached");
    expect((await call("POST", `/v1/contacts/${contact}/tags`, { tag_id: manyTags[0] })).status).toBe(200);
    expect((await call("DELETE", `/v1/contacts/${contact}/tags/${manyTags[0]}`)).body).toEqual({ ok: true });
    expect((await call("POST", `/v1/contacts/${contact}/tags`, { tag_id: manyTags[20] })).status).toBe(200);
    expect((await call("GET", `/v1/contacts/${contact}`)).body.tags).toHaveLength(20);
  });

  it("removal is idempotent ({ ok: true }) even for unknown pairs and other tenants' contacts", async () => {
    expect((await call("DELETE", `/v1/contacts/${IDS.alice}/tags/${IDS.tagVip}`)).body).toEqual({ ok: true });
    expect((await call("DELETE", `/v1/contacts/${IDS.alice}/tags/${IDS.tagVip}`)).body).toEqual({ ok: true });
    expect((await call("DELETE", `/v1/contacts/cm_nobody/tags/x`)).body).toEqual({ ok: true });
    expect((await call("DELETE", `/v1/contacts/${IDS.bob}/tags/${IDS.tagB}`)).status).toBe(200);
  });

  it("hard delete cascades tag assignments; 404 afterwards", async () => {
    const contact = (await call("POST", "/v1/contacts", { phone: "447700900030" })).body.id;
    await call("POST", `/v1/contacts/${contact}/tags`, { tag_id: IDS.tagVip });
    expect((await call("DELETE", `/v1/contacts/${contact}`)).body).toEqual({ ok: true });
    metaError(await call("GET", `/v1/contacts/${contact}`), 404, 100);
    metaError(await call("DELETE", `/v1/contacts/${contact}`), 404, 100);
    const again = (await call("POST", "/v1/contacts", { phone: "447700900030" })).body;
    expect(again.id).not.toBe(contact);
    expect((await call("GET", `/v1/contacts/${again.id}`)).body.tags).toEqual([]);
  });

  it("concurrency: 50 parallel upserts of one phone give one contact", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => call("POST", "/v1/contacts", { phone: "+447700900040", display_name: `n${i}` })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const contacts = h.gateway.snapshot().tenants.find((t) => t.id === IDS.tenantA)!.contacts.filter((c) => c.phone === "447700900040");
    expect(contacts).toHaveLength(1);
  });

  it("concurrency: 25 parallel assignments of different tags give exactly 20 successes", async () => {
    const contact = (await call("POST", "/v1/contacts", { phone: "447700900050" })).body.id;
    const results = await Promise.all(manyTags.map((tag) => call("POST", `/v1/contacts/${contact}/tags`, { tag_id: tag })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    expect(results.filter((r) => r.status === 409 && r.body.error.code === 131000)).toHaveLength(5);
    expect((await call("GET", `/v1/contacts/${contact}`)).body.tags).toHaveLength(20);
  });

  it("inbound messages lazily upsert the contact behind a 60 s cooldown", async () => {
    const phone = "447700900060";
    const first = h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA1, from: phone, profileName: "Eve" });
    expect(first.contactUpserted).toBe(true);
    expect(first.contact).toMatchObject({ phone, displayName: "Eve" });
    h.gateway.advanceClock(30_000);
    expect(h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA1, from: phone, profileName: "Eva" }).contactUpserted).toBe(false);
    expect((await call("GET", "/v1/contacts/by-phone", undefined, { phone })).body).toMatchObject({ displayName: "Eve", lastSeenAt: first.contact!.lastSeenAt });
    h.gateway.advanceClock(30_000);
    const third = h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA1, from: phone, profileName: "Eva" });
    expect(third.contactUpserted).toBe(true);
    expect(third.contact?.displayName).toBe("Eva");
    // The API write path bypasses the cooldown.
    expect((await call("POST", "/v1/contacts", { phone, display_name: "Evelyn" })).body.displayName).toBe("Evelyn");
  });
});
