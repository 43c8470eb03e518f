// createMockGateway: wires the parts of the mock gateway together. The Runtime holds the state,
// the Pipeline answers requests over it, the ControlOperations change it; the MSW handlers and the
// MockGateway methods are thin adapters over those.
import { bypass, http, type HttpHandler } from "msw";
import { type AddTagsInput, ControlOperations, type CreateApiKeyInput, type GatewaySnapshot, type InboundInput, type InboundResult, type MessageFilter } from "./control/operations.js";
import type { Fault, FaultInput } from "./faults.js";
import { errorAnswer, unknownRoute } from "./http/errors.js";
import { fromFetch, splitUrl } from "./http/incoming.js";
import { jsonResponse, toResponse } from "./http/response.js";
import type { MockGatewayOptions } from "./options.js";
import { Pipeline, type Surface } from "./pipeline.js";
import { DEFAULT_BASE_URL, type RecordedRequest, Runtime } from "./runtime.js";
import type { SeededApiKey, SeedReport } from "./seed/apply.js";
import { DEMO_SEED } from "./seed/demo.js";
import { type MockSeed, parseSeed } from "./seed/schema.js";
import type { Clock } from "./state/clock.js";
import type { InboundMessage, OutboundMessage, TemplateStatus } from "./state/store.js";
import type { contactView, templateView } from "./views.js";
import type { SubscribeInput, WebhookDeliveries, WebhookDeliveryRecord, WebhookSubscription } from "./webhooks/deliveries.js";
import type { QualityScore } from "./webhooks/payloads.js";
import type { OwnServer } from "./webhooks/subscriptions.js";
import type { RecipientInput, RecipientOutcome, SystemMessageInput, ValueErrorsInput, WebhookBatch, WebhookFaultInput } from "./webhooks/schema.js";

/** The webhook side of a {@link MockGateway}: subscriptions, delivery, outcomes, faults, the log. */
export interface MockWebhooks {
  /**
   * Subscribes a callback URL, or in process a function `(request) => Response`, to a WABA's
   * webhooks. With `verifyToken`, Meta's GET handshake runs first and a receiver that does not echo
   * the challenge is refused (400 code 100).
   */
  subscribe(input: SubscribeInput): Promise<WebhookSubscription>;
  list(): WebhookSubscription[];
  unsubscribe(id: string): boolean;
  /** Resolves once every due delivery (retries due now included) completed: call it after a send, an inbound message or `advanceClock`. */
  flush(): Promise<{ attempts: number; pending: number }>;
  /** Delivery attempts, oldest first (bounded log). */
  deliveries(): WebhookDeliveryRecord[];
  /**
   * Sets a recipient's settings, replacing the previous ones. How far their messages get: `read`
   * (default), `delivered`, `sent`, or `failed` with an `errorCode` (131026 by default). Who they
   * are in webhooks: `userId` (a business-scoped user id: `user_id`, `from_user_id`,
   * `recipient_user_id`), `username` (with `userId`), and `phoneHidden: true` (with `username`:
   * their inbound messages carry no `from` and no `wa_id`).
   */
  setRecipient(outcome: RecipientInput): RecipientOutcome;
  /** Fails the next `failNext` attempts (answered `status`, default 500, then retried), or delivers the next `duplicateNext` payloads twice. */
  fault(fault: WebhookFaultInput): { failNext: number; status: number; duplicateNext: number };
  /**
   * Batches deliveries as Meta may: the changes due together (one flush or clock tick) for a
   * subscription go out in POSTs of up to `maxChanges` changes (1..1000, bodies under 3 MB), so a
   * handler reading only `entry[0].changes[0]` misses some. `{ maxChanges: 1 }` (the default, and
   * after a reset unless the seed's `webhookBatch` says otherwise): one change per POST.
   */
  batch(batch: WebhookBatch): WebhookBatch;
  /**
   * Delivers a `messages` change carrying only value-level `errors` (`value.errors[]`, no message,
   * no status): a failure of the phone number such as 130429 (throughput reached).
   */
  errors(input: ValueErrorsInput): { ok: true };
}

export { DEFAULT_BASE_URL };
export type { AddTagsInput, CreateApiKeyInput, GatewaySnapshot, InboundInput, InboundResult, MessageFilter, MockGatewayOptions, RecordedRequest };
export type { TemplateReviewOption } from "./options.js";

/**
 * A stateful mock of the SigFollow gateway: MSW request handlers plus the state and the control
 * API (also served over HTTP under `/__mock`).
 */
export interface MockGateway {
  /** The MSW request handlers: pass them to `setupServer` (msw/node) or `setupWorker` (msw/browser). */
  readonly handlers: HttpHandler[];
  /** Resolves once the seed's API keys are hashed, with their plaintexts (generated ones included). */
  readonly ready: Promise<SeedReport>;
  /** The gateway's clock. */
  readonly clock: Clock;
  /** The active faults. */
  readonly faults: {
    add(fault: FaultInput): Fault;
    list(): Fault[];
    remove(id: string): boolean;
    clear(): void;
  };
  /** Answers a request as the handlers would (same pipeline), without MSW interception (e.g. as the client's `fetch`). */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Restores the seed (or a new one): state, clock, ids, records and faults. */
  reset(seed?: MockSeed): Promise<SeedReport>;
  /** Current mock-clock time (ISO). */
  now(): string;
  /** Moves the clock forward by `ms` (due template reviews then apply; due webhooks go out). */
  advanceClock(ms: number): string;
  /** Sets the clock. */
  setClock(time: string | number | Date): string;
  /** Simulates an inbound message: opens the 24-hour window and lazily upserts the contact (60 s cooldown). */
  receiveInbound(input: InboundInput): InboundResult;
  /**
   * Simulates a `system` message: the user changed their phone number (their contact and open
   * window move to `newPhone`) or their business-scoped user id. Returns the message's WAMID.
   */
  receiveSystem(input: SystemMessageInput): { id: string; contact: ReturnType<typeof contactView> | null };
  /** Sets a template's status (`APPROVED`, `REJECTED` with a reason, `PAUSED`...). */
  setTemplateStatus(templateId: string, status: TemplateStatus, reason?: string): ReturnType<typeof templateView>;
  approveTemplate(templateId: string): ReturnType<typeof templateView>;
  rejectTemplate(templateId: string, reason?: string): ReturnType<typeof templateView>;
  pauseTemplate(templateId: string): ReturnType<typeof templateView>;
  /** Recategorizes a template: a `template_category_update` webhook. */
  setTemplateCategory(templateId: string, category: "UTILITY" | "MARKETING" | "AUTHENTICATION"): ReturnType<typeof templateView>;
  /** A `message_template_quality_update` webhook. */
  setTemplateQuality(templateId: string, score: QualityScore, previous?: QualityScore): { ok: true };
  /** Webhook subscriptions and deliveries. */
  readonly webhooks: MockWebhooks;
  /** Creates an API key; its plaintext is returned once and never stored. */
  createApiKey(input: CreateApiKeyInput): Promise<SeededApiKey>;
  /**
   * Adds tags to a tenant's catalog, all or none (the API has no operation for it): ids generated
   * when left out; names of 1 to 200 characters; at most 1000 tags per tenant. A taken id or a full
   * catalog is a `RangeError` (over HTTP, a 400 code 100).
   */
  addTags(input: AddTagsInput): Promise<{ data: { id: string; name: string }[] }>;
  /** Revokes an API key (it then answers 401 code 190). */
  revokeApiKey(keyId: string): boolean;
  /** Accepted outbound messages, oldest first. */
  messages(filter?: MessageFilter): OutboundMessage[];
  /** Simulated inbound messages, oldest first. */
  inboundMessages(): InboundMessage[];
  /** API requests made, oldest first (control API requests are not recorded). */
  requests(): RecordedRequest[];
  /** Forgets recorded requests and messages. */
  clearRecords(): void;
  /** The state as plain JSON. */
  snapshot(): GatewaySnapshot;
}

/** The pipeline behind each gateway (the standalone server answers through it directly). */
const pipelines = new WeakMap<MockGateway, Pipeline>();

/** The pipeline of a gateway made by {@link createMockGateway}, or `undefined`. */
export const pipelineOf = (gateway: MockGateway): Pipeline | undefined => pipelines.get(gateway);

/** The webhook deliveries behind each gateway (a standalone server tells them where it listens). */
const webhooks = new WeakMap<MockGateway, WebhookDeliveries>();

/** Tells a gateway's webhook deliveries that a standalone server serves it: subscriptions to that server are refused. */
export const addOwnServer = (gateway: MockGateway, server: OwnServer): void => webhooks.get(gateway)?.addServer(server);

/**
 * Creates a stateful mock of the SigFollow gateway: MSW handlers for every operation of the spec,
 * with auth and scopes, request validation, tenant isolation, 24-hour windows, template rules,
 * contacts and tags, the blacklist, rate limits and fault injection, plus a control API.
 *
 * @example
 * ```ts
 * import { setupServer } from "msw/node";
 * import { createMockGateway } from "@sigfollow/mock";
 *
 * const gateway = createMockGateway({ baseUrl: "https://api.sigfollow.com" });
 * const server = setupServer(...gateway.handlers);
 * server.listen();
 * const { apiKeys: [demo] } = await gateway.ready; // demo.key: the demo tenant's API key
 * ```
 */
export function createMockGateway(options: MockGatewayOptions = {}): MockGateway {
  // Webhook POSTs are marked to pass MSW, so a setupServer of these handlers lets them reach the receiver.
  const runtime = new Runtime(options, parseSeed(options.seed ?? DEMO_SEED), (request) => fetch(bypass(request)));
  const control = new ControlOperations(runtime);
  const pipeline = new Pipeline(runtime, control);
  const base = runtime.base;
  /** The surface a request is for, or `null` when it is not the gateway's (another origin or path). */
  const surfaceOf = (request: Request) => (base === "*" || request.url.startsWith(base) ? pipeline.surface(splitUrl(request.url).pathname) : null);
  /** The pipeline's answer to a request of `surface`. */
  const answer = (surface: Surface, request: Request) => {
    const { pathname, search } = splitUrl(request.url);
    return pipeline.handle(surface, fromFetch(request), pathname, search);
  };
  // A custom predicate rather than path patterns: one prefix test per request instead of a
  // path-to-regexp match per handler.
  const handler = http.all(
    ({ request }) => surfaceOf(request) !== null,
    async ({ request }) => toResponse(await answer(surfaceOf(request)!, request)),
  );
  const gateway: MockGateway = {
    handlers: [handler],
    get ready() {
      return runtime.ready;
    },
    get clock() {
      return runtime.clock;
    },
    faults: control.faults,
    async fetch(input, init) {
      const request = new Request(input, init);
      const surface = surfaceOf(request);
      if (!surface) {
        const { status, body } = errorAnswer(unknownRoute(request.method, new URL(request.url).pathname), runtime.env.ids.trace());
        return jsonResponse(status, JSON.stringify(body));
      }
      const reply = await answer(surface, request);
      if (reply === "drop") throw new TypeError("fetch failed: the mock gateway dropped the connection (injected fault)");
      return jsonResponse(reply.status, reply.text, reply.headers);
    },
    reset: (seed) => control.reset(seed),
    now: () => control.now(),
    advanceClock: (ms) => control.advanceClock(ms),
    setClock: (time) => control.setClock(time),
    receiveInbound: (input) => control.receiveInbound(input),
    setTemplateStatus: (id, status, reason) => control.setTemplateStatus(id, status, reason),
    approveTemplate: (id) => control.approveTemplate(id),
    rejectTemplate: (id, reason) => control.rejectTemplate(id, reason),
    pauseTemplate: (id) => control.pauseTemplate(id),
    setTemplateCategory: (id, category) => control.setTemplateCategory(id, category),
    setTemplateQuality: (id, score, previous) => control.setTemplateQuality(id, score, previous),
    webhooks: {
      subscribe: (input) => control.subscribeWebhook(input),
      list: () => control.webhookSubscriptions(),
      unsubscribe: (id) => control.unsubscribeWebhook(id),
      flush: () => control.flushWebhooks(),
      deliveries: () => control.webhookDeliveries(),
      setRecipient: (outcome) => control.setWebhookRecipient(outcome),
      fault: (fault) => control.addWebhookFault(fault),
      batch: (batch) => control.setWebhookBatch(batch),
      errors: (input) => control.sendValueErrors(input),
    },
    createApiKey: (input) => control.createApiKey(input),
    addTags: (input) => control.addTags(input),
    revokeApiKey: (id) => control.revokeApiKey(id),
    messages: (filter) => control.messages(filter),
    inboundMessages: () => control.inboundMessages(),
    receiveSystem: (input) => control.receiveSystem(input),
    requests: () => control.requests(),
    clearRecords: () => control.clearRecords(),
    snapshot: () => control.snapshot(),
  };
  pipelines.set(gateway, pipeline);
  webhooks.set(gateway, runtime.webhooks);
  return gateway;
}
