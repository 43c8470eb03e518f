// The retry rule against real sockets and Node's own fetch errors (no MSW here): a refused
// connection is retried even for a send, a connection dropped after the gateway read the request
// is not, and neither is a send that timed out.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ConnectionError, createSigFollowClient, TimeoutError, type SendMessageRequest } from "../src/index.js";

const text: SendMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hi" } };
const sent = { messaging_product: "whatsapp", contacts: [{ input: "16505551234", wa_id: "16505551234" }], messages: [{ id: "wamid.1" }] };

let server: Server;
let received: string[];

/** Starts the gateway stand-in; `handle` gets the request number (1-based) and the body. */
function gateway(handle: (n: number, req: IncomingMessage, res: ServerResponse) => void) {
  received = [];
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk));
    req.on("end", () => handle(received.push(`${req.method} ${req.url} ${body}`), req, res));
  });
}
const listen = (port = 0) => new Promise<number>((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
const client = (port: number, options: { timeoutMs?: number; fetch?: (request: Request) => Promise<Response> } = {}) =>
  createSigFollowClient({ apiKey: "sflo_test_network", baseUrl: `http://127.0.0.1:${port}`, maxRetries: 2, ...options });

beforeEach(() => void vi.spyOn(Math, "random").mockReturnValue(0)); // no backoff waits
afterEach(async () => {
  vi.restoreAllMocks();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("against a real socket", () => {
  it("retries a send whose connection was refused, and it arrives once", async () => {
    gateway((_, __, res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sent)));
    const port = await listen();
    await new Promise((resolve) => server.close(resolve)); // the port is now closed: connections are refused
    let attempts = 0;
    const firstRefusedThenUp = async (request: Request) => {
      attempts++;
      try {
        return await fetch(request);
      } finally {
        if (attempts === 1) await listen(port);
      }
    };
    await expect(client(port, { fetch: firstRefusedThenUp }).messages.send("1065", text)).resolves.toEqual(sent);
    expect(attempts).toBe(2);
    expect(received).toEqual([`POST /v1/1065/messages ${JSON.stringify(text)}`]);
  });

  it("does not repeat a send whose connection dropped after the gateway read it", async () => {
    gateway((_, req) => req.socket.destroy());
    const port = await listen();
    const error = await client(port).messages.send("1065", text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(new RegExp(`^POST /v1/1065/messages failed: no response from http://127\\.0\\.0\\.1:${port}: .*(socket|closed|reset)`, "i"));
    expect(received).toHaveLength(1);
  });

  it("names the origin tried and why the connection failed", async () => {
    gateway(() => undefined);
    const port = await listen();
    await new Promise((resolve) => server.close(resolve)); // refused from now on
    const refused = await client(port, { timeoutMs: 0 }).contacts.get("c1").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectionError);
    expect((refused as Error).message).toBe(`GET /v1/contacts/c1 failed: no response from http://127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
    await listen(); // for afterEach

    const unknownHost = createSigFollowClient({ apiKey: "sflo_test_network", baseUrl: "http://gateway.invalid", maxRetries: 0 });
    const notFound = await unknownHost.contacts.get("c1").catch((e: unknown) => e);
    expect((notFound as Error).message).toMatch(/^GET \/v1\/contacts\/c1 failed: no response from http:\/\/gateway\.invalid: .*(ENOTFOUND|EAI_AGAIN)/);
    expect((notFound as Error).message).not.toMatch(/default/);
  });

  it("says when the default production host was used because no baseUrl was given", async () => {
    gateway(() => undefined);
    await listen();
    const refusing = async () => Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("getaddrinfo ENOTFOUND api.sigfollow.com"), { code: "ENOTFOUND" }) }));
    const error = await createSigFollowClient({ apiKey: "sflo_test_network", fetch: refusing, maxRetries: 0 }).contacts.get("c1").catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "GET /v1/contacts/c1 failed: no response from https://api.sigfollow.com (the default, as no baseUrl was given): getaddrinfo ENOTFOUND api.sigfollow.com",
    );
  });

  it("repeats a read whose connection dropped", async () => {
    gateway((n, req, res) => (n === 1 ? req.socket.destroy() : res.writeHead(200, { "content-type": "application/json" }).end('{"id":"c1"}')));
    await expect(client(await listen()).contacts.get("c1")).resolves.toEqual({ id: "c1" });
    expect(received).toEqual(["GET /v1/contacts/c1 ", "GET /v1/contacts/c1 "]);
  });

  it("does not repeat a send that timed out, and repeats a read that did", async () => {
    gateway(() => undefined); // never answers
    const port = await listen();
    expect(await client(port, { timeoutMs: 50 }).messages.send("1065", text).catch((e: unknown) => e)).toBeInstanceOf(TimeoutError);
    expect(received).toHaveLength(1);
    expect(await client(port, { timeoutMs: 50 }).contacts.get("c1").catch((e: unknown) => e)).toBeInstanceOf(TimeoutError);
    expect(received).toHaveLength(4);
  });
});
