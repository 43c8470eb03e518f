// createMockGateway: the stateful SigFollow gateway as MSW request handlers, plus its control API.
import { isValidPhone } from "@sigfollow/client/rules";
import { delay, getResponse, http, HttpResponse, type HttpHandler } from "msw";
import { bearerToken, constantTimeEqual, type HmacSha256, KeyHasher, keyPrefix } from "./auth.js";
import { FaultRegistry, type Fault, type FaultInput } from "./faults.js";
import { blacklistHandlers } from "./handlers/blacklist.js";
import { contactHandlers, contactView, assignmentView } from "./handlers/contacts.js";
import { controlRoutes } from "./handlers/control.js";
import { notFoundBody } from "./handlers/not-found.js";
import { mediaHandlers } from "./handlers/media.js";
import { messageHandlers } from "./handlers/messages.js";
import { templateHandlers, templateView } from "./handlers/templates.js";
import { MAX_JSON_BYTES, MAX_UPLOAD_BYTES } from "./http/body.js";
import { type GatewayEnv, type OperationHandler, type Reply, RequestContext } from "./http/context.js";
import {
  GatewayError,
  invalidApiKey,
  invalidParameter,
  missingScope,
  objectNotFound,
  rateLimited,
  serverError,
  unknownRoute,
} from "./http/errors.js";
import { jsonResponse } from "./http/transport.js";
import { Router } from "./router.js";
import { applySeed, DEFAULT_CLOCK_START, type SeededApiKey, type SeedReport, storeApiKey, storeApiKeys } from "./seed/apply.js";
import { DEMO_SEED } from "./seed/demo.js";
import { type MockSeed, type ParsedSeed, parseSeed, SeedError } from "./seed/schema.js";
import { type Clock, type ClockMode, isControllable, iso, MockClock } from "./state/clock.js";
import { Ids } from "./state/ids.js";
import { RngStreams } from "./state/rng.js";
import {
  type InboundMessage,
  type OutboundMessage,
  RingLog,
  Store,
  type TemplateRecord,
  type TemplateStatus,
} from "./state/store.js";
import { operations, type OperationSpec, SCOPES } from "./spec.js";
import { checkResponse } from "./validation.js";

/** How created templates leave `PENDING`. */
export type TemplateReviewOption =
  | { mode: "manual" }
  | {
      mode: "auto";
      /** Delay on the mock clock (default 60 s; 0 decides at creation). */
      delaySeconds?: number;
      /** Outcome (default `APPROVED`). A Cloud API media id used as header handle is always rejected. */
      outcome?: "APPROVED" | "REJECTED";
    };

/** Options of {@link createMockGateway}. Options given here win over the seed's. */
export interface MockGatewayOptions {
  /**
   * The starting state, restored by every reset. Validated; a bad seed throws a `SeedError` naming
   * each problem.
   * @default the demo tenant (`DEMO_SEED`)
   */
  seed?: MockSeed;
  /**
   * The origin (and optional path prefix) the handlers answer for; `"*"` answers every `…/v1/…` and
   * `…/__mock/…` request of any origin (what the standalone server uses).
   * @default "https://api.sigfollow.com" (the client's default base URL)
   */
  baseUrl?: string;
  /** The clock. @default a `MockClock` at the seed's `clock.start`, frozen unless `clockMode` says otherwise */
  clock?: Clock;
  /** Mode of the default clock. @default the seed's `clock.mode`, else `"frozen"` */
  clockMode?: ClockMode;
  /** Seed of the deterministic ids. @default the seed's `rngSeed`, else `"sigfollow"` */
  rngSeed?: number | string;
  /** Default per-key requests per second (a key's own limit wins). `null`: unlimited. @default the seed's, else unlimited */
  rateLimitPerSecond?: number | null;
  /** Template review. @default the seed's, else `{ mode: "manual" }` */
  templateReview?: TemplateReviewOption;
  /**
   * Check every response against the spec (status documented for the operation, body schema,
   * required headers); a mismatch answers 500 code 1 naming the problem. For tests of the mock.
   * @default false
   */
  validateResponses?: boolean;
  /** Recorded requests kept (newest). @default 1000 */
  requestLogLimit?: number;
  /** Recorded outbound and inbound messages kept (newest). @default 10000 */
  messageLogLimit?: number;
  /** Body size limits in bytes. @default { jsonBytes: 1 MB, uploadBytes: 16 MB } */
  limits?: { jsonBytes?: number; uploadBytes?: number };
  /** Serve the control API under `/__mock`. @default true */
  controlApi?: boolean;
  /**
   * A synchronous HMAC-SHA256 for hashing API keys instead of WebCrypto's `subtle.sign` (the
   * standalone server passes node:crypto's). Same hashes; only faster.
   */
  hmac?: HmacSha256;
}

/** One API request as the gateway saw it. */
export interface RecordedRequest {
  id: string;
  /** Mock-clock time of arrival. */
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The matched operation, or `null` for an unknown route. */
  operationId: string | null;
  status: number;
  /** `error.code` of an error answer. */
  errorCode: number | null;
  tenantId: string | null;
  apiKeyId: string | null;
  /** The parsed body (multipart files summarized), when the handler read it. */
  body: unknown;
  /** The injected fault that answered, if any. */
  fault: Fault["kind"] | null;
}

/** Input of {@link MockGateway.createApiKey}. */
export interface CreateApiKeyInput {
  tenantId: string;
  /** @default every scope */
  scopes?: string[];
  allowedPhoneNumberIds?: string[];
  name?: string;
  /** @default "test" */
  environment?: "test" | "live";
  rateLimitPerSecond?: number;
}

/** Input of {@link MockGateway.receiveInbound}. */
export interface InboundInput {
  /** The business phone number that receives the message. */
  phoneNumberId: string;
  /** The customer's phone number. */
  from: string;
  text?: string;
  profileName?: string;
  /** When it arrived. @default now (mock clock) */
  at?: string | number | Date;
}

/** What a simulated inbound message did. */
export interface InboundResult {
  message: InboundMessage;
  /** Whether the contact was upserted (`false` while the phone's 60 s cooldown runs). */
  contactUpserted: boolean;
  contact: ReturnType<typeof contactView> | null;
  /** When the 24-hour window of (phone number, sender) closes. */
  windowClosesAt: string;
}

/** The gateway's state as plain JSON (for assertions and debugging). */
export interface GatewaySnapshot {
  now: string;
  tenants: {
    id: string;
    name: string;
    tags: { id: string; name: string; deleted: boolean }[];
    contacts: (ReturnType<typeof contactView> & { tags: ReturnType<typeof assignmentView>[] })[];
    blacklist: { phone: string; reason: string | null; createdAt: string }[];
    wabas: { id: string; phoneNumberIds: string[]; templates: ReturnType<typeof templateView>[] }[];
    apiKeys: { id: string; name: string; prefix: string; scopes: string[]; allowedPhoneNumberIds: string[] | null; revoked: boolean }[];
  }[];
}

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
  /** Answers a request with the handlers, without MSW interception (e.g. as the client's `fetch`). */
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
  messages(filter?: { tenantId?: string; phoneNumberId?: string; to?: string }): OutboundMessage[];
  /** Simulated inbound messages, oldest first. */
  inboundMessages(): InboundMessage[];
  /** API requests made, oldest first (control API requests are not recorded). */
  requests(): RecordedRequest[];
  /** Forgets recorded requests and messages. */
  clearRecords(): void;
  /** The state as plain JSON. */
  snapshot(): GatewaySnapshot;
}

/** The base URL the handlers answer for by default: SigFollow's, as the client uses. */
export const DEFAULT_BASE_URL = "https://api.sigfollow.com";

const HANDLERS: Record<string, OperationHandler> = { ...messageHandlers, ...mediaHandlers, ...templateHandlers, ...contactHandlers, ...blacklistHandlers };
for (const op of operations) {
  if (!HANDLERS[op.operationId]) throw new Error(`@sigfollow/mock: no handler for operation ${op.operationId}`);
}
const router = new Router(operations);

/** A recorded request as kept in memory. */
type RawRecord = Omit<RecordedRequest, "at" | "query"> & { at: number; query: string };

interface State {
  env: GatewayEnv;
  seed: ParsedSeed;
  rateLimit: number | null;
  /** Whether the seed's API keys are hashed and stored (requests wait for it). */
  keysStored: boolean;
}

class Gateway implements MockGateway {
  readonly handlers: HttpHandler[];
  ready: Promise<SeedReport>;
  private state!: State;
  private readonly hasher: KeyHasher;
  private readonly requestLog: RingLog<RawRecord>;
  private readonly faultRegistry: FaultRegistry;
  private readonly basePath: string;
  private requestSeq = 0;

  constructor(private readonly options: MockGatewayOptions) {
    this.hasher = new KeyHasher(undefined, options.hmac);
    this.requestLog = new RingLog(options.requestLogLimit ?? 1000);
    this.faultRegistry = new FaultRegistry(() => `fault_${++this.requestSeq}`);
    const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.basePath = base === "*" ? "" : new URL(base).pathname.replace(/\/+$/, "");
    // Custom predicates rather than path patterns: one prefix test per request instead of a
    // path-to-regexp match per handler.
    const api = http.all(this.matcher(base, "/v1/"), ({ request }) => this.handleApi(request));
    const control = http.all(this.matcher(base, "/__mock"), ({ request }) => this.handleControl(request));
    this.handlers = options.controlApi === false ? [api] : [api, control];
    this.ready = this.load(parseSeed(options.seed ?? DEMO_SEED));
  }

  /** Whether a request URL is under `prefix` (`/v1/`, `/__mock`) of the base URL. */
  private matcher(base: string, prefix: string) {
    const path = this.basePath + prefix;
    const exact = path.replace(/\/$/, "");
    return ({ request }: { request: Request }): boolean => {
      const url = request.url;
      if (base !== "*" && !url.startsWith(base)) return false;
      const start = url.indexOf("/", url.indexOf("//") + 2);
      if (start < 0 || !url.startsWith(path, start) && !url.startsWith(exact, start)) return false;
      const next = url[start + exact.length];
      return next === undefined || next === "/" || next === "?" || next === "#";
    };
  }

  get clock(): Clock {
    return this.state.env.clock;
  }

  get faults() {
    const registry = this.faultRegistry;
    return {
      add: (fault: FaultInput) => registry.add(fault),
      list: () => registry.list(),
      remove: (id: string) => registry.remove(id),
      clear: () => registry.clear(),
    };
  }

  /** Builds fresh state from a parsed seed; resolves when the API keys are hashed. */
  private load(seed: ParsedSeed): Promise<SeedReport> {
    const o = this.options;
    const clock =
      o.clock ??
      new MockClock(Date.parse(seed.clock?.start ?? DEFAULT_CLOCK_START), o.clockMode ?? seed.clock?.mode ?? "frozen");
    const ids = new Ids(new RngStreams(o.rngSeed ?? seed.rngSeed ?? "sigfollow"));
    const reviewOption = o.templateReview ?? seed.templateReview ?? { mode: "manual" };
    const review =
      reviewOption.mode === "auto"
        ? { delayMs: (reviewOption.delaySeconds ?? 60) * 1000, outcome: reviewOption.outcome ?? "APPROVED" }
        : { delayMs: null, outcome: "APPROVED" as const };
    const store = new Store(ids, { messages: o.messageLogLimit ?? 10_000 });
    const now = clock.now();
    const { report, keys } = applySeed(store, seed, { ids, now, review });
    const state: State = {
      env: { store, clock, ids, review, limits: { jsonBytes: o.limits?.jsonBytes ?? MAX_JSON_BYTES, uploadBytes: o.limits?.uploadBytes ?? MAX_UPLOAD_BYTES } },
      seed,
      rateLimit: o.rateLimitPerSecond === undefined ? (seed.rateLimitPerSecond ?? null) : o.rateLimitPerSecond,
      keysStored: false,
    };
    this.state = state;
    this.requestLog.clear();
    this.faultRegistry.clear();
    // Requests wait for `ready` before they authenticate, so no key is missing when they do.
    return storeApiKeys(store, this.hasher, keys).then(() => {
      state.keysStored = true;
      return report;
    });
  }

  // ------------------------------------------------------------------ request pipeline

  private async handleApi(request: Request): Promise<Response> {
    // request.url is already a serialized URL: its path and query are found without parsing it
    // again (MSW has parsed it once already).
    const { pathname, search } = splitUrl(request.url);
    const method = request.method;
    const path = pathname.slice(this.basePath.length) || "/";
    const match = router.match(method, path);
    const env = this.state.env;
    // Stored raw (time as a number, query as a string) and shaped when read: cheaper per request.
    const record: RawRecord = {
      id: `req_${++this.requestSeq}`,
      at: env.clock.now(),
      method,
      path: pathname,
      query: search,
      operationId: match?.operation.operationId ?? null,
      status: 0,
      errorCode: null,
      tenantId: null,
      apiKeyId: null,
      body: null,
      fault: null,
    };
    let reply: Reply | "drop";
    let ctx: RequestContext | undefined;
    try {
      const faults = this.faultRegistry.take({ operation: match?.operation ?? null, method, path });
      if (faults.latencyMs > 0) await delay(faults.latencyMs);
      if (faults.terminal) {
        record.fault = faults.terminal.kind;
        reply = faultReply(faults.terminal);
      } else if (!match) {
        throw unknownRoute(method, path);
      } else {
        if (!this.state.keysStored) await this.settled();
        const current = this.state.env;
        ctx = new RequestContext(current, request, match.operation, match.params, current.clock.now(), search);
        reply = await this.execute(ctx, match.operation);
      }
    } catch (error) {
      reply = errorReply(error);
    }
    if (ctx) {
      record.tenantId = ctx.tenant?.id ?? null;
      record.apiKeyId = ctx.apiKey?.id ?? null;
      record.body = ctx.body ?? null;
    }
    if (reply === "drop") {
      this.requestLog.push(record);
      return HttpResponse.error();
    }
    const body = reply.body as { error?: { code?: number; fbtrace_id?: string } } | null;
    if (body?.error) body.error.fbtrace_id = this.state.env.ids.trace();
    if (this.options.validateResponses && match) {
      const problem = checkResponse(match.operation, reply.status, reply.body, new Headers(reply.headers));
      if (problem) reply = { ...errorReply(serverError(500, `contract violation: ${problem}`)), headers: undefined };
    }
    record.status = reply.status;
    record.errorCode = (reply.body as { error?: { code?: number } } | null)?.error?.code ?? null;
    this.requestLog.push(record);
    return jsonResponse(request, reply.status, JSON.stringify(reply.body), reply.headers);
  }

  /** Resolves once the current state's keys are hashed (a reset while waiting means waiting again). */
  private async settled(): Promise<void> {
    let ready: Promise<SeedReport>;
    do {
      ready = this.ready;
      await ready;
    } while (ready !== this.ready);
  }

  private async execute(ctx: RequestContext, operation: OperationSpec): Promise<Reply> {
    const token = bearerToken(ctx.request.headers.get("authorization"));
    if (!token) throw invalidApiKey("Missing API key: send Authorization: Bearer <key>");
    const hash = await this.hasher.hash(token);
    let key = null;
    for (const candidate of ctx.store.keysByPrefix.get(keyPrefix(token)) ?? []) {
      if (constantTimeEqual(candidate.hash, hash)) key = candidate;
    }
    if (!key) throw invalidApiKey("Unknown API key");
    if (key.revokedAt !== null) throw invalidApiKey("This API key was revoked");
    ctx.apiKey = key;
    ctx.tenant = ctx.store.tenants.get(key.tenantId)!;
    const limit = key.rateLimitPerSecond ?? this.state.rateLimit;
    if (limit !== null) {
      const now = ctx.env.clock.now();
      const second = Math.floor(now / 1000);
      if (key.window.second !== second) key.window = { second, count: 0 };
      if (key.window.count >= limit) throw rateLimited(limit, Math.max(1, Math.ceil(((second + 1) * 1000 - now) / 1000)));
      key.window.count++;
    }
    if (!key.scopes.has(operation.scope)) throw missingScope(operation.scope);
    return HANDLERS[operation.operationId]!(ctx);
  }

  private async handleControl(request: Request): Promise<Response> {
    let reply: Reply;
    try {
      await this.ready.catch(() => undefined);
      reply = await controlRoutes(this, request, this.basePath);
    } catch (error) {
      // A bad seed or time given to the control API is the caller's mistake: 400, not 500.
      reply = errorReply(error instanceof SeedError || error instanceof RangeError ? invalidParameter(error.message) : error);
    }
    const body = reply.body as { error?: { fbtrace_id?: string } };
    if (body?.error) body.error.fbtrace_id = this.state.env.ids.trace();
    return jsonResponse(request, reply.status, JSON.stringify(reply.body), reply.headers);
  }

  async fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const response = await getResponse(this.handlers, request);
    if (!response) {
      const body = notFoundBody(request.method, new URL(request.url).pathname, this.state.env.ids.trace());
      return jsonResponse(request, 404, JSON.stringify(body));
    }
    if (response.type === "error") throw new TypeError("fetch failed: the mock gateway dropped the connection (injected fault)");
    return response;
  }

  // ------------------------------------------------------------------ control API

  reset(seed?: MockSeed): Promise<SeedReport> {
    let parsed: ParsedSeed;
    try {
      parsed = seed === undefined ? this.state.seed : parseSeed(seed);
    } catch (error) {
      return Promise.reject(error);
    }
    this.ready = this.load(parsed);
    return this.ready;
  }

  now(): string {
    return iso(this.clock.now());
  }

  private controllableClock() {
    const clock = this.clock;
    if (!isControllable(clock)) throw new GatewayError(400, { message: "(#100) The gateway's clock cannot be moved", type: "OAuthException", code: 100, error_data: { messaging_product: "whatsapp", details: "clock: an injected clock without advance() and set()" } });
    return clock;
  }

  advanceClock(ms: number): string {
    return iso(this.controllableClock().advance(ms));
  }

  setClock(time: string | number | Date): string {
    const value = time instanceof Date ? time.getTime() : typeof time === "string" ? Date.parse(time) : time;
    if (!Number.isFinite(value)) throw new RangeError(`setClock: not a time: ${String(time)}`);
    return iso(this.controllableClock().set(value));
  }

  receiveInbound(input: InboundInput): InboundResult {
    const { store, clock } = this.state.env;
    const phone = store.phoneNumbers.get(input.phoneNumberId);
    if (!phone) throw objectNotFound(input.phoneNumberId);
    const at = input.at === undefined ? clock.now() : input.at instanceof Date ? input.at.getTime() : typeof input.at === "string" ? Date.parse(input.at) : input.at;
    if (!Number.isFinite(at)) throw new RangeError(`receiveInbound: not a time: ${String(input.at)}`);
    if (!isValidPhone(input.from)) throw invalidParameter(`from: must be 5 to 32 characters once +, spaces and - are removed`);
    const result = store.receiveInbound(phone, input.from, at, input.text ?? null, input.profileName ?? null);
    return {
      message: result.message,
      contactUpserted: result.contactUpserted,
      contact: result.contact ? contactView(result.contact) : null,
      windowClosesAt: iso(at + 24 * 3600_000),
    };
  }

  private template(templateId: string): TemplateRecord {
    const template = this.state.env.store.templatesById.get(templateId);
    if (!template) throw objectNotFound(templateId);
    return template;
  }

  setTemplateStatus(templateId: string, status: TemplateStatus, reason?: string) {
    const template = this.template(templateId);
    this.state.env.store.review(template, { status, reason });
    return templateView(template);
  }

  approveTemplate(templateId: string) {
    return this.setTemplateStatus(templateId, "APPROVED");
  }

  rejectTemplate(templateId: string, reason = "NONE") {
    return this.setTemplateStatus(templateId, "REJECTED", reason);
  }

  pauseTemplate(templateId: string) {
    return this.setTemplateStatus(templateId, "PAUSED");
  }

  async createApiKey(input: CreateApiKeyInput): Promise<SeededApiKey> {
    await this.settled();
    const { store, ids, clock } = this.state.env;
    if (!store.tenants.has(input.tenantId)) throw objectNotFound(input.tenantId);
    const scopes = input.scopes ?? [...SCOPES];
    const unknown = scopes.find((s) => !SCOPES.includes(s));
    if (unknown !== undefined) throw new RangeError(`createApiKey: unknown scope ${unknown}; scopes are ${SCOPES.join(", ")}`);
    for (const id of input.allowedPhoneNumberIds ?? []) {
      if (store.phoneNumbers.get(id)?.tenantId !== input.tenantId) throw objectNotFound(id);
    }
    const key = ids.apiKey(input.environment ?? "test");
    const id = ids.apiKeyId();
    const created = {
      id,
      tenantId: input.tenantId,
      name: input.name ?? id,
      key,
      scopes,
      allowedPhoneNumberIds: input.allowedPhoneNumberIds ?? null,
      revoked: false,
    };
    await storeApiKey(store, this.hasher, { ...created, rateLimitPerSecond: input.rateLimitPerSecond ?? null, now: clock.now() });
    return { ...created, generated: true };
  }

  revokeApiKey(keyId: string): boolean {
    const key = this.state.env.store.keysById.get(keyId);
    if (!key) return false;
    key.revokedAt ??= this.clock.now();
    return true;
  }

  messages(filter: { tenantId?: string; phoneNumberId?: string; to?: string } = {}): OutboundMessage[] {
    return this.state.env.store.outbound
      .list()
      .filter(
        (m) =>
          (filter.tenantId === undefined || m.tenantId === filter.tenantId) &&
          (filter.phoneNumberId === undefined || m.phoneNumberId === filter.phoneNumberId) &&
          (filter.to === undefined || m.waId === filter.to.replace(/[+\s-]/g, "")),
      );
  }

  inboundMessages(): InboundMessage[] {
    return this.state.env.store.inbound.list();
  }

  requests(): RecordedRequest[] {
    return this.requestLog.list().map((r) => ({ ...r, at: iso(r.at), query: Object.fromEntries(new URLSearchParams(r.query)) }));
  }

  clearRecords(): void {
    this.requestLog.clear();
    this.state.env.store.outbound.clear();
    this.state.env.store.inbound.clear();
  }

  snapshot(): GatewaySnapshot {
    const { store, clock } = this.state.env;
    const now = clock.now();
    return {
      now: iso(now),
      tenants: [...store.tenants.values()].map((tenant) => ({
        id: tenant.id,
        name: tenant.name,
        tags: [...tenant.tags.values()].map((t) => ({ ...t })),
        contacts: [...tenant.contactsByPhone.values()].map((c) => ({
          ...contactView(c),
          tags: store.activeAssignments(tenant, c).map((a) => assignmentView(tenant, a)),
        })),
        blacklist: [...tenant.blacklist.values()].map((b) => ({ phone: b.phone, reason: b.reason, createdAt: iso(b.createdAt) })),
        wabas: [...store.wabas.values()]
          .filter((w) => w.tenantId === tenant.id)
          .map((w) => ({ id: w.id, phoneNumberIds: [...w.phoneNumberIds], templates: store.templates(w, now).map(templateView) })),
        apiKeys: [...store.keysById.values()]
          .filter((k) => k.tenantId === tenant.id)
          .map((k) => ({
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            scopes: [...k.scopes],
            allowedPhoneNumberIds: k.allowedPhoneNumberIds ? [...k.allowedPhoneNumberIds] : null,
            revoked: k.revokedAt !== null,
          })),
      })),
    };
  }
}

/** The path (`/v1/...`, still percent-encoded) and query (`?a=b` or `""`) of a serialized URL. */
function splitUrl(href: string): { pathname: string; search: string } {
  const start = href.indexOf("/", href.indexOf("//") + 2);
  if (start < 0) return { pathname: "/", search: "" };
  let end = href.indexOf("#", start);
  if (end < 0) end = href.length;
  const query = href.indexOf("?", start);
  if (query >= 0 && query < end) return { pathname: href.slice(start, query), search: href.slice(query, end) };
  return { pathname: href.slice(start, end), search: "" };
}

function faultReply(fault: Fault): Reply | "drop" {
  switch (fault.kind) {
    case "drop":
      return "drop";
    case "rate_limit":
      return errorReply(rateLimited(null, fault.retryAfterSeconds ?? 1));
    default:
      return errorReply(serverError(fault.status ?? 503, "Injected fault"));
  }
}

/** A thrown value as a Meta-style error answer; anything unexpected is a 500 code 1. */
function errorReply(error: unknown): Reply {
  if (error instanceof GatewayError) return { status: error.status, body: { error: { ...error.error } }, headers: error.headers };
  const details = error instanceof Error ? `${error.name}: ${error.message}` : "unexpected error";
  return errorReply(serverError(500, details));
}

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
  return new Gateway(options);
}
