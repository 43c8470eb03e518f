// The standalone gateway over node:http. It hands each request to the same pipeline the MSW
// handlers call, without building a fetch Request or Response: the body is read while streaming
// (refused beyond 16 MB) and the pipeline's JSON answer is written as is.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockGateway, type MockGateway, type MockGatewayOptions, pipelineOf } from "../gateway.js";
import { MAX_UPLOAD_BYTES } from "../http/body.js";
import { bodyTooLarge, errorAnswer, unknownRoute } from "../http/errors.js";
import { splitUrl, withBody } from "../http/incoming.js";
import type { Answer, Pipeline } from "../pipeline.js";
import type { SeedReport } from "../seed/apply.js";
import { isOwnPage, ownPage } from "./docs.js";
import { nodeHmac } from "./hmac.js";

/** Options of {@link startMockServer}: the gateway's options plus where to listen. */
export interface StartMockServerOptions extends Omit<MockGatewayOptions, "baseUrl"> {
  /** @default 4010 (0 picks a free port) */
  port?: number | undefined;
  /** @default "127.0.0.1" */
  host?: string | undefined;
  /**
   * Serve an existing gateway (made by `createMockGateway`) instead of creating one. Its requests
   * are answered whatever their origin; a path prefix of its `baseUrl` still applies.
   */
  gateway?: MockGateway | undefined;
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

/** fbtrace_id of the few errors the server answers itself (before the pipeline sees the request). */
const trace = () => randomUUID().replace(/-/g, "").slice(0, 22);

/** The CORS headers as `writeHead`'s flat list. */
const CORS_LIST = Object.entries(CORS).flat();

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers?: Record<string, string>): void {
  if (res.headersSent || res.destroyed) return;
  // A flat [name, value, …] list rather than an object: node:http then skips building its header
  // map, which costs about a quarter of a bare server's time per request with these eight headers.
  const list = [...CORS_LIST];
  let type = "application/json";
  if (headers) {
    for (const name in headers) {
      // Names lower-cased, so a header the answer sets replaces the default instead of being sent twice.
      const lower = name.toLowerCase();
      if (lower === "content-type") type = headers[name]!;
      else if (lower !== "content-length") list.push(lower, headers[name]!);
    }
  }
  list.push("content-type", type, "content-length", String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength));
  res.writeHead(status, list);
  res.end(body);
}

/** Answers an error the server raises itself (a GatewayError, else a 500), with a fresh trace id. */
function sendError(res: ServerResponse, error: unknown, headers?: Record<string, string>): void {
  const { status, body, headers: own } = errorAnswer(error, trace());
  send(res, status, JSON.stringify(body), { ...own, ...headers });
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

/** A request target that needs no normalization: no dot segments, backslashes, or characters a URL parser would encode. */
const PLAIN_TARGET = /^\/[A-Za-z0-9\-_~!$&()*+,;=:@%/?]*$/;

/**
 * The absolute URL of a request: its Host (so links the gateway writes, such as `paging.next`,
 * point back at it) and its target, normalized as a fetch Request would (dot segments removed,
 * characters percent-encoded) unless it is plain already. `null` when it is not a URL.
 */
function requestUrl(req: IncomingMessage, origin: string): string | null {
  const target = req.url?.startsWith("/") ? req.url : `/${req.url ?? ""}`;
  const host = req.headers.host;
  const base = host && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : origin;
  if (PLAIN_TARGET.test(target) && !target.includes("/.") && !/%2e/i.test(target)) return base + target;
  try {
    return new URL(base + target).href;
  } catch {
    return null;
  }
}

/**
 * A header's value from the raw header list: repeated names joined with ", " as fetch's Headers
 * does (node:http's `headers` keeps only the first Authorization or Content-Type, which would make
 * an ambiguous request look clean).
 */
function rawHeader(raw: string[]): (name: string) => string | null {
  return (name) => {
    let value: string | null = null;
    for (let i = 0; i < raw.length; i += 2) {
      const key = raw[i]!;
      if (key.length === name.length && key.toLowerCase() === name) value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`;
    }
    return value;
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes the pipeline's answer; a `drop` destroys the connection. */
function write(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  if (answer === "drop") req.socket.destroy();
  else send(res, answer.status, answer.text, answer.headers);
}

async function handle(pipeline: Pipeline, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? "GET";
  if (method === "OPTIONS") {
    res.writeHead(204, CORS_LIST).end();
    return;
  }
  const url = requestUrl(req, origin);
  const { pathname, search } = splitUrl(url ?? origin + (req.url ?? "/"));
  if ((method === "GET" || method === "HEAD") && isOwnPage(pathname)) {
    // node:http leaves the body out of HEAD answers.
    const page = await ownPage(pathname, url ? new URL(url).origin : origin);
    if (page) send(res, 200, page.body, page.headers);
    else sendError(res, unknownRoute(method, pathname));
    return;
  }
  const body = await readBody(req, MAX_UPLOAD_BYTES + 64 * 1024);
  if (body === null) {
    sendError(res, bodyTooLarge(MAX_UPLOAD_BYTES), { connection: "close" });
    res.on("finish", () => req.destroy());
    return;
  }
  const surface = url === null ? null : pipeline.surface(pathname);
  if (surface === null) {
    sendError(res, unknownRoute(method, pathname));
    return;
  }
  const answer = await pipeline.handle(surface, withBody(method, url!, rawHeader(req.rawHeaders), body), pathname, search);
  // Written on the event loop's next check phase rather than at once: the answers to every request
  // that arrived in the same poll go out together, so the client is woken once for them rather than
  // once per answer. On two cores under 10 connections this cut the CPU time per request by about a
  // quarter (bench/throughput.mjs), for at most one loop turn of latency.
  await nextTurn();
  write(req, res, answer);
}

/**
 * Starts the standalone mock gateway over node:http: the same request pipeline as the MSW
 * handlers, called directly. Bodies over 16 MB are refused while streaming. Answers CORS preflights.
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
  const gateway = given ?? createMockGateway({ ...gatewayOptions, hmac: gatewayOptions.hmac ?? nodeHmac, baseUrl: "*" });
  const pipeline = pipelineOf(gateway);
  if (!pipeline) throw new TypeError("startMockServer: `gateway` must be made by createMockGateway");
  const seedReport = await gateway.ready;
  let origin = "";
  const server = createServer((req, res) => {
    handle(pipeline, origin, req, res).catch((error: unknown) => sendError(res, error));
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
