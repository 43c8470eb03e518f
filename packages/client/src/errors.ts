import type { components } from "./generated/openapi.js";
import { ErrorCode, ErrorReason } from "./rules/error-codes.js";
import type { RuleViolation } from "./rules/violation.js";

/**
 * The Meta-style body of every SigFollow error response.
 *
 * @example
 * ```ts
 * const body: ErrorBody = { error: { message: "Invalid or expired API key", type: "OAuthException", code: 190 } };
 * ```
 */
export type ErrorBody = components["schemas"]["ErrorResponse"];

/**
 * `error.error_data` of an error body.
 *
 * @example
 * ```ts
 * const data: ErrorData = { messaging_product: "whatsapp", details: "16505551234 is on the tenant blacklist.", reason: "recipient_blacklisted" };
 * ```
 */
export type ErrorData = components["schemas"]["ErrorData"];

/**
 * What went wrong, one value per error class: `authentication` (401 / 190), `permission` (403 /
 * 200), `validation` (400 / 100, or 413 for a body over the operation's limit), `not_found` (404),
 * `conflict` (409), `blacklisted` (422 `recipient_blacklisted`), `window_closed` (131026),
 * `template` (132000 / 132001 / 132012), `rate_limit` (429 / 4, and Meta's throttling codes 130429,
 * 131056 and 80007), `restricted` (Meta's 131048 spam rate limit and 368 policy block: not worth
 * retrying until the number's standing changes), `server` (5xx), `api` (any other
 * error response), and, when no response arrived, `connection`, `timeout` and `aborted`. A
 * {@link TemplateRuleError}, found by a builder before sending, has the kind the gateway's answer
 * would have: `template` (132000, 132012) or `validation` (100).
 *
 * @example
 * ```ts
 * const retryLater: SigFollowErrorKind[] = ["rate_limit", "server", "connection", "timeout"];
 * if (isSigFollowError(error) && retryLater.includes(error.kind)) queue.push(job);
 * ```
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
  | "restricted"
  | "server"
  | "api"
  | "connection"
  | "timeout"
  | "aborted";

// A registry-wide symbol, so the guard recognises errors made by another copy of this package
// (another realm, a duplicated install) where `instanceof` fails.
const BRAND = Symbol.for("sigfollow.error");

/**
 * What an error is made from.
 *
 * @example
 * ```ts
 * const error = new ServerError({ message: "POST /v1/contacts failed with HTTP 503", status: 503, method: "POST", path: "/v1/contacts" });
 * ```
 */
export interface SigFollowErrorInit {
  message: string;
  /** HTTP status; absent when no response arrived. */
  status?: number;
  /** The parsed response body, when there was one. */
  body?: unknown;
  /** Request method, e.g. `POST`. */
  method?: string;
  /** Request path, without host and query, e.g. `/v1/contacts/cm5xy123`. */
  path?: string;
  /** Seconds to wait, from a 429's `Retry-After`. */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * Base class of every error the client throws. API errors carry the HTTP status and the Meta
 * error fields; errors without a response (`connection`, `timeout`, `aborted`) carry `cause`.
 * Nothing in it holds the API key: the key lives only in the request headers, which errors never
 * keep.
 *
 * @example
 * ```ts
 * try {
 *   await client.messages.send(phoneNumberId, message);
 * } catch (error) {
 *   if (isSigFollowError(error)) console.error(error.kind, error.status, error.code, error.reason, error.fbtraceId);
 *   else throw error;
 * }
 * ```
 */
export class SigFollowError extends Error {
  declare readonly [BRAND]: true;
  /** Which failure this is; one value per subclass. */
  readonly kind: SigFollowErrorKind = "api";
  // A literal, not `new.target.name`: minifiers rename classes.
  override name = "SigFollowError";
  /** HTTP status, when a response arrived. */
  declare readonly status?: number;
  /** Meta error code (`error.code`), e.g. `131026`. */
  declare readonly code?: number;
  /** `error.error_subcode`, e.g. `33` for an unknown object. */
  declare readonly subcode?: number;
  /** Meta error type, e.g. `OAuthException`. */
  declare readonly type?: string;
  /** `error.error_data`: `details` and, where defined, `reason`. */
  declare readonly errorData?: ErrorData;
  /** `error.error_data.reason`, e.g. `recipient_blacklisted`. */
  declare readonly reason?: string;
  /** `error.error_data.details`, the specific cause. */
  declare readonly details?: string;
  /** `error.fbtrace_id`; quote it to support. */
  declare readonly fbtraceId?: string;
  /** The response body as received (parsed JSON, else text). */
  declare readonly body?: unknown;
  /** Request method. */
  declare readonly method?: string;
  /** Request path, without host and query. */
  declare readonly path?: string;
  /** Seconds the gateway asked to wait (429 `Retry-After`). */
  declare readonly retryAfter?: number;

  constructor(init: SigFollowErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    const error = (init.body as Partial<ErrorBody> | undefined)?.error;
    // `declare`d fields emit no initializers, so assigning here is all the runtime code they cost.
    Object.assign(this, {
      [BRAND]: true,
      status: init.status,
      body: init.body,
      method: init.method,
      path: init.path,
      retryAfter: init.retryAfter,
      code: typeof error?.code === "number" ? error.code : undefined,
      subcode: error?.error_subcode,
      type: error?.type,
      errorData: error?.error_data,
      reason: error?.error_data?.reason,
      details: error?.error_data?.details,
      fbtraceId: error?.fbtrace_id,
    });
  }
}

/**
 * 401, code 190: the API key is missing, unknown or revoked.
 * @example
 * ```ts
 * if (error instanceof AuthenticationError) await rotateKey();
 * ```
 */
export class AuthenticationError extends SigFollowError {
  override readonly kind = "authentication";
  override name = "AuthenticationError";
}

/**
 * 403, code 200: the key lacks the scope, or the phone number is not in its `allowedPhoneNumberIds`.
 * @example
 * ```ts
 * if (error instanceof PermissionError) console.error(error.details); // "Required scope: messages:send"
 * ```
 */
export class PermissionError extends SigFollowError {
  override readonly kind = "permission";
  override name = "PermissionError";
}

/**
 * 400, code 100: the request is invalid; `details` names the field. Also 413 (code 100): the body
 * is larger than the operation accepts (`details` names the limit); not retried, as resending the
 * same body cannot succeed.
 * @example
 * ```ts
 * if (error instanceof ValidationError) console.error(error.details); // "text.body: must NOT have fewer than 1 characters"
 * ```
 */
export class ValidationError extends SigFollowError {
  override readonly kind = "validation";
  override name = "ValidationError";
}

/**
 * 404 (code 100, subcode 33): the object does not exist in the key's tenant.
 * @example
 * ```ts
 * const contact = await client.contacts.get(id).catch((e) => (e instanceof NotFoundError ? null : Promise.reject(e)));
 * ```
 */
export class NotFoundError extends SigFollowError {
  override readonly kind = "not_found";
  override name = "NotFoundError";
}

/**
 * 409: a conflict, e.g. the 20-tag cap (reason `tag_limit_reached`) or an existing template
 * name (reason `template_name_exists`).
 * @example
 * ```ts
 * if (error instanceof ConflictError && error.reason === "tag_limit_reached") await pruneTags(contactId);
 * ```
 */
export class ConflictError extends SigFollowError {
  override readonly kind = "conflict";
  override name = "ConflictError";
}

/**
 * 422, code 131000, reason `recipient_blacklisted` (sends with `filterBlacklist`): nothing was sent.
 * @example
 * ```ts
 * if (error instanceof BlacklistedRecipientError) skipped.push(recipient);
 * ```
 */
export class BlacklistedRecipientError extends SigFollowError {
  override readonly kind = "blacklisted";
  override name = "BlacklistedRecipientError";
}

/**
 * 400, code 131026: no inbound message in the last 24 hours, so only a template can be sent.
 * @example
 * ```ts
 * if (error instanceof WindowClosedError) await client.messages.send(phoneNumberId, templateMessage);
 * ```
 */
export class WindowClosedError extends SigFollowError {
  override readonly kind = "window_closed";
  override name = "WindowClosedError";
}

/**
 * Template send errors: 132000 parameter count, 132001 template missing or not approved (404),
 * 132012 parameter format.
 * @example
 * ```ts
 * if (error instanceof TemplateError && error.code === 132001) alertOps(`template missing: ${error.details}`);
 * ```
 */
export class TemplateError extends SigFollowError {
  override readonly kind = "template";
  override name = "TemplateError";
}

/**
 * 429, code 4: rate limited; `retryAfter` holds the seconds to wait. Also Meta's throttling codes:
 * 130429 (the number's throughput), 131056 (too many messages to one recipient; Meta advises
 * retrying that recipient after 4^X seconds) and 80007 (the WABA's management rate limit). Nothing
 * was sent, so the client already retried (up to `maxRetries`, for waits up to 60 s) before
 * throwing this.
 * @example
 * ```ts
 * if (error instanceof RateLimitError) await new Promise((r) => setTimeout(r, (error.retryAfter ?? 1) * 1000));
 * ```
 */
export class RateLimitError extends SigFollowError {
  override readonly kind = "rate_limit";
  override name = "RateLimitError";
}

/**
 * Meta restricts the sending number: 131048 (spam rate limit: too many of its messages were
 * blocked or flagged) or 368 (403: temporarily blocked for policy violations). Not retried, as
 * retrying soon cannot succeed: check the number's quality and policy status in WhatsApp Manager.
 * @example
 * ```ts
 * if (error instanceof RestrictedError) pauseCampaign(phoneNumberId, error.code);
 * ```
 */
export class RestrictedError extends SigFollowError {
  override readonly kind = "restricted";
  override name = "RestrictedError";
}

/**
 * 5xx: the gateway failed (Meta's 131000 "Something went wrong" is a 500). Reads were retried; a send may or may not have been processed.
 * @example
 * ```ts
 * if (error instanceof ServerError) console.error("gateway failure, trace", error.fbtraceId);
 * ```
 */
export class ServerError extends SigFollowError {
  override readonly kind = "server";
  override name = "ServerError";
}

/**
 * No response arrived: DNS failure, refused or reset connection. The message names the origin
 * tried and the underlying reason (e.g. `connect ECONNREFUSED 127.0.0.1:4011`, `getaddrinfo
 * ENOTFOUND gateway.example`), and says when that origin was the default because no `baseUrl` was
 * given; `cause` holds the fetch error.
 * @example
 * ```ts
 * if (error instanceof ConnectionError) console.error(error.message); // "POST /v1/1065/messages failed: no response from http://127.0.0.1:4011: connect ECONNREFUSED 127.0.0.1:4011"
 * ```
 */
export class ConnectionError extends SigFollowError {
  override readonly kind = "connection";
  override name = "ConnectionError";
}

/**
 * An attempt took longer than `timeoutMs`.
 * @example
 * ```ts
 * if (error instanceof TimeoutError) console.warn("slow gateway:", error.message);
 * ```
 */
export class TimeoutError extends SigFollowError {
  override readonly kind = "timeout";
  override name = "TimeoutError";
}

/**
 * The caller's `AbortSignal` fired; `cause` holds its reason.
 * @example
 * ```ts
 * if (error instanceof AbortedError) return; // the user navigated away
 * ```
 */
export class AbortedError extends SigFollowError {
  override readonly kind = "aborted";
  override name = "AbortedError";
}

/**
 * A template rule broken by a request a builder was about to produce, found before any request
 * was made: `build()` (or a method that would mix named and positional parameters) throws it.
 * It is a {@link SigFollowError} with the code, `details` and `kind` the gateway would answer
 * with, so one handler serves both: `kind` is `template` for `132000` (parameter count mismatch)
 * and `132012` (parameter format mismatch), `validation` for `100` (invalid definition).
 * `field` is where in the request the first problem is; `violations` lists every one found.
 *
 * @example
 * ```ts
 * try {
 *   await client.messages.send(phoneNumberId, message(to).template(template(definition).body("Alice")).build());
 * } catch (error) {
 *   if (isSigFollowError(error, "template")) console.error(error.code, error.details); // from the builder or the gateway
 * }
 * ```
 */
export class TemplateRuleError extends SigFollowError {
  declare readonly kind: "template" | "validation";
  override name = "TemplateRuleError";
  /** The Meta error code of the first violation. */
  declare readonly code: RuleViolation["code"];
  /** `field: message` of the first violation, as the gateway's `error_data.details` would say it. */
  declare readonly details: string;
  /** Where the first violation is, e.g. `template.components[1].parameters`. */
  declare readonly field: string;
  /** Every violation found, first one first. */
  declare readonly violations: readonly RuleViolation[];

  constructor(violations: readonly RuleViolation[]) {
    const [{ code, path, message }] = violations as [RuleViolation];
    const details = `${path}: ${message}`;
    super({ message: `(#${code}) ${details}` });
    Object.assign(this, { kind: code === ErrorCode.InvalidParameter ? "validation" : "template", code, details, field: path, violations });
  }
}

/**
 * Whether a value is a {@link TemplateRuleError}, also across realms and duplicated installs
 * (it checks the `SigFollowError` brand and the name, not `instanceof`).
 *
 * @example
 * ```ts
 * if (isTemplateRuleError(error) && error.code === 132012) useNamedParameters();
 * ```
 */
export const isTemplateRuleError = (value: unknown): value is TemplateRuleError =>
  isSigFollowError(value) && value.name === "TemplateRuleError";

/** Meta's throttling codes: nothing was sent, and a later attempt can succeed. */
export const THROTTLED: readonly number[] = [ErrorCode.ThroughputExceeded, ErrorCode.PairRateLimited, ErrorCode.WabaRateLimited];

// Status first where SigFollow's status is specific; the Meta code where it is more precise
// (131026 and template codes arrive as 400 or 404; code 100 also arrives as 404 and 409).
function classFor(status: number, code: number | undefined, reason: string | undefined): typeof SigFollowError {
  if (status >= 500) return ServerError;
  if (status === 401 || code === ErrorCode.InvalidApiKey) return AuthenticationError;
  if (code === ErrorCode.SpamRateLimited || code === ErrorCode.PolicyBlocked) return RestrictedError;
  if (status === 403 || code === ErrorCode.PermissionDenied) return PermissionError;
  if (status === 429 || code === ErrorCode.RateLimited || THROTTLED.includes(code!)) return RateLimitError;
  if (reason === ErrorReason.RecipientBlacklisted) return BlacklistedRecipientError;
  if (code === ErrorCode.WindowClosed) return WindowClosedError;
  if (code === ErrorCode.TemplateParamCountMismatch || code === ErrorCode.TemplateNotFound || code === ErrorCode.TemplateParamFormatMismatch) {
    return TemplateError;
  }
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 400 || status === 413 || code === ErrorCode.InvalidParameter) return ValidationError;
  return SigFollowError;
}

/**
 * Makes the error for an HTTP error response, picking the class from the status, the Meta `code`
 * and `error_data.reason`. The client calls it for every non-2xx response; it is exported for
 * code that calls the API some other way (e.g. through `client.raw`).
 *
 * @example
 * ```ts
 * const { error, response } = await client.raw.GET("/v1/contacts/{contactId}", { params: { path: { contactId } } });
 * if (error) throw errorFromResponse(response.status, error, { method: "GET", path: new URL(response.url).pathname });
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
  const what = typeof error?.message === "string" ? error.message : `HTTP ${status}`;
  const where = request.method ? `${request.method} ${request.path ?? ""} failed with ` : "";
  // Meta messages usually start with "(#code)" already.
  const tag = code === undefined || what.startsWith(`(#${code})`) ? "" : ` (#${code})`;
  // The title is generic ("(#100) Invalid parameter"); `details` says what was wrong, so log lines need it.
  const details = error?.error_data?.details;
  const message = `${where}HTTP ${status}${tag}: ${what}${details && !what.includes(details) ? `: ${details}` : ""}`;
  return new Class({ ...request, message, status, body });
}

/**
 * Whether `value` is an error thrown by this client, optionally of one `kind` (which narrows
 * `error.kind`). Works across realms and duplicated installs, where `instanceof` does not: it
 * checks a `Symbol.for` brand.
 *
 * @example
 * ```ts
 * if (isSigFollowError(error, "rate_limit")) retryAt(Date.now() + (error.retryAfter ?? 1) * 1000);
 * ```
 */
export function isSigFollowError(value: unknown): value is SigFollowError;
/**
 * Whether `value` is an error thrown by this client of this `kind`; narrows `error.kind`.
 *
 * @example
 * ```ts
 * if (isSigFollowError(error, "blacklisted")) skipped.push(recipient);
 * ```
 */
export function isSigFollowError<K extends SigFollowErrorKind>(value: unknown, kind: K): value is SigFollowError & { readonly kind: K };
export function isSigFollowError(value: unknown, kind?: SigFollowErrorKind): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [BRAND]?: unknown })[BRAND] === true &&
    (kind === undefined || (value as SigFollowError).kind === kind)
  );
}
