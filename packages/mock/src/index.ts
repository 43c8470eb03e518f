/**
 * `@sigfollow/mock`: a stateful mock of the SigFollow WhatsApp gateway, as MSW request handlers
 * (in process with `msw/node`, in browsers with `msw/browser`) or as a local server
 * (`@sigfollow/mock/node`, the `sigfollow-mock` command).
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createMockGateway } from "@sigfollow/mock";
 *
 * const gateway = createMockGateway(); // answers https://api.sigfollow.com
 * setupServer(...gateway.handlers).listen();
 * ```
 */
export {
  createMockGateway,
  DEFAULT_BASE_URL,
  type AddTagsInput,
  type CreateApiKeyInput,
  type GatewaySnapshot,
  type InboundInput,
  type InboundResult,
  type MessageFilter,
  type MockGateway,
  type MockGatewayOptions,
  type MockWebhooks,
  type RecordedRequest,
  type TemplateReviewOption,
} from "./gateway.js";
export type { HmacSha256 } from "./auth.js";
export {
  DEFAULT_BACKOFF_MS,
  DEFAULT_DELAYS,
  type SubscribeInput,
  type WebhookDeliveryRecord,
  type WebhookFunction,
  type WebhookOptions,
  type WebhookSubscription,
} from "./webhooks/deliveries.js";
export type { InboundContent } from "./webhooks/inbound.js";
export {
  FAILURE_CODES,
  MAX_BATCH_BYTES,
  MAX_BATCH_CHANGES,
  VALUE_ERROR_CODES,
  WEBHOOK_FIELDS,
  type RecipientInput,
  type RecipientOutcome,
  type SystemMessageInput,
  type ValueErrorsInput,
  type WebhookBatch,
  type WebhookFaultInput,
  type WebhookField,
} from "./webhooks/schema.js";
export { CONTROL_ROUTES } from "./control/routes.js";
export { META_FAULT_CODES, type Fault, type FaultInput, type MetaFaultCode } from "./faults.js";
export { MAX_JSON_BYTES, MAX_UPLOAD_BYTES } from "./http/body.js";
export type { MetaErrorBody, MetaErrorObject } from "./http/errors.js";
export type { SeededApiKey, SeedReport } from "./seed/apply.js";
export { DEMO, DEMO_SEED } from "./seed/demo.js";
export { extendSeed, type SeedExtension } from "./seed/extend.js";
export { parseSeed, SeedError, seedSchema, TAG_SOURCES, type MockSeed, type ParsedSeed } from "./seed/schema.js";
export { MockClock, type Clock, type ClockMode } from "./state/clock.js";
export { TEMPLATE_STATUSES, type InboundMessage, type OutboundMessage, type TagSource, type TemplateStatus } from "./state/store.js";
