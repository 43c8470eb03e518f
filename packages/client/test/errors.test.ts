import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BlacklistedRecipientError,
  ConflictError,
  errorFromResponse,
  isSigFollowError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ServerError,
  SigFollowError,
  TemplateError,
  ValidationError,
  WindowClosedError,
} from "../src/index.js";

const body = (code: number, extra: Record<string, unknown> = {}) => ({
  error: { message: `(#${code}) problem`, type: "OAuthException", code, fbtrace_id: "AbC", ...extra },
});

describe("errorFromResponse", () => {
  it.each([
    [401, body(190), AuthenticationError, "authentication"],
    [403, body(200), PermissionError, "permission"],
    [400, body(100), ValidationError, "validation"],
    [404, body(100, { error_subcode: 33 }), NotFoundError, "not_found"],
    [409, body(131000, { error_data: { messaging_product: "whatsapp", reason: "tag_limit_reached" } }), ConflictError, "conflict"],
    [422, body(131000, { error_data: { messaging_product: "whatsapp", reason: "recipient_blacklisted" } }), BlacklistedRecipientError, "blacklisted"],
    [400, body(131026), WindowClosedError, "window_closed"],
    [400, body(132000), TemplateError, "template"],
    [404, body(132001), TemplateError, "template"],
    [400, body(132012), TemplateError, "template"],
    [429, body(4), RateLimitError, "rate_limit"],
    [503, body(2), ServerError, "server"],
    [502, "<html>bad gateway</html>", ServerError, "server"],
    [418, body(1), SigFollowError, "api"],
  ] as const)("HTTP %i %j becomes its class", (status, payload, Class, kind) => {
    const error = errorFromResponse(status, payload, { method: "POST", path: "/v1/{phoneNumberId}/messages" });
    expect(error).toBeInstanceOf(Class);
    expect(error.constructor).toBe(Class);
    expect(error.kind).toBe(kind);
    expect(error.name).toBe(Class.name);
    expect(error.status).toBe(status);
    expect(isSigFollowError(error, kind)).toBe(true);
  });

  it("carries every Meta field and the raw body", () => {
    const raw = body(131000, {
      error_subcode: 7,
      error_data: { messaging_product: "whatsapp", details: "16505551234 is blacklisted", reason: "recipient_blacklisted" },
    });
    const error = errorFromResponse(422, raw, { method: "POST", path: "/v1/{phoneNumberId}/messages" });
    expect(error).toMatchObject({
      code: 131000,
      subcode: 7,
      type: "OAuthException",
      reason: "recipient_blacklisted",
      details: "16505551234 is blacklisted",
      fbtraceId: "AbC",
      errorData: (raw.error as { error_data?: unknown }).error_data,
      body: raw,
      method: "POST",
      path: "/v1/{phoneNumberId}/messages",
    });
    expect(error.message).toBe("POST /v1/{phoneNumberId}/messages failed with HTTP 422 (#131000): (#131000) problem");
  });

  it("keeps retryAfter on rate-limit errors", () => {
    expect(errorFromResponse(429, body(4), { retryAfter: 3 }).retryAfter).toBe(3);
  });
});

describe("isSigFollowError", () => {
  it("recognises errors by brand, across realms, and rejects look-alikes", () => {
    const error = errorFromResponse(401, body(190));
    // An error from another copy of the package: same symbol, no shared prototype.
    const foreign = Object.assign(Object.create(Error.prototype), { [Symbol.for("sigfollow.error")]: true, kind: "rate_limit" });
    expect(isSigFollowError(error)).toBe(true);
    expect(isSigFollowError(foreign, "rate_limit")).toBe(true);
    expect(isSigFollowError(error, "rate_limit")).toBe(false);
    expect(isSigFollowError(new Error("x"))).toBe(false);
    expect(isSigFollowError({ kind: "rate_limit" })).toBe(false);
    expect(isSigFollowError(null)).toBe(false);
  });
});
