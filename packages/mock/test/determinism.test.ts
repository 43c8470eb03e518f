// Deterministic ids and timestamps: the same seed and the same requests give the same answers.
import { describe, expect, it } from "vitest";
import { createMockGateway, MockClock } from "../src/index.js";
import { IDS, KEYS, testSeed } from "./support/seed.js";

async function script(rngSeed?: string) {
  const gateway = createMockGateway({ seed: testSeed(), baseUrl: "https://det.sigfollow.test", ...(rngSeed ? { rngSeed } : {}) });
  const call = async (method: string, path: string, json?: unknown) => {
    const res = await gateway.fetch(`https://det.sigfollow.test${path}`, {
      method,
      headers: { Authorization: `Bearer ${KEYS.all}`, ...(json ? { "Content-Type": "application/json" } : {}) },
      body: json ? JSON.stringify(json) : undefined,
    });
    return res.json();
  };
  const out = [];
  out.push(await call("POST", "/v1/contacts", { phone: "447700900001" }));
  gateway.advanceClock(5_000);
  out.push(await call("POST", `/v1/${IDS.phoneA1}/messages`, { messaging_product: "whatsapp", to: IDS.alicePhone, type: "text", text: { body: "x" } }));
  out.push(await call("POST", `/v1/${IDS.wabaA}/message_templates`, { name: "det", language: "en", category: "UTILITY", components: [{ type: "BODY", text: "x" }] }));
  out.push(await call("GET", "/v1/contacts/nope"));
  out.push(await call("POST", `/v1/contacts/${IDS.alice}/tags`, { tag_id: IDS.tagVip }));
  return out;
}

describe("determinism", () => {
  it("same seed, same requests: identical answers (ids, wamids, trace ids, timestamps)", async () => {
    const [a, b] = [await script(), await script()];
    expect(a).toEqual(b);
    expect(a[0].id).toMatch(/^cm[0-9a-z]{23}$/);
    expect(a[0].createdAt).toBe("2026-05-13T22:00:00.000Z");
    expect(a[1].messages[0].id).toMatch(/^wamid\./);
    expect(a[2].id).toMatch(/^[1-9][0-9]{15}$/);
    expect(a[4].createdAt).toBe("2026-05-13T22:00:05.000Z");
  });

  it("another rngSeed gives other ids", async () => {
    const [a, b] = [await script(), await script("other")];
    expect(a[0].id).not.toBe(b[0].id);
    expect(a[1].messages[0].id).not.toBe(b[1].messages[0].id);
  });

  it("an injected clock drives every timestamp", async () => {
    const clock = new MockClock(Date.parse("2030-01-01T00:00:00.000Z"));
    const gateway = createMockGateway({ seed: testSeed(), clock, baseUrl: "https://clock.sigfollow.test" });
    const res = await gateway.fetch("https://clock.sigfollow.test/v1/contacts", {
      method: "POST",
      headers: { Authorization: `Bearer ${KEYS.all}`, "Content-Type": "application/json" },
      body: JSON.stringify({ phone: "447700900001" }),
    });
    expect((await res.json()).createdAt).toBe("2030-01-01T00:00:00.000Z");
    clock.advance(1000);
    expect(gateway.now()).toBe("2030-01-01T00:00:01.000Z");
    const running = new MockClock(0, "running", () => 1000 + performance.now());
    expect(running.now()).toBeGreaterThanOrEqual(0);
    const readOnly = createMockGateway({ seed: testSeed(), clock: { now: () => 0 } });
    expect(() => readOnly.advanceClock(1)).toThrow();
  });
});
