import { describe, expect, it } from "vitest";
import { verifySubscription } from "./subscription.js";

const token = "my-verify-token";
const query = "hub.mode=subscribe&hub.verify_token=my-verify-token&hub.challenge=1158201444";

describe("verifySubscription", () => {
  it("returns the challenge for the right mode and token, from every query form", () => {
    expect(verifySubscription(new URLSearchParams(query), token)).toBe("1158201444");
    expect(verifySubscription(new URL(`https://example.com/webhook?${query}`), token)).toBe("1158201444");
    expect(verifySubscription(`https://example.com/webhook?${query}`, token)).toBe("1158201444");
    expect(verifySubscription(`/webhook?${query}`, token)).toBe("1158201444");
    expect(verifySubscription(query, token)).toBe("1158201444");
    // Express's req.query, Hono's c.req.query()
    expect(verifySubscription({ "hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": "42" }, token)).toBe("42");
  });

  it("returns null for a wrong or near-miss token, a wrong mode, or a missing part", () => {
    const with_ = (changes: Record<string, string | null>) => {
      const params = new URLSearchParams(query);
      for (const [k, v] of Object.entries(changes)) v === null ? params.delete(k) : params.set(k, v);
      return verifySubscription(params, token);
    };
    expect(with_({ "hub.verify_token": "wrong" })).toBeNull();
    expect(with_({ "hub.verify_token": "my-verify-toke" })).toBeNull();
    expect(with_({ "hub.verify_token": "my-verify-token " })).toBeNull();
    expect(with_({ "hub.verify_token": "" })).toBeNull();
    expect(with_({ "hub.verify_token": null })).toBeNull();
    expect(with_({ "hub.mode": "unsubscribe" })).toBeNull();
    expect(with_({ "hub.mode": null })).toBeNull();
    expect(with_({ "hub.challenge": null })).toBeNull();
    expect(with_({ "hub.challenge": "" })).toBeNull();
  });

  it("never matches an empty configured token, and ignores non-string query values", () => {
    expect(verifySubscription("hub.mode=subscribe&hub.verify_token=&hub.challenge=1", "")).toBeNull();
    expect(verifySubscription({ "hub.mode": "subscribe", "hub.verify_token": [token], "hub.challenge": "1" }, token)).toBeNull();
    expect(verifySubscription({ "hub.mode": "subscribe", "hub.verify_token": token, "hub.challenge": ["1", "2"] }, token)).toBeNull();
  });

  it("compares multi-byte tokens correctly", () => {
    const unicode = "tökén-🔑";
    const params = new URLSearchParams({ "hub.mode": "subscribe", "hub.verify_token": unicode, "hub.challenge": "7" });
    expect(verifySubscription(params, unicode)).toBe("7");
    expect(verifySubscription(params, "tökén-🔒")).toBeNull();
  });
});
