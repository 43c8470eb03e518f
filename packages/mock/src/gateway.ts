// createMockGateway: wires the parts of the mock gateway together. The Runtime holds the state,
// the Pipeline answers requests over it, the ControlOperations change it; the MSW handlers and the
// MockGateway methods are thin adapters over those.
import { http, type HttpHandler } from "msw";
import { ControlOperations, type CreateApiKeyInput, type GatewaySnapshot, type InboundInput, type InboundResult, type MessageFilter } from "./control/operations.js";
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
import type { templateView } from "./views.js";

export { DEFAULT_BASE_URL };
export type { CreateApiKeyInput, GatewaySnapshot, InboundInput, InboundResult, MessageFilter, MockGatewayOptions, RecordedRequest };
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
  /** Moves the clock forward by `ms` (due template reviews then apply). */
  advanceClock(ms: number): string;
  /** Sets the clock. */
  setClock(time: string | number | Date): string;
  /** Simulates an inbound message: opens the 24-hour window and lazily upserts the contact (60 s cooldown). */
  receiveInbound(input: InboundInput): InboundResult;
  /** Sets a template's status (`APPROVED`, `REJECTED` with a reason, `PAUSED`...). */
  setTemplateStatus(templateId: string, status: TemplateStatus, reason?: string): ReturnType<typeof templateView>;
  approveTemplate(templateId: string): ReturnType<typeof templateView>;
  rejectTemplate(templateId: string, reason?: string): ReturnType<typeof templateView>;
  pauseTemplate(templateId: string): ReturnType<typeof templateView>;
  /** Creates an API key; its plaintext is returned once and never stored. */
  createApiKey(input: CreateApiKeyInput): Promise<SeededApiKey>;
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
  const runtime = new Runtime(options, parseSeed(options.seed ?? DEMO_SEED));
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
    createApiKey: (input) => control.createApiKey(input),
    revokeApiKey: (id) => control.revokeApiKey(id),
    messages: (filter) => control.messages(filter),
    inboundMessages: () => control.inboundMessages(),
    requests: () => control.requests(),
    clearRecords: () => control.clearRecords(),
    snapshot: () => control.snapshot(),
  };
  pipelines.set(gateway, pipeline);
  return gateway;
}
