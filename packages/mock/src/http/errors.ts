// Meta-style error bodies ({ error: { message, type, code, error_subcode?, error_data, ... } }),
// thrown by handlers as GatewayError and written by the gateway with an fbtrace_id.
import { ErrorCode, ErrorReason, OBJECT_NOT_FOUND_SUBCODE } from "@sigfollow/client/rules";

/** The `error` object of a Meta-style error body. */
export interface MetaErrorObject {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  error_data?: { messaging_product: "whatsapp"; details?: string; reason?: string };
  fbtrace_id?: string;
  is_transient?: boolean;
}

/** A Meta-style error body. */
export interface MetaErrorBody {
  error: MetaErrorObject;
}

/** An error answer: thrown anywhere in a handler, written as a Meta-style error response. */
export class GatewayError extends Error {
  override readonly name = "GatewayError";
  constructor(
    readonly status: number,
    readonly error: MetaErrorObject,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

const data = (details?: string, reason?: string): MetaErrorObject["error_data"] => ({
  messaging_product: "whatsapp",
  ...(details !== undefined ? { details } : {}),
  ...(reason !== undefined ? { reason } : {}),
});

const oauth = (status: number, code: number, message: string, details?: string, reason?: string) =>
  new GatewayError(status, { message, type: "OAuthException", code, error_data: data(details, reason) });

/** 400 code 100: the request is invalid; `details` names the field. */
export const invalidParameter = (details: string) => oauth(400, ErrorCode.InvalidParameter, "(#100) Invalid parameter", details);

/** 508: a request carrying this gateway's own webhook mark (a delivery or handshake that reached the mock itself). */
export const loopDetected = () =>
  oauth(508, ErrorCode.InvalidParameter, "(#100) Loop detected", "this request is one of this mock gateway's own webhook deliveries or handshakes: a subscription must not point at the mock itself");

/** 401 code 190: missing, unknown or revoked API key. */
export const invalidApiKey = (details: string) => oauth(401, ErrorCode.InvalidApiKey, "Invalid or expired API key", details);

/** 403 code 200: the key lacks the operation's scope. */
export const missingScope = (scope: string) =>
  oauth(403, ErrorCode.PermissionDenied, `(#200) API key lacks the required scope ${scope}`, `Required scope: ${scope}`);

/** 403 code 200: the phone number is not in the key's `allowedPhoneNumberIds`. */
export const phoneNumberNotAllowed = (id: string) =>
  oauth(
    403,
    ErrorCode.PermissionDenied,
    `(#200) This API key is not allowed to use phone number ${id}`,
    `Phone number ${id} is not in the API key's allowedPhoneNumberIds.`,
  );

/** A 404 code 100 subcode 33 (`GraphMethodException`), Meta's answer for what does not exist. */
const graphNotFound = (message: string, details: string) =>
  new GatewayError(404, { message, type: "GraphMethodException", code: ErrorCode.InvalidParameter, error_subcode: OBJECT_NOT_FOUND_SUBCODE, error_data: data(details) });

/** 404 code 100 subcode 33: no such object in this tenant (other tenants' objects included). */
export const objectNotFound = (id: string) =>
  graphNotFound(
    `Unsupported request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
    `Object with ID '${id}' does not exist.`,
  );

/** 404 for a path or method SigFollow does not serve. */
export const unknownRoute = (method: string, path: string) =>
  graphNotFound(`Unsupported ${method.toLowerCase()} request. ${path} is not a SigFollow endpoint`, `No operation ${method} ${path}. See the API reference for the endpoints.`);

/** 404 for a path or method the control API does not serve. */
export const unknownControlRoute = (method: string, path: string) =>
  graphNotFound(`Unsupported ${method.toLowerCase()} request. ${path} is not a control endpoint`, "GET /__mock lists the control endpoints.");

/** A byte count for a message: `16 MB`, `1.5 MB`, `64 KB` or `512 bytes`. */
const size = (bytes: number) => {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, "bytes"];
  return `${Math.round(value * 10) / 10} ${unit}`;
};

/** 413 code 100: a request body over `limit` bytes (the operation's limit), as the spec's `PayloadTooLarge`. */
export const bodyTooLarge = (limit: number) =>
  oauth(413, ErrorCode.InvalidParameter, `(#100) Request body exceeds this operation's ${size(limit)} limit`, `body: larger than the ${size(limit)} limit`);

/** 401 code 190: a control API request without the server's control token. */
export const invalidControlToken = () =>
  oauth(401, ErrorCode.InvalidApiKey, "Invalid or missing control token", "The control API needs Authorization: Bearer <control token> (printed when the server started).");

/** 403 code 200: a control API request the server refuses (cross-origin, unknown Host). */
export const controlForbidden = (details: string) => oauth(403, ErrorCode.PermissionDenied, "(#200) The control API refuses this request", details);

/** 400 code 100: a request node:http could not parse (`details` says what), answered before the gateway sees it. */
export const malformedRequest = (details: string) => oauth(400, ErrorCode.InvalidParameter, "(#100) Malformed HTTP request", details);

/** 431 code 100: request line or headers over the server's limit. */
export const headersTooLarge = (limit: number) =>
  oauth(431, ErrorCode.InvalidParameter, "(#100) Request header fields too large", `request line and headers: larger than the ${Math.round(limit / 1024)} KB limit`);

/** 400 code 100: the gateway runs on a clock that cannot be moved. */
export const clockNotControllable = () =>
  oauth(400, ErrorCode.InvalidParameter, "(#100) The gateway's clock cannot be moved", "clock: an injected clock without advance() and set()");

/** 429 code 4 with `Retry-After`. */
export const rateLimited = (limit: number | null, retryAfter: number) =>
  new GatewayError(
    429,
    {
      message: "(#4) Application request limit reached",
      type: "OAuthException",
      code: ErrorCode.RateLimited,
      error_data: data(
        `${limit === null ? "Rate limit" : `Rate limit of ${limit} requests per second`} exceeded; retry after ${retryAfter} second${retryAfter === 1 ? "" : "s"}.`,
      ),
      is_transient: true,
    },
    { "Retry-After": String(retryAfter) },
  );

/** Meta's HTTP status, title and `details` of each send-time error a fault can inject (Meta's error-codes page). */
export const META_ERRORS: Record<number, { status: number; title: string; details: string; transient?: true }> = {
  [ErrorCode.ThroughputExceeded]: { status: 400, title: "Rate limit hit", details: "Cloud API message throughput has been reached.", transient: true },
  [ErrorCode.PairRateLimited]: {
    status: 400,
    title: "(Business Account, Consumer Account) pair rate limit hit",
    details: "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.",
    transient: true,
  },
  [ErrorCode.SpamRateLimited]: {
    status: 400,
    title: "Spam rate limit hit",
    details: "Message failed to send because there are restrictions on how many messages can be sent from this phone number. This may be because too many previous messages were blocked or flagged as spam.",
  },
  [ErrorCode.PolicyBlocked]: {
    status: 403,
    title: "Temporarily blocked for policies violations",
    details: "The WhatsApp Business Account associated with the app has been restricted or disabled for violating a platform policy.",
  },
  [ErrorCode.WabaRateLimited]: { status: 400, title: "Rate limit issues", details: "The WhatsApp Business Account has reached its rate limit.", transient: true },
  [ErrorCode.SendFailure]: { status: 500, title: "Something went wrong", details: "Message failed to send due to an unknown error.", transient: true },
  [ErrorCode.MissingParameter]: { status: 400, title: "Required parameter is missing", details: "The request is missing a required parameter." },
  [ErrorCode.InvalidParameterValue]: { status: 400, title: "Parameter value is not valid", details: "One or more parameter values are invalid." },
};

/** One of Meta's send-time errors (see {@link META_ERRORS}), with `Retry-After` when given. */
export function metaError(code: number, retryAfter?: number): GatewayError {
  const { status, title, details, transient } = META_ERRORS[code]!;
  const error: MetaErrorObject = { message: `(#${code}) ${title}`, type: "OAuthException", code, error_data: data(details) };
  if (transient) error.is_transient = true;
  return new GatewayError(status, error, retryAfter === undefined ? {} : { "Retry-After": String(retryAfter) });
}

/** 422 code 131000 reason `recipient_blacklisted`. */
export const recipientBlacklisted = (phone: string) =>
  oauth(422, ErrorCode.SendFailure, "(#131000) Recipient is blacklisted", `${phone} is on the tenant blacklist.`, ErrorReason.RecipientBlacklisted);

/** 409 code 131000 reason `tag_limit_reached`. */
export const tagLimitReached = (contactId: string, max: number) =>
  oauth(
    409,
    ErrorCode.SendFailure,
    `(#131000) Tag limit reached: a contact can hold at most ${max} active tags`,
    `Contact ${contactId} already holds ${max} active tag assignments.`,
    ErrorReason.TagLimitReached,
  );

/** 409 code 100 reason `template_name_exists`. */
export const templateExists = (name: string, language: string) =>
  oauth(
    409,
    ErrorCode.InvalidParameter,
    `(#100) A template named ${name} already exists in ${language}`,
    `name: ${name} already exists for language ${language} in this WABA`,
    ErrorReason.TemplateNameExists,
  );

/** 400 code 131026: the 24-hour window is closed. */
export const windowClosed = (phone: string) =>
  oauth(
    400,
    ErrorCode.WindowClosed,
    "(#131026) Message undeliverable: more than 24 hours since the recipient's last message; send a template",
    `No inbound message from ${phone} in the last 24 hours; only approved templates can be sent.`,
  );

/** 404 code 132001: no APPROVED template of that name and language. */
export const templateNotFound = (name: string, language: string) =>
  oauth(
    404,
    ErrorCode.TemplateNotFound,
    "(#132001) Template name does not exist in the translation",
    `template name (${name}) does not exist in ${language} or is not APPROVED`,
  );

/** 400 code 132015 (PAUSED) or 132016 (DISABLED): the template exists but cannot be sent. Inferred: Meta's codes. */
export const templateNotSendable = (name: string, language: string, status: "PAUSED" | "DISABLED") =>
  oauth(
    400,
    status === "PAUSED" ? ErrorCode.TemplatePaused : ErrorCode.TemplateDisabled,
    status === "PAUSED" ? "(#132015) Template is Paused" : "(#132016) Template is Disabled",
    `template name (${name}) in ${language} is ${status}${status === "PAUSED" ? " because of low quality; it cannot be sent until it is unpaused" : " and can no longer be sent"}`,
  );

const TEMPLATE_SEND_TITLES: Record<number, string> = {
  [ErrorCode.TemplateParamCountMismatch]: "(#132000) Number of parameters does not match the expected number of params",
  [ErrorCode.TemplateParamFormatMismatch]: "(#132012) Parameter format does not match format in the created template",
  [ErrorCode.InvalidParameter]: "(#100) Invalid parameter",
};

/** 400 for a template rule violation (code 100, 132000 or 132012), details = path and message. */
export const ruleViolation = (violation: { code: number; path: string; message: string }) =>
  oauth(400, violation.code, TEMPLATE_SEND_TITLES[violation.code] ?? `(#${violation.code}) Invalid parameter`, `${violation.path}: ${violation.message}`);

/** 5xx: code 1 (500) or code 2 (503), transient. */
export const serverError = (status: number, details?: string) =>
  new GatewayError(status, {
    message: status === 503 ? "(#2) Service temporarily unavailable" : "(#1) An unknown error occurred",
    type: "OAuthException",
    code: status === 503 ? ErrorCode.ServiceUnavailable : ErrorCode.UnknownError,
    error_data: data(details),
    is_transient: true,
  });

/** 503 code 2 with `Retry-After: 1`: too many request bodies being read at once. */
export const serverBusy = () => new GatewayError(503, serverError(503, "Too many large request bodies in flight; retry shortly.").error, { "Retry-After": "1" });

/** An error answer: status, body (with its trace id) and headers. */
export interface ErrorAnswer {
  status: number;
  body: MetaErrorBody;
  headers: Record<string, string>;
}

/**
 * A thrown value as a Meta-style error answer with the given trace id; anything that is not a
 * {@link GatewayError} is a bug of the mock: 500 code 1 naming it.
 */
export function errorAnswer(error: unknown, fbtraceId: string): ErrorAnswer {
  const known = error instanceof GatewayError ? error : serverError(500, error instanceof Error ? `${error.name}: ${error.message}` : "unexpected error");
  return { status: known.status, body: { error: { ...known.error, fbtrace_id: fbtraceId } }, headers: known.headers };
}
