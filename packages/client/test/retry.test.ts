import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortedError, backoffDelay, ConnectionError, parseRetryAfter, TimeoutError, withRetries } from "../src/index.js";

const refused = () => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
const reset = () => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
const post = () => new Request("https://gateway.test/v1/1/messages", { method: "POST", body: '{"type":"text"}' });
const get = () => new Request("https://gateway.test/v1/contacts/c1");

/** A fetch that plays a script of outcomes and records when each attempt happened. */
function scripted(...outcomes: (Response | Error | "hang")[]) {
  const times: number[] = [];
  const bodies: string[] = [];
  const fetch = vi.fn(async (request: Request) => {
    times.push(Date.now());
    bodies.push(await request.text());
    const next = outcomes.shift() ?? new Response("{}");
    if (next === "hang") {
      return new Promise<Response>((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener("abort", () => reject(request.signal.reason));
      });
    }
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch, times, bodies };
}

const status = (code: number, headers: Record<string, string> = {}) => new Response("{}", { status: code, headers });

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates, and ignores garbage", () => {
    const now = Date.parse("Wed, 21 Oct 2026 07:27:30 GMT");
    expect(parseRetryAfter("2", now)).toBe(2);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now)).toBe(30);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:27:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-1", now)).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("backoffDelay", () => {
  it("doubles from 500 ms, caps at 8 s, and jitters over the whole range", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((a) => backoffDelay(a, () => 0.999999))).toEqual([499, 999, 1999, 3999, 7999, 7999, 7999]);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(1, () => 0.5)).toBe(500);
  });
});

describe("withRetries", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("waits Retry-After seconds after a 429, even for a send, and resends the same body", async () => {
    const { fetch, times, bodies } = scripted(status(429, { "Retry-After": "3" }), status(200));
    const done = withRetries(fetch, { maxRetries: 2, timeoutMs: 0, idempotent: false })(post());
    await vi.runAllTimersAsync();
    expect((await done).status).toBe(200);
    expect(times[1]! - times[0]!).toBe(3000);
    expect(bodies).toEqual(['{"type":"text"}', '{"type":"text"}']);
  });

  it("understands an HTTP-date Retry-After", async () => {
    const at = new Date(Date.now() + 5000).toUTCString();
    const { fetch, times } = scripted(status(429, { "Retry-After": at }), status(200));
    const done = withRetries(fetch, { maxRetries: 1, timeoutMs: 0, idempotent: false })(get());
    await vi.runAllTimersAsync();
    await done;
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(4000);
    expect(times[1]! - times[0]!).toBeLessThanOrEqual(5000);
  });

  it("backs off exponentially with jitter when there is no Retry-After", async () => {
    const { fetch, times } = scripted(status(503), status(502), status(500), status(200));
    const done = withRetries(fetch, { maxRetries: 3, timeoutMs: 0, idempotent: true })(get());
    await vi.runAllTimersAsync();
    expect((await done).status).toBe(200);
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([250, 500, 1000]);
  });

  it("returns a 429 whose Retry-After is over a minute instead of waiting", async () => {
    const { fetch } = scripted(status(429, { "Retry-After": "120" }));
    const response = await withRetries(fetch, { maxRetries: 2, timeoutMs: 0, idempotent: true })(get());
    expect(response.status).toBe(429);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("stops after maxRetries and returns the last response", async () => {
    const { fetch } = scripted(status(429, { "Retry-After": "0" }), status(429, { "Retry-After": "0" }), status(429, { "Retry-After": "0" }));
    const done = withRetries(fetch, { maxRetries: 1, timeoutMs: 0, idempotent: false })(get());
    await vi.runAllTimersAsync();
    expect((await done).status).toBe(429);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("never repeats a POST after a 5xx or a reset connection", async () => {
    const five = scripted(status(500), status(200));
    expect((await withRetries(five.fetch, { maxRetries: 3, timeoutMs: 0, idempotent: false })(post())).status).toBe(500);
    expect(five.fetch).toHaveBeenCalledTimes(1);
    const dropped = scripted(reset(), status(200));
    await expect(withRetries(dropped.fetch, { maxRetries: 3, timeoutMs: 0, idempotent: false })(post())).rejects.toBeInstanceOf(ConnectionError);
    expect(dropped.fetch).toHaveBeenCalledTimes(1);
  });

  it("repeats a POST whose connection was refused: it never reached the gateway", async () => {
    const { fetch } = scripted(refused(), status(200));
    const done = withRetries(fetch, { maxRetries: 1, timeoutMs: 0, idempotent: false })(post());
    await vi.runAllTimersAsync();
    expect((await done).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("retries idempotent requests after network errors", async () => {
    const { fetch } = scripted(reset(), status(200));
    const done = withRetries(fetch, { maxRetries: 1, timeoutMs: 0, idempotent: true })(get());
    await vi.runAllTimersAsync();
    expect((await done).status).toBe(200);
  });

  it("times out each attempt, and does not repeat a timed-out POST", async () => {
    const { fetch } = scripted("hang", status(200));
    const done = withRetries(fetch, { maxRetries: 2, timeoutMs: 1000, idempotent: false })(post());
    const assertion = expect(done).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(1000);
    await assertion;
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("repeats a timed-out GET", async () => {
    const { fetch } = scripted("hang", status(200));
    const done = withRetries(fetch, { maxRetries: 1, timeoutMs: 1000, idempotent: true })(get());
    await vi.runAllTimersAsync();
    expect((await done).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("stops on the caller's abort, during a request or while waiting to retry", async () => {
    const controller = new AbortController();
    const { fetch } = scripted("hang");
    const done = withRetries(fetch, { maxRetries: 3, timeoutMs: 0, idempotent: true, signal: controller.signal })(get());
    controller.abort();
    await expect(done).rejects.toBeInstanceOf(AbortedError);

    const waiting = new AbortController();
    const slow = scripted(status(429, { "Retry-After": "30" }), status(200));
    const pending = withRetries(slow.fetch, { maxRetries: 3, timeoutMs: 0, idempotent: true, signal: waiting.signal })(get());
    const assertion = expect(pending).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(1000);
    waiting.abort();
    await assertion;
    expect(slow.fetch).toHaveBeenCalledTimes(1);
  });
});
