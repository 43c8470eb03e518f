// Auth, scopes, phone restrictions and tenant isolation, in both HTTP modes.
import { describe, expect, it } from "vitest";
import { createMockGateway } from "../src/index.js";
import { harness, metaError, MODES, text } from "./support/harness.js";
import { IDS, KEYS, testSeed } from "./support/seed.js";

describe.each(MODES)("auth (%s)", async (mode) => {
  const h = await harness(mode);

  it("401 code 190 without a key, with a malformed header, an unknown key or a revoked key", async () => {
    const path = `/v1/contacts/${IDS.alice}`;
    for (const headers of [{} as Record<string, string>, { Authorization: "Basic abc" }, { Authorization: "Bearer" }, { Authorization: `Bearer ${KEYS.all}x` }]) {
      const error = metaError(await h.call("GET", path, { headers }), 401, 190);
      expect(error.type).toBe("OAuthException");
    }
    expect(metaError(await h.call("GET", path, { key: "sflo_test_unknownunknownunknown00" }), 401, 190).error_data?.details).toMatch(/Unknown/);
    expect(metaError(await h.call("GET", path, { key: KEYS.revoked }), 401, 190).error_data?.details).toMatch(/revoked/);
  });

  it("accepts the key case-insensitively on the scheme only", async () => {
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { headers: { Authorization: `bearer ${KEYS.all}` } })).status).toBe(200);
    metaError(await h.call("GET", `/v1/contacts/${IDS.alice}`, { headers: { Authorization: `Bearer ${KEYS.all.toUpperCase()}` } }), 401, 190);
  });

  it("403 code 200 when the key lacks the operation's scope", async () => {
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: KEYS.contactsRead })).status).toBe(200);
    const error = metaError(await h.call("POST", "/v1/contacts", { key: KEYS.contactsRead, json: { phone: "15550001111" } }), 403, 200);
    expect(error.error_data?.details).toBe("Required scope: contacts:write");
    metaError(await h.call("POST", `/v1/${IDS.phoneA1}/messages`, { key: KEYS.noScopes, json: text(IDS.alicePhone) }), 403, 200);
    metaError(await h.call("GET", "/v1/blacklist", { key: KEYS.phone2Only }), 403, 200);
  });

  it("403 code 200 for a phone number outside the key's allowedPhoneNumberIds; allowed numbers work", async () => {
    const error = metaError(await h.call("POST", `/v1/${IDS.phoneA1}/messages`, { key: KEYS.phone2Only, json: text(IDS.alicePhone) }), 403, 200);
    expect(error.error_data?.details).toContain(IDS.phoneA1);
    h.gateway.receiveInbound({ phoneNumberId: IDS.phoneA2, from: IDS.alicePhone });
    expect((await h.call("POST", `/v1/${IDS.phoneA2}/messages`, { key: KEYS.phone2Only, json: text(IDS.alicePhone) })).status).toBe(200);
  });

  it("another tenant's contact, WABA and phone number are 404 (code 100, subcode 33), never 403", async () => {
    const checks = [
      await h.call("GET", `/v1/contacts/${IDS.bob}`, { key: KEYS.all }),
      await h.call("PATCH", `/v1/contacts/${IDS.bob}`, { key: KEYS.all, json: { display_name: "x" } }),
      await h.call("DELETE", `/v1/contacts/${IDS.bob}`, { key: KEYS.all }),
      await h.call("POST", `/v1/contacts/${IDS.bob}/tags`, { key: KEYS.all, json: { tag_id: IDS.tagVip } }),
      await h.call("GET", "/v1/contacts/by-phone", { key: KEYS.all, query: { phone: IDS.bobPhone } }),
      await h.call("GET", `/v1/${IDS.wabaB}/message_templates`, { key: KEYS.all }),
      await h.call("POST", `/v1/${IDS.phoneB1}/messages`, { key: KEYS.all, json: text(IDS.bobPhone) }),
      // Even a key restricted to other numbers: another tenant's number is 404, not 403.
      await h.call("POST", `/v1/${IDS.phoneB1}/messages`, { key: KEYS.phone2Only, json: text(IDS.bobPhone) }),
    ];
    for (const res of checks) {
      const error = metaError(res, 404, 100);
      expect(error.error_subcode).toBe(33);
      expect(error.type).toBe("GraphMethodException");
    }
    // Bob is still there for his own tenant.
    expect((await h.call("GET", `/v1/contacts/${IDS.bob}`, { key: KEYS.otherTenant })).body.displayName).toBe("Bob");
  });

  it("another tenant's tag is not in this tenant's catalog (404)", async () => {
    metaError(await h.call("POST", `/v1/contacts/${IDS.alice}/tags`, { key: KEYS.all, json: { tag_id: IDS.tagB } }), 404, 100);
  });

  it("a short key (the docs' sflo_live_xxx) works, and its prefix is at most half of it", async () => {
    const short = await harness(mode, { seed: { tenants: [{ id: "t", apiKeys: [{ id: "docs", key: "sflo_live_xxx" }] }] } });
    expect((await short.call("GET", "/v1/blacklist", { key: "sflo_live_xxx" })).status).toBe(200);
    metaError(await short.call("GET", "/v1/blacklist", { key: "sflo_live_xxy" }), 401, 190);
    const [key] = short.gateway.snapshot().tenants[0]!.apiKeys;
    expect(key!.prefix).toBe("sflo_l");
  });

  it("keys are kept as hash and prefix only: no plaintext anywhere in the state", async () => {
    const created = await h.gateway.createApiKey({ tenantId: IDS.tenantA, scopes: ["contacts:read"] });
    const state = JSON.stringify(h.gateway.snapshot());
    for (const key of [...Object.values(KEYS), created.key]) {
      expect(state).not.toContain(key);
      expect(state).toContain(key.slice(0, 16));
    }
    expect((await h.call("GET", `/v1/contacts/${IDS.alice}`, { key: created.key })).status).toBe(200);
  });
});

describe("key hashing (WebCrypto, asynchronous)", () => {
  it("requests made before `ready` resolves wait for the seed's keys; a reset's keys replace them", async () => {
    const gateway = createMockGateway({ seed: testSeed() });
    const get = (key: string) =>
      gateway.fetch(`https://api.sigfollow.com/v1/contacts/${IDS.alice}`, { headers: { Authorization: `Bearer ${key}` } }).then((r) => r.status);
    // Not awaited: the keys are still being hashed.
    const early = [get(KEYS.all), get(KEYS.contactsRead), get("sflo_test_unknownunknownunknown00")];
    expect(await Promise.all(early)).toEqual([200, 200, 401]);
    const reset = gateway.reset({ tenants: [{ id: IDS.tenantA, apiKeys: [{ id: "k", key: "sflo_test_afterresetafterreset000" }] }] });
    const during = [get("sflo_test_afterresetafterreset000"), get(KEYS.all)];
    await reset;
    expect(await Promise.all(during)).toEqual([404, 401]); // the key works (404: Alice is gone with the old seed)
  });
});
