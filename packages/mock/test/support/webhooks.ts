// What the webhook suites share: a node:http receiver around a fetch-style handler, the details of
// a Meta-style 400, and the standalone mock (frozen clock) with a receiver for a suite.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect } from "vitest";
import { type Standalone, startStandalone } from "./standalone.js";

/** A node:http server around a fetch-style handler, on a free port. */
export async function listen(handler: (request: Request) => Promise<Response>): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = { "content-type": String(req.headers["content-type"] ?? ""), "x-hub-signature-256": String(req.headers["x-hub-signature-256"] ?? "") };
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, ...(req.method === "POST" ? { body: Buffer.concat(chunks) } : {}) });
    const response = await handler(request).catch((error: unknown) => new Response(String(error), { status: 599 }));
    res.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "text/plain" });
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`, server };
}

/** The details of the Meta-style 400 (code 100) a call throws. */
export const details = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    const e = error as { status: number; error: { code: number; error_data: { details: string } } };
    expect([e.status, e.error.code]).toEqual([400, 100]);
    return e.error.error_data.details;
  }
  throw new Error("did not throw");
};

/**
 * The standalone mock with a frozen clock and a node:http receiver around `handler`, started before
 * the suite and stopped after it: the receiver's URL, and a control call (GET, or POST of `body`).
 */
export function standaloneWithReceiver(handler: (request: Request) => Promise<Response>) {
  let mock: Standalone | undefined;
  let http: { url: string; server: Server } | undefined;
  beforeAll(async () => {
    mock = await startStandalone(["--quiet", "--clock", "frozen"]);
    http = await listen(handler);
  }, 30_000);
  afterAll(async () => {
    await mock?.stop();
    http?.server.close();
  });
  return {
    receiverUrl: () => http!.url,
    baseUrl: () => mock!.url,
    async control(path: string, body?: unknown): Promise<{ status: number; body: any }> {
      const init = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
      const res = await fetch(`${mock!.url}/__mock/${path}`, init);
      return { status: res.status, body: await res.json() };
    },
  };
}
