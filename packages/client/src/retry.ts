import { AbortedError, ConnectionError, type SigFollowError, type SigFollowErrorInit, THROTTLED, TimeoutError } from "./errors.js";
import { ErrorCode } from "./rules/error-codes.js";

/**
 * A fetch that takes a `Request`, as openapi-fetch calls it; the global `fetch` fits. The
 * optional `init` repeats the request's body and signal (see {@link withRetries}) and can be ignored.
 *
 * @example
 * ```ts
 * const logged: Fetch = (request) => (console.log(request.method, request.url), fetch(request));
 * ```
 */
export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * How {@link withRetries} retries and times out requests.
 *
 * @example
 * ```ts
 * const options: RetryOptions = { maxRetries: 3, timeoutMs: 10_000 };
 * ```
 */
export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` disables retrying.
   * @default 2
   */
  maxRetries?: number | undefined;
  /**
   * Timeout of each attempt in milliseconds, response body included; `0` disables it.
   * @default 30000
   */
  timeoutMs?: number | undefined;
  /**
   * Whether repeating the request is harmless even if the gateway processed it. Decides whether
   * a 5xx, a reset connection or a timeout is retried.
   * @default true for GET, HEAD, OPTIONS, PUT and DELETE; false for POST and PATCH
   */
  idempotent?: boolean | undefined;
}

/** First backoff step; doubles per attempt. */
const BASE_DELAY_MS = 500;
/** Upper bound of one backoff step. */
const MAX_DELAY_MS = 8_000;
/** Longest Retry-After waited for; a longer one is returned at once (a RateLimitError with `retryAfter`). */
const MAX_RETRY_AFTER_S = 60;

const IDEMPOTENT_METHOD = /^(GET|HEAD|OPTIONS|PUT|DELETE)$/;

// Failures where the request provably never reached the gateway, so even a send can be repeated:
// refused connections, DNS failures and connect timeouts, as Node (undici), Bun and Deno report
// them. Browsers do not say why a fetch failed, so there a POST is not repeated.
const NEVER_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|Connection refused|dns error/;

type FetchFailure = { code?: unknown; message?: unknown; cause?: unknown; errors?: FetchFailure[] } | undefined;

/** The error and its causes, outermost first (fetch wraps the socket error: "fetch failed" ← "connect ECONNREFUSED ..."). */
function causes(error: unknown): NonNullable<FetchFailure>[] {
  const chain = [];
  for (let e = error as FetchFailure, depth = 0; e && depth < 4; e = e.cause as FetchFailure, depth++) chain.push(e);
  return chain;
}

const neverSent = (error: unknown) => causes(error).some((e) => NEVER_SENT.test(`${String(e.code)} ${String(e.message)}`));

/**
 * Why a fetch failed, from its innermost cause: "connect ECONNREFUSED 127.0.0.1:4011",
 * "getaddrinfo ENOTFOUND gateway.example". Node reports a refused connection to a host with
 * several addresses (localhost) as an AggregateError without a message, hence its `errors`.
 */
function reasonOf(error: unknown): string {
  const e = causes(error).pop();
  const message = String(e?.message || e?.errors?.map((inner) => inner?.message).join(", ") || "");
  return e?.code && !message.includes(String(e.code)) ? `${String(e.code)} ${message}`.trim() : message || String(e);
}

/**
 * Parses a `Retry-After` header, delta-seconds or an HTTP date, into seconds (never negative);
 * `undefined` when missing or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter("2"); // 2
 * parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", Date.parse("Wed, 21 Oct 2026 07:27:30 GMT")); // 30
 * ```
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  // Only an HTTP date, which has a weekday or month name: Date.parse would read "-1" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Capped exponential backoff with full jitter: a random delay in `[0, min(8 s, 0.5 s × 2^attempt))`. */
const backoff = (attempt: number) => Math.floor(Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt));

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      if (signal.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
    if (signal.aborted) done();
  });
}

/**
 * Wraps a fetch with per-attempt timeouts, the request's `AbortSignal`, and retries that never
 * duplicate a send. The client uses it for every request; it is exported for calling the API
 * with your own fetch code.
 *
 * The rule: a request is repeated only when repeating it cannot do anything twice.
 * - After a **429**, or a 400 with one of Meta's throttling codes (130429 throughput, 80007 WABA
 *   rate limit, 131056 pair rate limit), always, as nothing was sent: waiting `Retry-After`
 *   (seconds or an HTTP date; at most 60 s, a longer wait is returned to the caller) or else the
 *   backoff; for 131056, Meta's 4^X seconds (1 s, 4 s, 16 s, …).
 * - Never after Meta's 131048 (spam rate limit) or 368 (policy block), nor any other 4xx.
 * - After a failure **before the request was sent** (refused connection, DNS failure, connect
 *   timeout), always.
 * - After a **5xx, a reset connection or a timeout**, only when the request is idempotent (GET,
 *   DELETE, or `idempotent: true`). A POST that got a 5xx or timed out may have been processed,
 *   so a send is never repeated then.
 *
 * Backoff is exponential from 500 ms, capped at 8 s, with full jitter. Aborting the request's
 * signal stops the attempt and any wait, rejecting with an {@link AbortedError}. Failures
 * without a response reject with a {@link TimeoutError} or {@link ConnectionError}; error
 * responses are returned, as fetch does. Each attempt's body is read within its timeout, so the
 * returned response is already buffered.
 *
 * @example
 * ```ts
 * const safeFetch = withRetries(fetch, { maxRetries: 3, timeoutMs: 10_000 });
 * const response = await safeFetch(new Request("https://api.sigfollow.com/v1/contacts/cm5xy123", {
 *   headers: { Authorization: `Bearer ${apiKey}` },
 * }));
 * ```
 */
export const withRetries = (fetch: Fetch, options?: RetryOptions): Fetch => retrying(fetch, options);

/**
 * {@link withRetries}, with a note on the origin in `ConnectionError` messages (the client says
 * there that it used the default origin).
 *
 * @example
 * ```ts
 * const fetchDefault = retrying(fetch, {}, "the default, as no baseUrl was given");
 * ```
 */
export function retrying(fetch: Fetch, { maxRetries = 2, timeoutMs = 30_000, idempotent }: RetryOptions = {}, note?: string): Fetch {
  return async (request) => {
    const safe = idempotent ?? IDEMPOTENT_METHOD.test(request.method);
    const { signal } = request;
    const url = new URL(request.url);
    const where = { method: request.method, path: url.pathname };
    const fail = (Class: new (init: SigFollowErrorInit) => SigFollowError, what: string, cause: unknown) =>
      new Class({ ...where, message: `${where.method} ${where.path} ${what}`, cause });
    const wait = (ms: number) => sleep(ms, signal).catch((reason: unknown) => Promise.reject(fail(AbortedError, "was aborted", reason)));
    // Buffered once so every attempt can send it (a stream can be read only once).
    const body = request.body ? await request.arrayBuffer() : undefined;
    for (let attempt = 0; ; attempt++) {
      // Checked synchronously before any listener is added, so no abort can slip in between.
      if (signal.aborted) throw fail(AbortedError, "was aborted", signal.reason);
      const last = attempt >= maxRetries;
      // One controller per attempt, fired by the caller's signal or the timeout. A plain
      // setTimeout rather than AbortSignal.timeout/any: it runs everywhere and fake timers see it.
      const controller = new AbortController();
      const abort = () => controller.abort(signal.reason);
      let timedOut = false;
      const timer = timeoutMs > 0 ? setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs) : undefined;
      signal.addEventListener("abort", abort);
      let response: Response;
      try {
        // The init repeats body and signal so that a fetch which re-wraps the Request (undici
        // does) takes the buffer as is instead of piping the Request's body through a stream.
        const init = { body, signal: controller.signal };
        response = await fetch(new Request(request, init), init);
        // Read the body inside the attempt, so the timeout and the caller's signal cover it too.
        response = new Response(response.body && (await response.arrayBuffer()), response);
      } catch (error) {
        if (signal.aborted) throw fail(AbortedError, "was aborted", signal.reason);
        // Our own timeout may fire after the request went out, so it never counts as "not sent".
        const repeatable = safe || (!timedOut && neverSent(error));
        if (last || !repeatable) {
          throw timedOut
            ? fail(TimeoutError, `timed out after ${timeoutMs} ms`, error)
            : fail(ConnectionError, `failed: no response from ${url.origin}${note ? ` (${note})` : ""}: ${reasonOf(error)}`, error);
        }
        await wait(backoff(attempt));
        continue;
      } finally {
        clearTimeout(timer);
        signal.removeEventListener("abort", abort);
      }
      const { status } = response;
      // Meta answers its throttling codes with a 400, so only the body's code tells them apart.
      const code = status === 400 && (await response.clone().json().catch(() => 0))?.error?.code;
      const throttled = status === 429 || THROTTLED.includes(code);
      const retryAfter = throttled ? (parseRetryAfter(response.headers.get("Retry-After")) ?? (code === ErrorCode.PairRateLimited ? 4 ** attempt : undefined)) : undefined;
      const retry = throttled ? (retryAfter ?? 0) <= MAX_RETRY_AFTER_S : status >= 500 && safe;
      if (last || !retry) return response;
      await wait(retryAfter === undefined ? backoff(attempt) : retryAfter * 1000);
    }
  };
}
