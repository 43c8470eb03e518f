// The one request pipeline. The MSW handlers (in process, in browsers) and the standalone server
// both hand it an Incoming request and write back the Answer it returns:
//
//   API (/v1/…):       route → faults → wait for keys → authenticate → rate limit → scope →
//                      handler (parameters and body validated there) → response check
//                      (validateResponses) → record
//   control (/__mock): wait for the state → control table (route, input, operation)
//
// Whatever is thrown on the way becomes a Meta-style error body from http/errors.ts (errorAnswer)
// with an fbtrace_id; nothing else writes an error body.
import { bearerToken, constantTimeEqual, keyPrefix, redactQuery } from "./auth.js";
import type { Fault } from "./faults.js";
import { answerControl } from "./control/routes.js";
import type { ControlOperations } from "./control/operations.js";
import { type OperationHandler, type OperationId, type Reply, RequestContext } from "./http/context.js";
import { errorAnswer, invalidApiKey, invalidParameter, loopDetected, metaError, missingScope, rateLimited, serverError, unknownRoute } from "./http/errors.js";
import type { Incoming } from "./http/incoming.js";
import { blacklistHandlers } from "./handlers/blacklist.js";
import { contactHandlers } from "./handlers/contacts.js";
import { mediaHandlers } from "./handlers/media.js";
import { messageHandlers } from "./handlers/messages.js";
import { templateHandlers } from "./handlers/templates.js";
import { Router } from "./router.js";
import type { RawRecord, Runtime } from "./runtime.js";
import { SeedError } from "./seed/schema.js";
import { detached } from "./state/detached.js";
import { operations } from "./spec.js";
import { checkResponse } from "./validation.js";
import { DELIVERY_MARK } from "./webhooks/transport.js";

/** Every operation of the spec has its handler: checked by the compiler against the generated `operations`. */
const HANDLERS = {
  ...messageHandlers,
  ...mediaHandlers,
  ...templateHandlers,
  ...contactHandlers,
  ...blacklistHandlers,
} satisfies { [K in OperationId]: OperationHandler<K> };

const router = new Router(operations);

/** What to write back: a JSON answer, or `"drop"` to drop the connection (an injected fault). */
export type Answer = { status: number; text: string; headers: Record<string, string> | undefined } | "drop";

/** Which surface a path belongs to, relative to the gateway's base path. */
export type Surface = "api" | "control";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Answers API and control requests over one gateway's state. */
export class Pipeline {
  private readonly apiPrefix: string;
  private readonly controlPrefix: string;

  constructor(
    private readonly runtime: Runtime,
    private readonly control: ControlOperations,
  ) {
    this.apiPrefix = `${runtime.basePath}/v1`;
    this.controlPrefix = `${runtime.basePath}/__mock`;
  }

  /**
   * The surface a path (still percent-encoded) is under: `…/v1/…` is the API, `…/__mock` and
   * below the control API (when enabled); anything else is not the gateway's.
   */
  surface(pathname: string): Surface | null {
    if (under(pathname, this.apiPrefix)) return "api";
    if (this.runtime.options.controlApi !== false && under(pathname, this.controlPrefix)) return "control";
    return null;
  }

  /** Answers a request on the surface {@link surface} named. */
  handle(surface: Surface, request: Incoming, pathname: string, search: string): Promise<Answer> {
    // One of this gateway's own deliveries or handshakes (a subscription reaching the mock by a name the URL check cannot know): never acted on.
    if (request.header(DELIVERY_MARK) === this.runtime.webhooks.mark) return Promise.resolve(this.refuse(loopDetected()));
    return surface === "api" ? this.api(request, pathname, search) : this.controlRequest(request, pathname, search);
  }

  /** An API request (`pathname` still percent-encoded, with the base path). */
  private async api(request: Incoming, pathname: string, search: string): Promise<Answer> {
    const runtime = this.runtime;
    const method = request.method;
    const path = pathname.slice(runtime.basePath.length) || "/";
    const match = router.match(method, path);
    const record: RawRecord = {
      id: runtime.nextId("req"),
      at: runtime.clock.now(),
      method,
      // Copies: parts of the request's URL would keep all of it (its fragment included) for as long as the log does.
      path: detached(pathname),
      query: search && detached(redactQuery(search)),
      operationId: match?.operation.operationId ?? null,
      status: 0,
      errorCode: null,
      tenantId: null,
      apiKeyId: null,
      body: null,
      fault: null,
    };
    let reply: Reply;
    let ctx: RequestContext | undefined;
    try {
      const faults = runtime.faults.take({ operation: match?.operation ?? null, method, path });
      if (faults.latencyMs > 0) await wait(faults.latencyMs);
      if (faults.terminal?.kind === "drop") {
        record.fault = "drop";
        runtime.requestLog.push(record);
        return "drop";
      }
      if (faults.terminal) {
        record.fault = faults.terminal.kind;
        throw faultError(faults.terminal);
      }
      if (!match) throw unknownRoute(method, path);
      if (!runtime.state.keysStored) await runtime.settled();
      const env = runtime.env;
      ctx = new RequestContext(env, request, match.operation, match.params, env.clock.now(), search);
      await this.authenticate(ctx);
      reply = await (HANDLERS[match.operation.operationId as OperationId] as OperationHandler<OperationId>)(ctx);
    } catch (error) {
      reply = errorAnswer(error, runtime.env.ids.trace());
    }
    if (runtime.options.validateResponses && match) {
      const problem = checkResponse(match.operation, reply.status, reply.body, new Headers(reply.headers));
      if (problem) reply = errorAnswer(serverError(500, `contract violation: ${problem}`), runtime.env.ids.trace());
    }
    if (ctx) {
      record.tenantId = ctx.tenant?.id ?? null;
      record.apiKeyId = ctx.apiKey?.id ?? null;
      record.body = ctx.recordedBody;
    }
    record.status = reply.status;
    record.errorCode = (reply.body as { error?: { code?: number } } | null)?.error?.code ?? null;
    runtime.requestLog.push(record);
    return answer(reply);
  }

  /** Auth, rate limit and scope: the key of `Authorization: Bearer`, its tenant, its window, its scopes. */
  private async authenticate(ctx: RequestContext): Promise<void> {
    const token = bearerToken(ctx.request.header("authorization"));
    if (!token) throw invalidApiKey("Missing API key: send Authorization: Bearer <key>");
    const hash = await this.runtime.hasher.hash(token);
    let key = null;
    for (const candidate of ctx.store.keysByPrefix.get(keyPrefix(token)) ?? []) {
      if (constantTimeEqual(candidate.hash, hash)) key = candidate;
    }
    if (!key) throw invalidApiKey("Unknown API key");
    if (key.revokedAt !== null) throw invalidApiKey("This API key was revoked");
    ctx.apiKey = key;
    ctx.tenant = ctx.store.tenants.get(key.tenantId)!;
    const limit = key.rateLimitPerSecond ?? this.runtime.state.rateLimit;
    if (limit !== null) {
      const retryAfter = ctx.store.countRequest(key, limit, ctx.env.clock.now());
      if (retryAfter !== null) throw rateLimited(limit, retryAfter);
    }
    if (!key.scopes.has(ctx.operation.scope)) throw missingScope(ctx.operation.scope);
  }

  /** A control API request (`pathname` still percent-encoded, with the base path). */
  private async controlRequest(request: Incoming, pathname: string, search: string): Promise<Answer> {
    let reply: Reply;
    try {
      await this.runtime.ready.catch(() => undefined);
      reply = await answerControl(this.control, request, { pathname, path: pathname.slice(this.controlPrefix.length), search });
    } catch (error) {
      // A bad seed or time given to the control API is the caller's mistake: 400, not 500.
      reply = errorAnswer(error instanceof SeedError || error instanceof RangeError ? invalidParameter(error.message) : error, this.runtime.env.ids.trace());
    }
    return answer(reply);
  }

  private refuse(error: unknown): Answer {
    return answer(errorAnswer(error, this.runtime.env.ids.trace()));
  }
}

/** A reply as the transports send it: its body as JSON text. */
const answer = (reply: Reply): Answer => ({ status: reply.status, text: JSON.stringify(reply.body), headers: reply.headers });

/** Whether `pathname` is `prefix` or below it (`prefix/…`). */
function under(pathname: string, prefix: string): boolean {
  if (!pathname.startsWith(prefix)) return false;
  const next = pathname[prefix.length];
  return next === undefined || next === "/";
}

/** The error an injected fault answers with (`drop` is handled before). */
function faultError(fault: Fault) {
  if (fault.kind === "meta_error") return metaError(fault.code!, fault.retryAfterSeconds);
  return fault.kind === "rate_limit" ? rateLimited(null, fault.retryAfterSeconds ?? 1) : serverError(fault.status ?? 503, "Injected fault");
}
