import { AbortedError, ConnectionError, TimeoutError } from "./errors.js";

/** How a request is retried and timed out. */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  maxRetries: number;
  /**
   * Per-attempt timeout in milliseconds; `0` disables it.
   * @default 30000
   */
  timeoutMs: number;
  /** Whether repeating the request is harmless even if the gateway processed it (GET, DELETE, idempotent upserts). */
  idempotent: boolean;
  /** Aborts the request and any pending retry. */
  signal?: AbortSignal;
}

/** First backoff step; doubles per attempt. */
const BASE_DELAY_MS = 500;
/** Upper bound of one backoff step. */
const MAX_DELAY_MS = 8_000;
/** Longest Retry-After the client waits for on its own; longer ones surface as a RateLimitError. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Parses a `Retry-After` header, delta-seconds or an HTTP date, into seconds (never negative).
 * Returns `undefined` when the header is missing or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter("2"); // 2
 * parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", Date.parse("Wed, 21 Oct 2026 07:27:30 GMT")); // 30
 * ```
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // Only an HTTP date, which has a weekday or month name; Date.parse reads "-1" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Delay before retry number `attempt` (0-based): capped exponential backoff with full jitter,
 * a random value in `[0, min(8000, 500 * 2^attempt))` milliseconds.
 *
 * @example
 * ```ts
 * backoffDelay(0); // 0 to 500 ms
 * backoffDelay(10); // 0 to 8000 ms
 * ```
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt));
}

// Failures where the request never reached the gateway, so even a send can be repeated.
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT/;

function neverSent(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    if (typeof e.code === "string" && NOT_SENT.test(e.code)) return true;
  }
  return false;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

const pathOf = (request: Request) => new URL(request.url).pathname;

/**
 * Wraps `fetch` with timeouts, caller aborts and safe retries.
 *
 * The rule that keeps a send from being duplicated: a request is retried only when repeating it
 * cannot do anything twice. That is the case
 * - after a 429 (the gateway refused it unprocessed), honouring `Retry-After` up to 60 s;
 * - after a connection failure before anything was sent (refused connection, DNS failure);
 * - for idempotent requests (GET, DELETE and the documented idempotent upserts) also after a
 *   5xx, a reset connection or a timeout.
 * A POST that timed out or got a 5xx is never repeated: it may have been processed.
 *
 * @example
 * ```ts
 * const safeFetch = withRetries(fetch, { maxRetries: 2, timeoutMs: 10_000, idempotent: false });
 * const response = await safeFetch(new Request("https://api.sigfollow.com/v1/contacts/cm5xy123"));
 * ```
 */
export function withRetries(
  baseFetch: (request: Request) => Promise<Response>,
  options: RetryOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const { maxRetries, timeoutMs, idempotent, signal } = options;
    const info = { method: request.method, path: pathOf(request) };
    // Buffer the body once so every attempt can send it (cheaper than teeing the stream).
    const body = request.body ? await request.arrayBuffer() : undefined;
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= maxRetries;
      // One controller per attempt, aborted by the caller's signal or by the timeout (plain
      // setTimeout rather than AbortSignal.timeout/any: it runs everywhere and fake timers see it).
      const controller = new AbortController();
      let timedOut = false;
      const onAbort = () => controller.abort(signal?.reason);
      if (signal?.aborted) onAbort();
      signal?.addEventListener("abort", onAbort, { once: true });
      const timer =
        timeoutMs > 0
          ? setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, timeoutMs)
          : undefined;
      let response: Response;
      try {
        response = await baseFetch(new Request(request.url, { method: request.method, headers: request.headers, body, signal: controller.signal }));
      } catch (error) {
        if (signal?.aborted) throw new AbortedError({ ...info, message: `${info.method} ${info.path} was aborted`, cause: signal.reason });
        if (!last && (idempotent || (!timedOut && neverSent(error)))) {
          await sleep(backoffDelay(attempt), signal).catch((reason) => {
            throw new AbortedError({ ...info, message: `${info.method} ${info.path} was aborted`, cause: reason });
          });
          continue;
        }
        throw timedOut
          ? new TimeoutError({ ...info, message: `${info.method} ${info.path} timed out after ${timeoutMs} ms`, cause: error })
          : new ConnectionError({ ...info, message: `${info.method} ${info.path} failed: no response from the gateway`, cause: error });
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      }
      const retryAfter = response.status === 429 ? parseRetryAfter(response.headers.get("Retry-After")) : undefined;
      const retryable =
        (response.status === 429 && (retryAfter ?? 0) * 1000 <= MAX_RETRY_AFTER_MS) || (response.status >= 500 && idempotent);
      if (last || !retryable) return response;
      // Free the connection; not awaited, since some fetch implementations settle cancel() late.
      void response.body?.cancel().catch(() => undefined);
      const delay = retryAfter === undefined ? backoffDelay(attempt) : retryAfter * 1000;
      await sleep(delay, signal).catch((reason) => {
        throw new AbortedError({ ...info, message: `${info.method} ${info.path} was aborted`, cause: reason });
      });
    }
  };
}
