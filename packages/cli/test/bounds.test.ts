// A hostile or broken gateway cannot keep the command running or growing: pages, bytes per
// response, bytes in all and templates are bounded, and each bound ends the run with exit 2 and a
// line naming it. In process under msw, and as the built bin (with a small heap) against a
// node:http gateway on 127.0.0.1.
import { createServer, type Server } from "node:http";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { BIN, exec, sigfollow } from "./support/run.js";
import { KEYS, WABA } from "./support/seed.js";

const LIST = "https://api.sigfollow.com/v1/:wabaId/message_templates";
const MiB = 1024 * 1024;
const env = { SIGFOLLOW_API_KEY: KEYS.reader };
const pull = () => sigfollow(["templates", "pull", "--waba", WABA], env);
const server = setupServer();

beforeAll(() => server.listen(onUnhandled("error")));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const template = (name: string, language = "en_US") => ({
  id: "1",
  name,
  language,
  status: "APPROVED",
  category: "UTILITY",
  components: [{ type: "BODY", text: "Hi" }],
});
/** A page of Meta's list with a next page at `after`, or the last page without one. */
const page = (data: unknown[], after?: string) => ({ data, paging: after === undefined ? {} : { cursors: { after }, next: `https://gateway.invalid/?after=${after}` } });

/** The one line a bound ends the run with (exit 2, nothing on standard output). */
function expectStopped(result: { code: number | null; stdout: string; stderr: string }, bound: RegExp) {
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(bound);
  expect(result.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  expect(result.code).toBe(2);
}

describe("the bounds on what the gateway sends", () => {
  it("stops after 1,000 pages when every page has a new cursor", async () => {
    let pages = 0;
    // Gives up after 1,500 pages, so that an unbounded command ends too (and this test fails).
    server.use(http.get(LIST, () => HttpResponse.json(page([template(`t_${++pages}`)], pages < 1_500 ? `c${pages}` : undefined))));
    expectStopped(await pull(), /^sigfollow: the gateway at https:\/\/api\.sigfollow\.com still had more after 1,000 pages \(the bound on pages\); stopped\n$/);
    expect(pages).toBe(1_000);
  });

  it("stops at the second page of a cursor it was given before (a paging loop), without printing a huge cursor", async () => {
    let pages = 0;
    const cursor = "c".repeat(100_000);
    server.use(http.get(LIST, () => HttpResponse.json(page([template(`t_${++pages}`)], pages < 50 ? cursor : undefined))));
    const result = await pull();
    expectStopped(result, /^sigfollow: the gateway at https:\/\/api\.sigfollow\.com returned the page cursor "c{40}…" \(100,000 characters\) twice: a paging loop; stopped\n$/);
    expect(pages).toBe(2);
  });

  it("stops at 10,000 templates", async () => {
    let pages = 0;
    // 2,500 templates a page: the fifth page passes the bound (an unbounded command takes all 8).
    server.use(
      http.get(LIST, () => {
        const data = Array.from({ length: 2_500 }, (_, i) => template(`t_${pages}_${i}`));
        return HttpResponse.json(page(data, ++pages < 8 ? `c${pages}` : undefined));
      }),
    );
    expectStopped(await pull(), /^sigfollow: the gateway at https:\/\/api\.sigfollow\.com listed more than 10,000 templates \(the bound on templates\); stopped\n$/);
    expect(pages).toBe(5);
  });

  it("stops reading an answer over 32 MiB, whether it says its length or not", async () => {
    const huge = JSON.stringify(page([template("x".repeat(33 * MiB))]));
    const declared: Record<string, string>[] = [{ "Content-Type": "application/json", "Content-Length": String(huge.length) }, { "Content-Type": "application/json" }];
    for (const headers of declared) {
      server.use(http.get(LIST, () => new HttpResponse(huge, { headers })));
      expectStopped(await pull(), /^sigfollow: the gateway at https:\/\/api\.sigfollow\.com sent an answer over 32 MiB \(the bound on bytes per response\); stopped\n$/);
    }
  });

  it("stops reading an endless body at 32 MiB, and reads no more of it", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(" ".repeat(64 * 1024));
    server.use(
      http.get(LIST, () => {
        const body = new ReadableStream<Uint8Array>({
          start: (c) => c.enqueue(new TextEncoder().encode('{"data": [], "paging": {}')),
          pull(c) {
            // Ends after 256 MiB, so that an unbounded command ends too (and this test fails).
            if (sent >= 256 * MiB) return c.enqueue(new TextEncoder().encode("}")), c.close();
            sent += chunk.length;
            c.enqueue(chunk);
          },
        });
        return new HttpResponse(body, { headers: { "Content-Type": "application/json" } });
      }),
    );
    expectStopped(await pull(), /^sigfollow: the gateway at https:\/\/api\.sigfollow\.com sent an answer over 32 MiB \(the bound on bytes per response\); stopped\n$/);
    expect(sent).toBeGreaterThan(32 * MiB);
    expect(sent).toBeLessThan(33 * MiB);
  });

  it("stops at 64 MiB in all when every page is large", async () => {
    let pages = 0;
    // A 12 MiB name a page: under the bound per response; 40 pages, so an unbounded command ends.
    server.use(http.get(LIST, () => HttpResponse.json(page([template(`${++pages}_${"n".repeat(12 * MiB)}`)], pages < 40 ? `c${pages}` : undefined))));
    expectStopped(await pull(), /^sigfollow: the gateway at https:\/\/api\.sigfollow\.com sent over 64 MiB in all \(the bound on bytes in total\); stopped\n$/);
    expect(pages).toBe(6);
  });
});

/** A gateway on 127.0.0.1 answering every request with `answer`; counts what it wrote. */
async function gateway(answer: (request: number, response: import("node:http").ServerResponse) => void) {
  const stats = { requests: 0, bytes: 0 };
  const server: Server = createServer((req, res) => {
    const write = res.write.bind(res);
    res.write = ((chunk: string | Uint8Array, ...rest: never[]) => ((stats.bytes += chunk.length), write(chunk, ...rest))) as typeof res.write;
    answer(++stats.requests, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return { url, stats, close };
}

/** The built bin with a 256 MB heap: an unbounded read runs out of it and crashes (no exit 2). */
const pullBin = (baseUrl: string) =>
  exec(process.execPath, ["--max-old-space-size=256", BIN, "templates", "pull", "--waba", WABA], { SIGFOLLOW_API_KEY: KEYS.reader, SIGFOLLOW_BASE_URL: baseUrl });

describe("the built bin against a hostile gateway on 127.0.0.1, with a 256 MB heap", () => {
  it("ends an endless body at 32 MiB and closes the connection", async () => {
    const chunk = " ".repeat(256 * 1024);
    const hostile = await gateway((_, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.write('{"data": [');
      // Writes while the client reads, up to 1 GiB (then the run is over either way).
      const more = () => {
        while (!res.destroyed && hostile.stats.bytes < 1024 * MiB) if (!res.write(chunk)) return void res.once("drain", more);
        res.end();
      };
      more();
    });
    try {
      expectStopped(await pullBin(hostile.url), /^sigfollow: the gateway at http:\/\/127\.0\.0\.1:\d+ sent an answer over 32 MiB \(the bound on bytes per response\); stopped\n$/);
      expect(hostile.stats.requests).toBe(1); // not retried
      expect(hostile.stats.bytes).toBeLessThan(48 * MiB); // what the socket buffers held beyond the bound, at most
    } finally {
      await hostile.close();
    }
  });

  it("ends endless pages of 8 MiB names at 64 MiB in all", async () => {
    const hostile = await gateway((n, res) => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(page([template(`${n}_${"n".repeat(8 * MiB)}`)], n < 500 ? `c${n}` : undefined)));
    });
    try {
      expectStopped(await pullBin(hostile.url), /^sigfollow: the gateway at http:\/\/127\.0\.0\.1:\d+ sent over 64 MiB in all \(the bound on bytes in total\); stopped\n$/);
      expect(hostile.stats.requests).toBe(8);
    } finally {
      await hostile.close();
    }
  });
});
