/**
 * The Meta error codes SigFollow answers with (`error.code` of an error body).
 *
 * @example
 * ```ts
 * if (error.code === ErrorCode.WindowClosed) sendTemplateInstead();
 * ```
 */
export const ErrorCode = {
  /** 500: unknown server error. */
  UnknownError: 1,
  /** 503: service temporarily unavailable. */
  ServiceUnavailable: 2,
  /** 429: per-key rate limit exceeded; honour `Retry-After`. */
  RateLimited: 4,
  /** 400: invalid parameter (404 with subcode 33: unknown object). */
  InvalidParameter: 100,
  /** 401: invalid, expired or revoked API key. */
  InvalidApiKey: 190,
  /** 403: missing scope, or phone number not in the key's `allowedPhoneNumberIds`. */
  PermissionDenied: 200,
  /** 403 (Meta): the WhatsApp Business Account is temporarily blocked for policy violations; do not retry. */
  PolicyBlocked: 368,
  /** 400 (Meta): the WABA's rate limit on the management (template) endpoints; retry with backoff. */
  WabaRateLimited: 80007,
  /** 400 (Meta): the business number's message throughput was exceeded; retry with backoff. */
  ThroughputExceeded: 130429,
  /**
   * 409: tag cap reached; 422: blacklisted recipient (see {@link ErrorReason}); 500 (Meta):
   * "Something went wrong", a send that failed for an unknown reason.
   */
  SendFailure: 131000,
  /** 400 (Meta): a required parameter is missing. */
  MissingParameter: 131008,
  /** 400 (Meta): a parameter value is not valid. */
  InvalidParameterValue: 131009,
  /** 400: the 24-hour customer-service window is closed; send a template. */
  WindowClosed: 131026,
  /** 400 (Meta): spam rate limit, too many of the number's messages were blocked or flagged; do not retry. */
  SpamRateLimited: 131048,
  /** 400 (Meta): too many messages to one recipient (the business/consumer pair); retry that recipient after 4^X seconds. */
  PairRateLimited: 131056,
  /** 400: template parameter count mismatch. */
  TemplateParamCountMismatch: 132000,
  /** 404: template does not exist in that language or is not approved. */
  TemplateNotFound: 132001,
  /** 400: template parameter format mismatch (named vs positional, header format, button type). */
  TemplateParamFormatMismatch: 132012,
  /** 400: the template is PAUSED (Meta's code; inferred). */
  TemplatePaused: 132015,
  /** 400: the template is DISABLED (Meta's code; inferred). */
  TemplateDisabled: 132016,
} as const;

/** One of the {@link ErrorCode} values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * `error.error_subcode` of a 404 for an object that does not exist (in this tenant).
 *
 * @example
 * ```ts
 * if (body.error.error_subcode === OBJECT_NOT_FOUND_SUBCODE) return null; // not in this tenant
 * ```
 */
export const OBJECT_NOT_FOUND_SUBCODE = 33;

/**
 * Machine-readable causes in `error.error_data.reason`.
 *
 * @example
 * ```ts
 * if (body.error.error_data?.reason === ErrorReason.RecipientBlacklisted) skipRecipient();
 * ```
 */
export const ErrorReason = {
  /** 422: `filter_blacklist=true` and the recipient is blacklisted. */
  RecipientBlacklisted: "recipient_blacklisted",
  /** 409: the contact already holds 20 active tags. */
  TagLimitReached: "tag_limit_reached",
  /** 409: a template of that name and language already exists in the WABA. */
  TemplateNameExists: "template_name_exists",
} as const;

/** One of the {@link ErrorReason} values. */
export type ErrorReason = (typeof ErrorReason)[keyof typeof ErrorReason];
