import { ErrorCode, ErrorReason } from "./rules/error-codes.js";
import type { components } from "./generated/openapi.js";

/** The Meta-style body of every SigFollow error response. */
export type ErrorBody = components["schemas"]["ErrorResponse"];
/** `error.error_data` of an error body. */
export type ErrorData = components["schemas"]["ErrorData"];

/**
 * What went wrong, one value per error class: `authentication` (401), `permission` (403),
 * `validation` (400), `not_found` (404), `conflict` (409), `blacklisted` (422
 * `recipient_blacklisted`), `window_closed` (131026), `template` (132000 / 132001 / 132012),
 * `rate_limit` (429), `server` (5xx), `api` (any other status), `connection` (no response),
 * `timeout` and `aborted`.
 */
export type SigFollowErrorKind =
  | "authentication"
  | "permission"
  | "validation"
  | "not_found"
  | "conflict"
  | "blacklisted"
  | "window_closed"
  | "template"
  | "rate_limit"
  | "server"
  | "api"
  | "connection"
  | "timeout"
  | "aborted";

// A registry-wide symbol, so the guard recognises errors made by another copy of this package
// (another realm, a duplicated install) where `instanceof` fails.
const BRAND = Symbol.for("sigfollow.error");

/** Fields an error is made from. */
export interface SigFollowErrorInit {
  message: string;
  /** HTTP status; absent when no response arrived. */
  status?: number;
  /** The parsed response body, when there was one. */
  body?: unknown;
  method?: string;
  /** Request path (no host, no query). */
  path?: string;
  /** Seconds to wait, from `Retry-After` (429). */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * Base class of every error the client throws. API errors carry the HTTP status and the Meta
 * error fields; errors without a response (`connection`, `timeout`, `aborted`) carry `cause`.
 * Never contains the API key.
 *
 * @example
 * ```ts
 * try {
 *   await client.messages.send(phoneNumberId, message);
 * } catch (error) {
 *   if (isSigFollowError(error)) console.error(error.kind, error.status, error.code, error.reason);
 *   else throw error;
 * }
 * ```
 */
export class SigFollowError extends Error {
  readonly [BRAND] = true;
  readonly kind: SigFollowErrorKind = "api";
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** Meta error code (`error.code`), e.g. `131026`. */
  readonly code?: number;
  /** `error.error_subcode`, e.g. `33` for an unknown object. */
  readonly subcode?: number;
  /** Meta error type, e.g. `OAuthException`. */
  readonly type?: string;
  /** `error.error_data`: `details` and, where defined, `reason`. */
  readonly errorData?: ErrorData;
  /** `error.error_data.reason`, e.g. `recipient_blacklisted`. */
  readonly reason?: string;
  /** `error.error_data.details`. */
  readonly details?: string;
  /** `error.fbtrace_id`; quote it to support. */
  readonly fbtraceId?: string;
  /** The response body as received. */
  readonly body?: unknown;
  readonly method?: string;
  readonly path?: string;
  /** Seconds the gateway asked to wait (429 `Retry-After`). */
  readonly retryAfter?: number;

  constructor(init: SigFollowErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    const error = (init.body as Partial<ErrorBody> | undefined)?.error;
    Object.assign(this, {
      name: new.target.name,
      status: init.status,
      body: init.body,
      method: init.method,
      path: init.path,
      retryAfter: init.retryAfter,
      code: error?.code,
      subcode: error?.error_subcode,
      type: error?.type,
      errorData: error?.error_data,
      reason: error?.error_data?.reason,
      details: error?.error_data?.details,
      fbtraceId: error?.fbtrace_id,
    });
  }
}

/** 401, code 190: the API key is missing, unknown or revoked. @example `if (error instanceof AuthenticationError) rotateKey();` */
export class AuthenticationError extends SigFollowError {
  override readonly kind = "authentication";
}
/** 403, code 200: the key lacks the scope, or the phone number is not allowed for it. @example `if (error instanceof PermissionError) console.error(error.details);` */
export class PermissionError extends SigFollowError {
  override readonly kind = "permission";
}
/** 400, code 100: the request is invalid; `details` names the field. @example `if (error instanceof ValidationError) console.error(error.details);` */
export class ValidationError extends SigFollowError {
  override readonly kind = "validation";
}
/** 404: the object does not exist in the key's tenant. @example `if (error instanceof NotFoundError) return null;` */
export class NotFoundError extends SigFollowError {
  override readonly kind = "not_found";
}
/** 409: a conflict, e.g. the 20-tag cap (code 131000, reason `tag_limit_reached`). @example `if (error instanceof ConflictError && error.reason === "tag_limit_reached") pruneTags();` */
export class ConflictError extends SigFollowError {
  override readonly kind = "conflict";
}
/** 422, code 131000, reason `recipient_blacklisted`: not sent, nothing recorded. @example `if (error instanceof BlacklistedRecipientError) skip(recipient);` */
export class BlacklistedRecipientError extends SigFollowError {
  override readonly kind = "blacklisted";
}
/** 400, code 131026: no inbound message in 24 hours; only templates can be sent. @example `if (error instanceof WindowClosedError) await sendTemplate();` */
export class WindowClosedError extends SigFollowError {
  override readonly kind = "window_closed";
}
/** Template errors: 132000 parameter count, 132001 template not found / not approved, 132012 parameter format. @example `if (error instanceof TemplateError && error.code === 132001) alertOps();` */
export class TemplateError extends SigFollowError {
  override readonly kind = "template";
}
/** 429, code 4: rate limited; `retryAfter` holds the seconds to wait. @example `if (error instanceof RateLimitError) await sleep((error.retryAfter ?? 1) * 1000);` */
export class RateLimitError extends SigFollowError {
  override readonly kind = "rate_limit";
}
/** 5xx: the gateway failed; retried automatically where that cannot duplicate a send. @example `if (error instanceof ServerError) console.error(error.fbtraceId);` */
export class ServerError extends SigFollowError {
  override readonly kind = "server";
}
/** No response arrived (DNS, refused or reset connection). @example `if (error instanceof ConnectionError) console.error(error.cause);` */
export class ConnectionError extends SigFollowError {
  override readonly kind = "connection";
}
/** The request took longer than `timeoutMs`. @example `if (error instanceof TimeoutError) console.warn("slow gateway");` */
export class TimeoutError extends SigFollowError {
  override readonly kind = "timeout";
}
/** The caller's `AbortSignal` aborted the request. @example `if (error instanceof AbortedError) return;` */
export class AbortedError extends SigFollowError {
  override readonly kind = "aborted";
}

const TEMPLATE_CODES: number[] = [
  ErrorCode.TemplateParamCountMismatch,
  ErrorCode.TemplateNotFound,
  ErrorCode.TemplateParamFormatMismatch,
];

function classFor(status: number, code: number | undefined, reason: string | undefined): typeof SigFollowError {
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 429) return RateLimitError;
  if (status === 422 && reason === ErrorReason.RecipientBlacklisted) return BlacklistedRecipientError;
  if (code === ErrorCode.WindowClosed) return WindowClosedError;
  if (code !== undefined && TEMPLATE_CODES.includes(code)) return TemplateError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 400) return ValidationError;
  return status >= 500 ? ServerError : SigFollowError;
}

/**
 * Makes the error for an HTTP error response: picks the class from the status, the Meta `code`
 * and `error_data.reason`.
 *
 * @example
 * ```ts
 * const error = errorFromResponse(429, { error: { message: "slow down", type: "OAuthException", code: 4 } }, { retryAfter: 2 });
 * error instanceof RateLimitError; // true
 * ```
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  request: Pick<SigFollowErrorInit, "method" | "path" | "retryAfter"> = {},
): SigFollowError {
  const error = (body as Partial<ErrorBody> | undefined)?.error;
  const code = typeof error?.code === "number" ? error.code : undefined;
  const Class = classFor(status, code, error?.error_data?.reason);
  const what = error?.message ?? `HTTP ${status}`;
  const message = `${request.method ?? ""} ${request.path ?? ""} failed with HTTP ${status}${code === undefined ? "" : ` (#${code})`}: ${what}`.trim();
  return new Class({ ...request, message, status, body });
}

/**
 * Whether `value` is an error thrown by this client (optionally of one `kind`). Works across
 * realms and duplicated installs, where `instanceof` does not.
 *
 * @example
 * ```ts
 * if (isSigFollowError(error, "rate_limit")) await sleep((error.retryAfter ?? 1) * 1000);
 * ```
 */
export function isSigFollowError(value: unknown, kind?: SigFollowErrorKind): value is SigFollowError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [BRAND]?: unknown })[BRAND] === true &&
    (kind === undefined || (value as SigFollowError).kind === kind)
  );
}
