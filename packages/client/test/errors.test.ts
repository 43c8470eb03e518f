// The error factory, the error fields and the cross-realm guard.
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  AbortedError,
  AuthenticationError,
  BlacklistedRecipientError,
  ConflictError,
  ConnectionError,
  errorFromResponse,
  isSigFollowError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  SigFollowError,
  TemplateError,
  TimeoutError,
  ValidationError,
  WindowClosedError,
} from "../src/index.js";

const body = (code: number, extra: Record<string, unknown> = {}) => ({
  error: { message: `(#${code}) problem`, type: "OAuthException", code, fbtrace_id: "AbC", ...extra },
});
const reason = (value: string) => ({ error_data: { messaging_product: "whatsapp", reason: value } });

describe("errorFromResponse picks the class from status, code and reason", () => {
  it.each([
    [401, body(190), AuthenticationError, "authentication"],
    [400, body(190), AuthenticationError, "authentication"],
    [403, body(200), PermissionError, "permission"],
    [400, body(100), ValidationError, "validation"],
    [404, body(100, { error_subcode: 33 }), NotFoundError, "not_found"],
    [409, body(131000, reason("tag_limit_reached")), ConflictError, "conflict"],
    [409, body(100, reason("template_name_exists")), ConflictError, "conflict"],
    [422, body(131000, reason("recipient_blacklisted")), BlacklistedRecipientError, "blacklisted"],
    [400, body(131026), WindowClosedError, "window_closed"],
    [400, body(132000), TemplateError, "template"],
    [404, body(132001), TemplateError, "template"],
    [400, body(132012), TemplateError, "template"],
    [429, body(4), RateLimitError, "rate_limit"],
    [400, body(4), RateLimitError, "rate_limit"],
    [500, body(1), ServerError, "server"],
    [503, body(2), ServerError, "server"],
    [502, "<html>bad gateway</html>", ServerError, "server"],
    [422, body(131000), SigFollowError, "api"],
    [418, undefined, SigFollowError, "api"],
  ] as const)("HTTP %i %j", (status, payload, Class, kind) => {
    const error = errorFromResponse(status, payload, { method: "POST", path: "/v1/1/messages" });
    expect(error).toBeInstanceOf(Class);
    expect(error.constructor).toBe(Class);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(isSigFollowError(error, kind)).toBe(true);
  });

  it("carries every Meta field, the raw body and the request", () => {
    const errorData = { messaging_product: "whatsapp", details: "16505551234 is on the tenant blacklist.", reason: "recipient_blacklisted" };
    const raw = body(131000, { error_subcode: 7, error_data: errorData });
    const error = errorFromResponse(422, raw, { method: "POST", path: "/v1/1/messages" });
    expect(error).toMatchObject({
      code: 131000,
      subcode: 7,
      type: "OAuthException",
      reason: "recipient_blacklisted",
      details: "16505551234 is on the tenant blacklist.",
      fbtraceId: "AbC",
      errorData,
      body: raw,
      method: "POST",
      path: "/v1/1/messages",
    });
    expect(error.message).toBe("POST /v1/1/messages failed with HTTP 422: (#131000) problem");
  });

  it("adds the code to messages that lack it, and copes with bodies that are not Meta errors", () => {
    expect(errorFromResponse(401, { error: { message: "Invalid or expired API key", type: "OAuthException", code: 190 } }).message).toBe(
      "HTTP 401 (#190): Invalid or expired API key",
    );
    const html = errorFromResponse(502, "<html>bad gateway</html>", { method: "GET", path: "/v1/blacklist" });
    expect(html.message).toBe("GET /v1/blacklist failed with HTTP 502: HTTP 502");
    expect([html.code, html.body]).toEqual([undefined, "<html>bad gateway</html>"]);
    expect(errorFromResponse(500, { error: { code: "NOT_A_NUMBER" } }).code).toBeUndefined();
  });

  it("keeps retryAfter", () => {
    expect(errorFromResponse(429, body(4), { retryAfter: 3 }).retryAfter).toBe(3);
  });
});

describe("error names", () => {
  it("are literal class names, which survive minification, and show in toString", () => {
    const names = [
      [SigFollowError, "SigFollowError"],
      [AuthenticationError, "AuthenticationError"],
      [PermissionError, "PermissionError"],
      [ValidationError, "ValidationError"],
      [NotFoundError, "NotFoundError"],
      [ConflictError, "ConflictError"],
      [BlacklistedRecipientError, "BlacklistedRecipientError"],
      [WindowClosedError, "WindowClosedError"],
      [TemplateError, "TemplateError"],
      [RateLimitError, "RateLimitError"],
      [ServerError, "ServerError"],
      [ConnectionError, "ConnectionError"],
      [TimeoutError, "TimeoutError"],
      [AbortedError, "AbortedError"],
    ] as const;
    for (const [Class, name] of names) {
      const error = new Class({ message: "m" });
      expect(error.name).toBe(name);
      expect(String(error)).toBe(`${name}: m`);
    }
  });
});

describe("isSigFollowError", () => {
  it("recognises errors by brand and kind, and rejects look-alikes", () => {
    const error = errorFromResponse(401, body(190));
    expect(isSigFollowError(error)).toBe(true);
    expect(isSigFollowError(error, "authentication")).toBe(true);
    expect(isSigFollowError(error, "rate_limit")).toBe(false);
    expect(isSigFollowError(new Error("x"))).toBe(false);
    expect(isSigFollowError(Object.assign(new Error("x"), { name: "SigFollowError", kind: "rate_limit" }))).toBe(false);
    expect(isSigFollowError(null)).toBe(false);
    expect(isSigFollowError("SigFollowError")).toBe(false);
  });

  it("works across realms, where instanceof fails", () => {
    // An error made in another realm by another copy of the class: same registry symbol, foreign prototype chain.
    const foreign = runInNewContext(`
      class SigFollowError extends Error { constructor(m) { super(m); this[Symbol.for("sigfollow.error")] = true; this.kind = "rate_limit"; } }
      new SigFollowError("slow down");
    `) as unknown;
    expect(foreign instanceof SigFollowError).toBe(false);
    expect(foreign instanceof Error).toBe(false);
    expect(isSigFollowError(foreign)).toBe(true);
    expect(isSigFollowError(foreign, "rate_limit")).toBe(true);
  });
});
