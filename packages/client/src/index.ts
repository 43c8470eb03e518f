/**
 * @sigfollow/client: the typed client for the SigFollow WhatsApp gateway.
 *
 * @example
 * ```ts
 * import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
 * const client = createSigFollowClient({ apiKey: process.env.SIGFOLLOW_API_KEY! });
 * ```
 */
// client
export { createSigFollowClient, type SigFollowClient, type SigFollowClientOptions } from "./client.js";
export type { BlacklistResource } from "./resources/blacklist.js";
export type { ContactsResource } from "./resources/contacts.js";
export type { MediaResource } from "./resources/media.js";
export type { MessagesResource, SendOptions } from "./resources/messages.js";
export type { TemplatesResource } from "./resources/templates.js";
// errors
export {
  AbortedError,
  AuthenticationError,
  BlacklistedRecipientError,
  ConflictError,
  ConnectionError,
  errorFromResponse,
  isSigFollowError,
  isTemplateRuleError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  RestrictedError,
  ServerError,
  SigFollowError,
  TemplateError,
  TemplateRuleError,
  TimeoutError,
  ValidationError,
  WindowClosedError,
  type ErrorBody,
  type ErrorData,
  type SigFollowErrorInit,
  type SigFollowErrorKind,
} from "./errors.js";
// retries
export { withRetries, type Fetch, type RetryOptions } from "./retry.js";
// readable aliases of the generated types
export type {
  AudioMessageRequest,
  BlacklistAddRequest,
  BlacklistEntry,
  BlacklistPage,
  Contact,
  ContactsMessageRequest,
  ContactTagAssignment,
  ContactTagAssignRequest,
  ContactUpdateRequest,
  ContactUpsertRequest,
  ContactWithTags,
  DocumentMessageRequest,
  ImageMessageRequest,
  InteractiveMessageRequest,
  LibraryAsset,
  LocationMessageRequest,
  MediaUploadResponse,
  MessageContext,
  MessageTemplate,
  OkResponse,
  ReactionMessageRequest,
  RequestOptions,
  SendMessageRequest,
  SendMessageResponse,
  StickerMessageRequest,
  TemplateButtonDefinition,
  TemplateCategory,
  TemplateComponentDefinition,
  TemplateCreateRequest,
  TemplateCreateResponse,
  TemplateMediaUploadResponse,
  TemplateMessageRequest,
  TemplateObject,
  TemplateSendComponent,
  TemplateStatus,
  TextMessageRequest,
  Upload,
  VideoMessageRequest,
} from "./types.js";
// the generated types themselves, for typing `client.raw` calls
export type { components, operations, paths } from "./generated/openapi.js";
// shared gateway rules (the full set is `@sigfollow/client/rules`)
export type { RuleViolation } from "./rules/violation.js";
export { ErrorCode, ErrorReason } from "./rules/error-codes.js";
export { isValidPhone, normalizePhone } from "./rules/phone.js";
// The fluent builders are the `@sigfollow/client/builders` entry (src/builders), so an app that
// only sends prepared bodies does not ship the template rules they enforce.
