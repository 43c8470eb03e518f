// The blacklist endpoints, in both HTTP modes.
import { describe, expect, it } from "vitest";
import { harness, metaError, MODES } from "./support/harness.js";
import { IDS, KEYS } from "./support/seed.js";

describe.each(MODES)("blacklist (%s)", async (mode) => {
  const h = await harness(mode);
  const call = (method: string, path: string, json?: unknown, query?: Record<string, string>) =>
    h.call(method, path, { key: KEYS.all, ...(json === undefined ? {} : { json }), ...(query ? { query } : {}) });

  it("adds (normalized), idempotently, replacing the reason only when one is given", async () => {
    const first = await call("POST", "/v1/blacklist", { phone: "+1 650-555-9999", reason: "Asked to stop" });
    expect(first.body).toEqual({ phone: "16505559999", reason: "Asked to stop", createdAt: expect.any(String) });
    h.gateway.advanceClock(1000);
    const again = await call("POST", "/v1/blacklist", { phone: "16505559999" });
    expect(again.body).toEqual(first.body);
    expect((await call("POST", "/v1/blacklist", { phone: "16505559999", reason: "Complaint" })).body.reason).toBe("Complaint");
    metaError(await call("POST", "/v1/blacklist", { phone: "123" }), 400, 100);
    metaError(await call("POST", "/v1/blacklist", { phone: "16505559999", reason: "x".repeat(501) }), 400, 100);
  });

  it("checks one number (404 when not listed, in this tenant)", async () => {
    expect((await call("GET", `/v1/blacklist/${encodeURIComponent("+1 650-555-0000")}`)).body.phone).toBe(IDS.blacklisted);
    metaError(await call("GET", "/v1/blacklist/19998887777"), 404, 100); // tenant B's entry
    metaError(await call("GET", "/v1/blacklist/123"), 400, 100);
  });

  it("removes idempotently", async () => {
    await call("POST", "/v1/blacklist", { phone: "16505558888" });
    expect((await call("DELETE", "/v1/blacklist/16505558888")).body).toEqual({ ok: true });
    expect((await call("DELETE", "/v1/blacklist/16505558888")).body).toEqual({ ok: true });
    metaError(await call("GET", "/v1/blacklist/16505558888"), 404, 100);
  });

  it("lists oldest first with cursor paging", async () => {
    const fresh = await harness(mode, { seed: { tenants: [{ id: "t", apiKeys: [{ key: KEYS.all }] }] } });
    for (let i = 0; i < 5; i++) {
      await fresh.call("POST", "/v1/blacklist", { key: KEYS.all, json: { phone: `1555000000${i}` } });
      fresh.gateway.advanceClock(1000);
    }
    const seen: string[] = [];
    let query: Record<string, string> = { limit: "2" };
    for (let page = 0; page < 5; page++) {
      const res = await fresh.call("GET", "/v1/blacklist", { key: KEYS.all, query });
      seen.push(...res.body.data.map((e: { phone: string }) => e.phone));
      if (!res.body.paging.cursors.after) {
        expect(res.body.paging.next).toBeUndefined();
        break;
      }
      expect(new URL(res.body.paging.next).searchParams.get("after")).toBe(res.body.paging.cursors.after);
      query = { limit: "2", after: res.body.paging.cursors.after };
    }
    expect(seen).toEqual(["15550000000", "15550000001", "15550000002", "15550000003", "15550000004"]);
    metaError(await fresh.call("GET", "/v1/blacklist", { key: KEYS.all, query: { limit: "0" } }), 400, 100);
    metaError(await fresh.call("GET", "/v1/blacklist", { key: KEYS.all, query: { limit: "101" } }), 400, 100);
    metaError(await fresh.call("GET", "/v1/blacklist", { key: KEYS.all, query: { after: "not-a-cursor" } }), 400, 100);
    expect((await fresh.call("GET", "/v1/blacklist", { key: KEYS.all })).body.data).toHaveLength(5);
  });

  it("is per tenant", async () => {
    const list = (await call("GET", "/v1/blacklist", undefined, { limit: "100" })).body.data.map((e: { phone: string }) => e.phone);
    expect(list).toContain(IDS.blacklisted);
    expect(list).not.toContain("19998887777");
  });
});
