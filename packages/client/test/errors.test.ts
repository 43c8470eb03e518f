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
  RestrictedError,
  ServerError,
  SigFollowError,
  TemplateError,
  TimeoutError,
  ValidationError,
  WindowClosedError,
  isTemplateRuleError,
  TemplateRuleError,
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
    [413, body(100), ValidationError, "validation"],
    [413, "<html>Request Entity Too Large</html>", ValidationError, "validation"],
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
    [400, body(130429), RateLimitError, "rate_limit"],
    [400, body(131056), RateLimitError, "rate_limit"],
    [400, body(80007), RateLimitError, "rate_limit"],
    [400, body(131048), RestrictedError, "restricted"],
    [403, body(368), RestrictedError, "restricted"],
    [400, body(131008), ValidationError, "validation"],
    [400, body(131009), ValidationError, "validation"],
    [500, body(131000), ServerError, "server"],
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
    expect(error.message).toBe("POST /v1/1/messages failed with HTTP 422: (#131000) problem: 16505551234 is on the tenant blacklist.");
  });

  it("puts the specific cause from details into the message, so String(error) and log lines carry it", () => {
    const misspelt = {
      error: {
        message: "(#132000) Number of parameters does not match the expected number of params",
        type: "OAuthException",
        code: 132000,
        error_data: {
          messaging_product: "whatsapp",
          details: "template.components[0].parameters[1].parameter_name: parameter_name customer_nme is not a placeholder of the template; expected customer_name, order_id, ship_date",
        },
      },
    };
    const error = errorFromResponse(400, misspelt, { method: "POST", path: "/v1/1065/messages" });
    expect(String(error)).toBe(
      "TemplateError: POST /v1/1065/messages failed with HTTP 400: (#132000) Number of parameters does not match the expected number of params: " +
        "template.components[0].parameters[1].parameter_name: parameter_name customer_nme is not a placeholder of the template; expected customer_name, order_id, ship_date",
    );
    const typo = { error: { message: "(#100) Invalid parameter", type: "OAuthException", code: 100, error_data: { messaging_product: "whatsapp", details: "type: is required" } } };
    expect(errorFromResponse(400, typo).message).toBe("HTTP 400: (#100) Invalid parameter: type: is required");
    // Details the title already contains are not repeated.
    const same = { error: { message: "(#4) Too many calls", code: 4, error_data: { messaging_product: "whatsapp", details: "Too many calls" } } };
    expect(errorFromResponse(429, same).message).toBe("HTTP 429: (#4) Too many calls");
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
      [RestrictedError, "RestrictedError"],
      [ServerError, "ServerError"],
      [ConnectionError, "ConnectionError"],
      [TimeoutError, "TimeoutError"],
      [AbortedError, "AbortedError"],
    ] as const;
    expect(String(new TemplateRuleError([{ code: 132000, path: "template", message: "m" }]))).toBe("TemplateRuleError: (#132000) template: m");
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

describe("TemplateRuleError: a builder's rule failure, in the same hierarchy as the gateway's answer", () => {
  const violations = [
    { code: 132012, path: "template.components[0].parameters[0]", message: "body: mixed" },
    { code: 132000, path: "template.components", message: "button: missing" },
  ] as const;

  it("carries the first violation's code, field and details, every violation, and a Meta-style message", () => {
    const error = new TemplateRuleError(violations);
    expect(error).toBeInstanceOf(SigFollowError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TemplateRuleError");
    expect(error.code).toBe(132012);
    expect(error.field).toBe("template.components[0].parameters[0]");
    expect(error.details).toBe("template.components[0].parameters[0]: body: mixed");
    expect(error.violations).toEqual(violations);
    expect(error.message).toBe("(#132012) template.components[0].parameters[0]: body: mixed");
    // Found before sending: no request, no response.
    expect([error.status, error.method, error.path, error.body]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("has the kind the gateway's answer to the same request has", () => {
    for (const [code, kind] of [[132000, "template"], [132012, "template"], [100, "validation"]] as const) {
      const found = new TemplateRuleError([{ code, path: "template", message: "m" }]);
      const answered = errorFromResponse(400, body(code));
      expect([found.kind, isSigFollowError(found, kind)]).toEqual([answered.kind, true]);
    }
  });

  it("is recognised by the guards across realms, not only by instanceof", () => {
    expect(isSigFollowError(new TemplateRuleError(violations), "template")).toBe(true);
    expect(isTemplateRuleError(new TemplateRuleError(violations))).toBe(true);
    const foreign = runInNewContext(`
      class TemplateRuleError extends Error { constructor(m) { super(m); this[Symbol.for("sigfollow.error")] = true; this.name = "TemplateRuleError"; this.kind = "template"; } }
      new TemplateRuleError("(#132000) template: m");
    `) as unknown;
    expect(foreign instanceof TemplateRuleError).toBe(false);
    expect(isTemplateRuleError(foreign)).toBe(true);
    expect(isTemplateRuleError(errorFromResponse(400, body(132000)))).toBe(false);
    expect(isTemplateRuleError(Object.assign(new Error("x"), { name: "TemplateRuleError" }))).toBe(false);
    expect(isTemplateRuleError(null)).toBe(false);
  });
});
