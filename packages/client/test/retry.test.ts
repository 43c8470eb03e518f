// withRetries against a scripted fetch, on fake timers: when it retries, how long it waits, and
// that it never repeats a request the gateway may have processed.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortedError, ConnectionError, TimeoutError, withRetries, type RetryOptions } from "../src/index.js";

// Failures shaped as Node's fetch (undici) reports them.
const fetchFailed = (code: string) => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(code), { code }) });
const refused = () => fetchFailed("ECONNREFUSED");
const reset = () => fetchFailed("ECONNRESET");

const post = (signal?: AbortSignal) =>
  new Request("https://gateway.test/v1/1/messages", { method: "POST", body: '{"type":"text"}', headers: { "X-Trace": "t1" }, signal });
const get = (signal?: AbortSignal) => new Request("https://gateway.test/v1/contacts/c1", { signal });
const status = (code: number, headers: Record<string, string> = {}) => new Response("{}", { status: code, headers });

type Outcome = Response | Error | "hang" | "stall";

/** A fetch that plays a script of outcomes and records each attempt (time, body, header). */
function scripted(...outcomes: Outcome[]) {
  const times: number[] = [];
  const bodies: string[] = [];
  const traces: (string | null)[] = [];
  const fetch = vi.fn(async (request: Request) => {
    times.push(Date.now());
    bodies.push(await request.text());
    traces.push(request.headers.get("x-trace"));
    const next = outcomes.shift() ?? status(200);
    // Like a real fetch, the request signal rejects a pending response ("hang") or body ("stall").
    const onAbort = <T>(reject: (reason: unknown) => void, value?: T) => {
      if (request.signal.aborted) reject(request.signal.reason);
      request.signal.addEventListener("abort", () => reject(request.signal.reason));
      return value;
    };
    if (next === "hang") return new Promise<Response>((_, reject) => onAbort(reject));
    if (next === "stall") return new Response(new ReadableStream({ start: (c) => onAbort((r) => c.error(r)) }));
    if (next instanceof Error) throw next;
    return next;
  });
  return { fetch, times, bodies, traces, gaps: () => times.slice(1).map((t, i) => t - times[i]!) };
}

/** Runs one request to completion on fake timers. */
async function run(script: ReturnType<typeof scripted>, options: RetryOptions, request: Request) {
  const done = withRetries(script.fetch, options)(request);
  done.catch(() => undefined); // settled below; avoids an unhandled-rejection warning meanwhile
  await vi.runAllTimersAsync();
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(Math, "random").mockReturnValue(0.5);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("backoff", () => {
  it("doubles from 500 ms with full jitter (random 0.5 waits half the step)", async () => {
    const script = scripted(status(503), status(502), status(500), status(200));
    expect((await run(script, { maxRetries: 3, timeoutMs: 0 }, get())).status).toBe(200);
    expect(script.gaps()).toEqual([250, 500, 1000]);
  });

  it("stays below the step at the top of the jitter range and caps the step at 8 s", async () => {
    vi.mocked(Math.random).mockReturnValue(0.999999);
    const script = scripted(...Array.from({ length: 6 }, () => status(503)));
    await run(script, { maxRetries: 6, timeoutMs: 0 }, get());
    expect(script.gaps()).toEqual([499, 999, 1999, 3999, 7999, 7999]);
  });

  it("can retry at once at the bottom of the jitter range", async () => {
    vi.mocked(Math.random).mockReturnValue(0);
    const script = scripted(status(503), status(503), status(200));
    await run(script, { maxRetries: 2, timeoutMs: 0 }, get());
    expect(script.gaps()).toEqual([0, 0]);
  });
});

describe("429 and Retry-After", () => {
  it("waits Retry-After seconds, even for a send, and resends the same body and headers", async () => {
    const script = scripted(status(429, { "Retry-After": "3" }), status(200));
    expect((await run(script, { maxRetries: 2, timeoutMs: 0 }, post())).status).toBe(200);
    expect(script.gaps()).toEqual([3000]);
    expect(script.bodies).toEqual(['{"type":"text"}', '{"type":"text"}']);
    expect(script.traces).toEqual(["t1", "t1"]);
  });

  it("understands an HTTP-date Retry-After", async () => {
    vi.setSystemTime(Date.parse("2026-10-21T07:27:30.000Z"));
    const script = scripted(status(429, { "Retry-After": "Wed, 21 Oct 2026 07:27:35 GMT" }), status(200));
    await run(script, { maxRetries: 1, timeoutMs: 0 }, post());
    expect(script.gaps()).toEqual([5000]);
  });

  it("waits the backoff when Retry-After is missing or unreadable", async () => {
    const script = scripted(status(429), status(429, { "Retry-After": "soon" }), status(200));
    await run(script, { maxRetries: 2, timeoutMs: 0 }, post());
    expect(script.gaps()).toEqual([250, 500]);
  });

  it("returns a 429 asking for more than a minute at once instead of waiting", async () => {
    const script = scripted(status(429, { "Retry-After": "61" }));
    expect((await run(script, { maxRetries: 2, timeoutMs: 0 }, get())).status).toBe(429);
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });

  it("stops after maxRetries and returns the last response", async () => {
    const script = scripted(...Array.from({ length: 3 }, () => status(429, { "Retry-After": "0" })));
    expect((await run(script, { maxRetries: 1, timeoutMs: 0 }, get())).status).toBe(429);
    expect(script.fetch).toHaveBeenCalledTimes(2);
  });

  it("does not retry at all with maxRetries 0", async () => {
    const script = scripted(status(429, { "Retry-After": "0" }), status(200));
    expect((await run(script, { maxRetries: 0, timeoutMs: 0 }, get())).status).toBe(429);
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });
});

describe("Meta's send-time errors", () => {
  const meta = (code: number, httpStatus = 400, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify({ error: { message: `(#${code})`, type: "OAuthException", code } }), { status: httpStatus, headers });

  it.each([130429, 80007])("retries a send after %i (throughput, WABA rate limit) with the backoff: nothing was sent", async (code) => {
    const script = scripted(meta(code), meta(code), status(200));
    expect((await run(script, { maxRetries: 2, timeoutMs: 0 }, post())).status).toBe(200);
    expect(script.gaps()).toEqual([250, 500]);
    expect(script.bodies).toEqual(['{"type":"text"}', '{"type":"text"}', '{"type":"text"}']);
  });

  it("retries 131056 (pair rate limit) after Meta's 4^X seconds, or Retry-After when sent", async () => {
    const script = scripted(meta(131056), meta(131056), meta(131056), status(200));
    expect((await run(script, { maxRetries: 3, timeoutMs: 0 }, post())).status).toBe(200);
    expect(script.gaps()).toEqual([1000, 4000, 16000]);
    const told = scripted(meta(131056, 400, { "Retry-After": "7" }), status(200));
    await run(told, { maxRetries: 1, timeoutMs: 0 }, post());
    expect(told.gaps()).toEqual([7000]);
  });

  it("returns a throttling error asking for more than a minute at once", async () => {
    const script = scripted(meta(130429, 400, { "Retry-After": "120" }), status(200));
    expect((await run(script, { maxRetries: 2, timeoutMs: 0 }, post())).status).toBe(400);
    const pair = scripted(...Array.from({ length: 4 }, () => meta(131056)), status(200));
    expect((await run(pair, { maxRetries: 5, timeoutMs: 0 }, post())).status).toBe(400);
    expect(pair.gaps()).toEqual([1000, 4000, 16000]); // 4^3 = 64 s is over the minute
  });

  it.each([
    [131048, 400],
    [368, 403],
    [131008, 400],
    [131009, 400],
    [131000, 500],
  ])("does not repeat a send after %i (HTTP %i)", async (code, httpStatus) => {
    const script = scripted(meta(code, httpStatus), status(200));
    expect((await run(script, { maxRetries: 2, timeoutMs: 0 }, post())).status).toBe(httpStatus);
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });

  it("reads a 400 that is not JSON as an ordinary 4xx", async () => {
    const script = scripted(new Response("<html>bad request</html>", { status: 400 }), status(200));
    expect((await run(script, { maxRetries: 2, timeoutMs: 0 }, post())).status).toBe(400);
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });
});

describe("a send is never repeated once the gateway may have processed it", () => {
  it("returns a POST's 5xx without retrying", async () => {
    const script = scripted(status(500), status(200));
    expect((await run(script, { maxRetries: 3, timeoutMs: 0 }, post())).status).toBe(500);
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });

  it("does not repeat a POST whose connection was reset", async () => {
    const script = scripted(reset(), status(200));
    await expect(run(script, { maxRetries: 3, timeoutMs: 0 }, post())).rejects.toBeInstanceOf(ConnectionError);
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });

  it("does not repeat a POST that timed out, waiting for headers or for the body", async () => {
    for (const outcome of ["hang", "stall"] as const) {
      const script = scripted(outcome, status(200));
      const error = await run(script, { maxRetries: 2, timeoutMs: 1000 }, post()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ kind: "timeout", method: "POST", path: "/v1/1/messages", message: "POST /v1/1/messages timed out after 1000 ms" });
      expect(script.fetch).toHaveBeenCalledTimes(1);
    }
  });

  it("repeats a POST whose connection was refused or whose host did not resolve: it never left", async () => {
    for (const failure of [refused(), fetchFailed("ENOTFOUND"), fetchFailed("EAI_AGAIN"), fetchFailed("UND_ERR_CONNECT_TIMEOUT")]) {
      const script = scripted(failure, status(200));
      expect((await run(script, { maxRetries: 1, timeoutMs: 0 }, post())).status).toBe(200);
      expect(script.fetch).toHaveBeenCalledTimes(2);
      expect(script.bodies[1]).toBe('{"type":"text"}');
    }
  });

  it("recognises Bun's and Deno's refused connections too", async () => {
    const bun = Object.assign(new Error("Unable to connect. Is the computer able to access the url?"), { code: "ConnectionRefused" });
    const deno = new TypeError("error sending request for url (https://gateway.test/v1/1/messages): client error (Connect): tcp connect error: Connection refused (os error 111)");
    for (const failure of [bun, deno]) {
      const script = scripted(failure, status(200));
      expect((await run(script, { maxRetries: 1, timeoutMs: 0 }, post())).status).toBe(200);
    }
  });

  it("gives up on a refused connection after maxRetries with a ConnectionError carrying the cause", async () => {
    const script = scripted(refused(), refused(), refused());
    const error = await run(script, { maxRetries: 2, timeoutMs: 0 }, post()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
    expect((error as ConnectionError).message).toBe("POST /v1/1/messages failed: no response from https://gateway.test: ECONNREFUSED");
    expect(script.fetch).toHaveBeenCalledTimes(3);
  });

  it("names the reason of a refused connection to a host with several addresses, which Node reports without a message", async () => {
    const both = Object.assign(new AggregateError([new Error("connect ECONNREFUSED ::1:4011"), new Error("connect ECONNREFUSED 127.0.0.1:4011")], ""), { code: "ECONNREFUSED" });
    const script = scripted(Object.assign(new TypeError("fetch failed"), { cause: both }));
    const error = await run(script, { maxRetries: 0, timeoutMs: 0 }, get()).catch((e: unknown) => e);
    expect((error as ConnectionError).message).toBe("GET /v1/contacts/c1 failed: no response from https://gateway.test: connect ECONNREFUSED ::1:4011, connect ECONNREFUSED 127.0.0.1:4011");
  });

  it("retries a POST after a 5xx when it is declared idempotent", async () => {
    const script = scripted(status(503), status(200));
    expect((await run(script, { maxRetries: 1, timeoutMs: 0, idempotent: true }, post())).status).toBe(200);
  });
});

describe("idempotent requests", () => {
  it("are retried after a reset connection and after a timeout", async () => {
    const script = scripted(reset(), "hang", "stall", status(200));
    expect((await run(script, { maxRetries: 3, timeoutMs: 1000 }, get())).status).toBe(200);
    expect(script.fetch).toHaveBeenCalledTimes(4);
  });

  it("are not retried after a 4xx other than 429", async () => {
    for (const code of [404, 413]) {
      const script = scripted(status(code), status(200));
      expect((await run(script, { maxRetries: 3, timeoutMs: 0 }, get())).status).toBe(code);
      expect(script.fetch).toHaveBeenCalledTimes(1);
    }
  });

  it("can be declared non-idempotent", async () => {
    const script = scripted(status(503), status(200));
    expect((await run(script, { maxRetries: 3, timeoutMs: 0, idempotent: false }, get())).status).toBe(503);
  });
});

describe("the caller's AbortSignal", () => {
  it("stops a pending request", async () => {
    const controller = new AbortController();
    const script = scripted("hang");
    const done = withRetries(script.fetch, { maxRetries: 3, timeoutMs: 0 })(get(controller.signal));
    const assertion = expect(done).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error("user left"));
    await assertion;
    await expect(done).rejects.toMatchObject({ kind: "aborted", cause: new Error("user left") });
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });

  it("stops the wait before a retry, without another attempt", async () => {
    const controller = new AbortController();
    const script = scripted(status(429, { "Retry-After": "30" }), status(200));
    const done = withRetries(script.fetch, { maxRetries: 3, timeoutMs: 0 })(get(controller.signal));
    const assertion = expect(done).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await assertion;
    await vi.runAllTimersAsync();
    expect(script.fetch).toHaveBeenCalledTimes(1);
  });

  it("stops a body that is still arriving", async () => {
    const controller = new AbortController();
    const script = scripted("stall");
    const done = withRetries(script.fetch, { maxRetries: 3, timeoutMs: 0 })(get(controller.signal));
    const assertion = expect(done).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    await assertion;
  });

  it("fails an already aborted request at once", async () => {
    const script = scripted(status(200));
    await expect(run(script, {}, get(AbortSignal.abort()))).rejects.toBeInstanceOf(AbortedError);
  });

  it("is an AbortedError, not a TimeoutError, even with a timeout set", async () => {
    const controller = new AbortController();
    const script = scripted("hang");
    const done = withRetries(script.fetch, { timeoutMs: 5000 })(get(controller.signal));
    const assertion = expect(done).rejects.toBeInstanceOf(AbortedError);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    await assertion;
  });
});

describe("responses", () => {
  it("are returned buffered, with status, headers and body intact", async () => {
    const script = scripted(new Response('{"id":"1"}', { status: 201, headers: { "X-Id": "1" } }));
    const response = await run(script, {}, get());
    expect([response.status, response.headers.get("x-id"), await response.text()]).toEqual([201, "1", '{"id":"1"}']);
  });

  it("keep a null body null (204)", async () => {
    const script = scripted(new Response(null, { status: 204 }));
    const response = await run(script, {}, get());
    expect([response.status, response.body]).toEqual([204, null]);
  });
});
