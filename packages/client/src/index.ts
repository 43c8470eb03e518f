/**
 * @sigfollow/client: the typed client for the SigFollow WhatsApp gateway.
 *
 * @example
 * ```ts
 * import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
 * const client = createSigFollowClient({ apiKey: process.env.SIGFOLLOW_API_KEY! });
 * ```
 */
export { createSigFollowClient, type SigFollowClient, type SigFollowClientOptions } from "./client.js";
export {
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
  type ErrorBody,
  type ErrorData,
  type SigFollowErrorInit,
  type SigFollowErrorKind,
} from "./errors.js";
export { backoffDelay, parseRetryAfter, withRetries, type RetryOptions } from "./retry.js";
export type { BlacklistResource } from "./resources/blacklist.js";
export type { ContactsResource } from "./resources/contacts.js";
export type { MediaResource, MessagesResource, SendOptions } from "./resources/messages.js";
export type { TemplatesResource } from "./resources/templates.js";
export type * from "./types.js";
export { ErrorCode, ErrorReason, isValidPhone, normalizePhone } from "./rules/index.js";
export type { components, operations, paths } from "./generated/openapi.js";
// builders (exported by src/builders)
