// The standalone gateway: the same MSW handlers, served over node:http with msw's getResponse.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, RequestHandler } from "msw";
import { createMockGateway, type MockGateway, type MockGatewayOptions } from "../gateway.js";
import { MAX_UPLOAD_BYTES } from "../http/body.js";
import document from "../generated/openapi.json";
import { docsPage, isDocsPath } from "./docs.js";
import { nodeHmac } from "./hmac.js";
import { notFoundBody } from "../handlers/not-found.js";
import { attachedResponseBody, attachRequestBody } from "../http/transport.js";
import type { SeedReport } from "../seed/apply.js";

/** Options of {@link startMockServer}: the gateway's options plus where to listen. */
export interface StartMockServerOptions extends Omit<MockGatewayOptions, "baseUrl"> {
  /** @default 4010 (0 picks a free port) */
  port?: number;
  /** @default "127.0.0.1" */
  host?: string;
  /** Serve an existing gateway instead of creating one (its handlers must accept any origin). */
  gateway?: MockGateway;
}

/** A running standalone gateway. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly gateway: MockGateway;
  /** The seed's API keys with their plaintexts. */
  readonly seedReport: SeedReport;
  readonly server: Server;
  /** Stops accepting connections, lets requests in flight finish (at most `graceMs`), then closes. */
  close(graceMs?: number): Promise<void>;
}

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "Authorization, Content-Type",
  "access-control-allow-methods": "GET, POST, PATCH, DELETE, OPTIONS",
  "access-control-expose-headers": "Retry-After",
};

/** fbtrace_id of the few errors the server answers itself (before the gateway sees the request). */
const trace = () => randomUUID().replace(/-/g, "").slice(0, 22);

const TOO_LARGE = () =>
  JSON.stringify({
    error: {
      message: "(#100) Invalid parameter",
      type: "OAuthException",
      code: 100,
      error_data: { messaging_product: "whatsapp", details: `body: larger than the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit` },
      fbtrace_id: trace(),
    },
  });

const NOT_FOUND = (method: string, path: string) => JSON.stringify(notFoundBody(method, path, trace()));

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  // Header names lower-cased (as fetch Headers give them), so nothing is sent twice.
  res.writeHead(status, { ...CORS, "content-type": "application/json", ...headers, "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}

/** Reads the body, stopping at `limit` bytes; `null` when it is too large. */
function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** msw's per-request clone cache (msw 2.x), if this version has it: see {@link toRequest}. */
const cloneCache = (RequestHandler as { cache?: unknown }).cache instanceof WeakMap ? (RequestHandler.cache as WeakMap<Request, Request>) : null;

/**
 * The fetch Request for a node:http request whose body was read: the body rides along on the side
 * (see http/transport.ts), so the Request itself has none. Throws on a URL or header fetch refuses.
 * Exported for bench/pipeline.mjs.
 */
export function toRequest(req: IncomingMessage, body: Uint8Array, origin: string): Request {
  const method = req.method ?? "GET";
  const rawPath = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
  // A record rather than a Headers object: the Request copies it into its own Headers anyway.
  // Repeated names are joined with ", " as Headers.append does; no prototype, so `__proto__` is a name.
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    const previous = headers[name];
    headers[name] = previous === undefined ? raw[i + 1]! : `${previous}, ${raw[i + 1]!}`;
  }
  // The Host the client used, so URLs the gateway writes (paging.next) point back at it.
  const host = req.headers.host;
  const request = new Request((host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : origin) + rawPath, { method, headers });
  attachRequestBody(request, body);
  // getResponse hands each handler a clone of the request, made only so that logging can read the
  // body later; getResponse then drops it. Our Request has no body (it rides on the side), so the
  // request can stand for its own clone, which spares a Request and an AbortSignal per request.
  cloneCache?.set(request, request);
  return request;
}

let specJson: string | undefined;

/** GET /docs (the API reference page) and GET /openapi.json (the spec it renders); node:http leaves the body out of HEAD answers. */
async function serveReference(res: ServerResponse, method: string, pathname: string): Promise<void> {
  if (pathname === "/openapi.json") {
    send(res, 200, (specJson ??= JSON.stringify(document)), { "cache-control": "no-cache" });
    return;
  }
  const page = await docsPage();
  if (page) send(res, 200, page, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
  else send(res, 404, JSON.stringify(notFoundBody(method, pathname, trace())));
}

async function handle(gateway: MockGateway, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  const rawPath = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
  if (method === "OPTIONS") {
    res.writeHead(204, CORS).end();
    return;
  }
  if (method === "GET" || method === "HEAD") {
    const pathname = rawPath.split("?")[0]!;
    if (isDocsPath(pathname) || pathname === "/openapi.json") {
      await serveReference(res, method, pathname);
      return;
    }
  }
  const body = await readBody(req, MAX_UPLOAD_BYTES + 64 * 1024);
  if (body === null) {
    send(res, 400, TOO_LARGE(), { connection: "close" });
    res.on("finish", () => req.destroy());
    return;
  }
  let request: Request;
  try {
    request = toRequest(req, body, origin);
  } catch {
    send(res, 404, NOT_FOUND(method, rawPath.split("?")[0]!));
    return;
  }
  const response = await getResponse(gateway.handlers, request);
  if (!response) {
    send(res, 404, NOT_FOUND(method, new URL(request.url).pathname));
    return;
  }
  if (response.type === "error") {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const text = attachedResponseBody(response);
  send(res, response.status, text ?? new Uint8Array(await response.arrayBuffer()), headers);
}

/**
 * Starts the standalone mock gateway over node:http: the same MSW handlers, answered with msw's
 * `getResponse`. Bodies over 16 MB are refused while streaming. Answers CORS preflights.
 *
 * @example
 * ```ts
 * import { startMockServer } from "@sigfollow/mock/node";
 * const mock = await startMockServer({ port: 0 });
 * console.log(mock.url, mock.seedReport.apiKeys[0].key);
 * await mock.close();
 * ```
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 4010, host = "127.0.0.1", gateway: given, ...gatewayOptions } = options;
  const gateway = given ?? createMockGateway({ hmac: nodeHmac, ...gatewayOptions, baseUrl: "*" });
  const seedReport = await gateway.ready;
  let origin = "";
  const server = createServer((req, res) => {
    handle(gateway, origin, req, res).catch((error: unknown) => {
      const details = error instanceof Error ? error.message : "unexpected error";
      send(
        res,
        500,
        JSON.stringify({
          error: { message: "(#1) An unknown error occurred", type: "OAuthException", code: 1, error_data: { messaging_product: "whatsapp", details }, is_transient: true, fbtrace_id: trace() },
        }),
      );
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  origin = `http://${urlHost}:${address.port}`;
  let closing: Promise<void> | undefined;
  return {
    url: origin,
    port: address.port,
    host: address.address,
    gateway,
    seedReport,
    server,
    close(graceMs = 2_000) {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
