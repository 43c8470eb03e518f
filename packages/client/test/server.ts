// A local MSW server for the HTTP tests: records every request and answers with whatever the
// test queued.
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";

export const BASE = "https://gateway.test";
export const API_KEY = "sflo_test_SECRETKEY1234567890";

export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  form?: FormData;
}

export const seen: Seen[] = [];
type Reply = () => Response | Promise<Response>;
const queue: Reply[] = [];

/** Queues responses, answered in order; after the queue is empty, 200 `{}`. */
export function reply(...replies: Reply[]) {
  queue.push(...replies);
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  HttpResponse.json(body as never, { status, headers });

export const metaError = (status: number, code: number, headers: Record<string, string> = {}) =>
  json(status, { error: { message: `(#${code}) failure`, type: "OAuthException", code } }, headers);

export const server = setupServer(
  http.all(`${BASE}/*`, async ({ request }) => {
    const isForm = request.headers.get("content-type")?.startsWith("multipart/form-data");
    const entry: Seen = { method: request.method, url: new URL(request.url), headers: request.headers, body: "" };
    if (isForm) entry.form = await request.formData();
    else entry.body = await request.text();
    seen.push(entry);
    return (queue.shift() ?? json(200, {}))();
  }),
);

beforeAll(() => server.listen(onUnhandled("error")));
afterEach(() => {
  seen.length = 0;
  queue.length = 0;
});
afterAll(() => server.close());
