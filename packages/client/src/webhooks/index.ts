/**
 * `@sigfollow/client/webhooks`: verify, parse and handle the webhooks SigFollow (as Meta's
 * WhatsApp Cloud API) sends to your callback URL. WebCrypto and web `Request`/`Response` only: no
 * Node.js built-ins, so it runs on Node.js 20+, Deno, Bun, browsers and edge workers.
 *
 * @example
 * ```ts
 * import { createWebhookHandler } from "@sigfollow/client/webhooks";
 * export const GET = createWebhookHandler({ appSecret, verifyToken, onMessage: (e) => console.log(e.message.type) });
 * export const POST = GET;
 * ```
 */
export { createWebhookHandler, type WebhookHandlerOptions } from "./handler.js";
export { isWebhookPayloadError, parseWebhook, WebhookPayloadError } from "./parse.js";
export {
  escapeNonAscii,
  signWebhookPayload,
  verifyWebhookSignature,
  type SignedWebhook,
  type VerifyWebhookSignatureInput,
} from "./signature.js";
export { verifySubscription, type SubscriptionQuery } from "./subscription.js";
export type {
  InboundMessage,
  InboundMessageType,
  InteractiveReply,
  MessageStatus,
  TemplateCategoryUpdate,
  TemplateQualityUpdate,
  TemplateStatusUpdate,
  UserPreference,
  WebhookContact,
  WebhookErrorEvent,
  WebhookErrorObject,
  WebhookEvent,
  WebhookEventKind,
  WebhookMessageEvent,
  WebhookPayload,
  WebhookStatusEvent,
  WebhookTemplateCategoryEvent,
  WebhookTemplateQualityEvent,
  WebhookTemplateStatusEvent,
  WebhookUnknownEvent,
  WebhookUserPreferenceEvent,
} from "./types.js";
