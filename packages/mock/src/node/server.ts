// The standalone gateway over node:http. It hands each request to the same pipeline the MSW
// handlers call, without building a fetch Request or Response: the body is read only when the
// operation asks for it (after routing and auth), up to the operation's limit, and the pipeline's
// JSON answer is written as is. The control API (/__mock) is guarded here for every route: no
// CORS, no cross-origin browser requests, loopback or configured Host names only, a JSON
// Content-Type for POSTs, and a control token off loopback.
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { AddressInfo } from "node:net";
import { createMockGateway, type MockGateway, type MockGatewayOptions, pipelineOf } from "../gateway.js";
import { bearerToken } from "../auth.js";
import { mediaTypeOf } from "../http/body.js";
import {
  bodyTooLarge,
  controlForbidden,
  errorAnswer,
  type GatewayError,
  headersTooLarge,
  invalidControlToken,
  invalidParameter,
  malformedRequest,
  serverBusy,
  unknownRoute,
} from "../http/errors.js";
import { type Incoming, splitUrl } from "../http/incoming.js";
import type { Answer, Pipeline } from "../pipeline.js";
import type { SeedReport } from "../seed/apply.js";
import { isOwnPage, ownPage } from "./docs.js";
import { nodeHmac } from "./hmac.js";
import { refuseSubscriptionsToServer } from "./own-server.js";

/** Options of {@link startMockServer}: the gateway's options plus where to listen. */
export interface StartMockServerOptions extends Omit<MockGatewayOptions, "baseUrl"> {
  /** @default 4010 (0 picks a free port) */
  port?: number | undefined;
  /** @default "127.0.0.1" */
  host?: string | undefined;
  /**
   * The token the control API (`/__mock`) requires as `Authorization: Bearer <token>`. Off
   * loopback (`host` other than 127.0.0.1, ::1 or localhost) one is always required: without this
   * option a random one is generated (see {@link MockServer.controlToken}).
   * @default none on loopback
   */
  controlToken?: string | undefined;
  /**
   * Host names (without port) the control API answers besides loopback ones, e.g. a Docker
   * service name. Requests naming another Host are refused (DNS rebinding) unless they carry the
   * control token.
   */
  allowedHosts?: string[] | undefined;
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
  /** The token the control API requires (`Authorization: Bearer …`), or `null` when it needs none (loopback). */
  readonly controlToken: string | null;
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

function send(res: ServerResponse, status: number, body: string | Uint8Array, headers?: Record<string, string>, cors = true): void {
  if (res.headersSent || res.destroyed) return;
  // A body left unread (refused before or while reading it) is not drained: the connection closes.
  if (!res.req.complete) res.shouldKeepAlive = false;
  // A flat [name, value, …] list rather than an object: node:http then skips building its header
  // map, which costs about a quarter of a bare server's time per request with these eight headers.
  // The control API's answers carry no CORS headers: browsers keep them from other origins' pages.
  const list = cors ? [...CORS_LIST] : [];
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
function sendError(res: ServerResponse, error: unknown, headers?: Record<string, string>, cors = true): void {
  const { status, body, headers: own } = errorAnswer(error, trace());
  send(res, status, JSON.stringify(body), { ...own, ...headers }, cors);
}

/** Most request-body bytes the server holds at once, over all requests (uploads included): 64 MB. */
export const MAX_BODY_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/**
 * Reads a body up to `limit` bytes: 413 code 100 beyond (refused from its Content-Length when it declares
 * one), 503 when the server already holds {@link MAX_BODY_BYTES_IN_FLIGHT} of bodies. What is
 * held is released when the answer is written.
 */
function readBody(req: IncomingMessage, res: ServerResponse, budget: { bytes: number }, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return reject(bodyTooLarge(limit));
    const chunks: Buffer[] = [];
    let size = 0;
    res.once("close", () => (budget.bytes -= size));
    const stop = (error: GatewayError) => {
      req.removeAllListeners("data");
      req.pause();
      reject(error);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      budget.bytes += chunk.length;
      if (size > limit) stop(bodyTooLarge(limit));
      else if (budget.bytes > MAX_BODY_BYTES_IN_FLIGHT) stop(serverBusy());
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", () => reject(invalidParameter("body: could not be read")));
    // A client gone before the end: nothing waits on the body (or holds it) any more.
    req.on("close", () => {
      if (!req.complete) reject(invalidParameter("body: the connection closed before the body's end"));
    });
  });
}

/** An {@link Incoming} over node:http's request: the body is read (once) when the operation asks for it. */
function fromNode(req: IncomingMessage, res: ServerResponse, budget: { bytes: number }, url: string): Incoming {
  let body: Promise<Uint8Array> | undefined;
  return {
    method: req.method ?? "GET",
    url,
    header: rawHeader(req.rawHeaders),
    bytes: (limit) => (body ??= readBody(req, res, budget, limit)),
  };
}

/** A request target that needs no normalization: no dot segments, backslashes, or characters a URL parser would encode. */
const PLAIN_TARGET = /^\/[A-Za-z0-9\-_~!$&()*+,;=:@%/?]*$/;

/** An absolute-form request target: scheme, authority, and the path and query after it. */
const ABSOLUTE_FORM = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/s;

/**
 * A request's target as the server reads it. An absolute-form target (`GET http://host:port/v1/…`,
 * which RFC 9112 says servers must accept) is taken as its path and query, and its authority stands
 * for the Host header (RFC 9112 §3.2.2), in the control API's checks too. A 400 code 100 for an
 * absolute form the server does not answer: a scheme other than http(s), no host, or credentials.
 */
function requestTarget(raw: string): { target: string; authority: string | null } {
  const absolute = ABSOLUTE_FORM.exec(raw);
  if (!absolute) return { target: raw, authority: null };
  const [, scheme, authority, rest] = absolute as unknown as [string, string, string, string];
  if (!/^https?$/i.test(scheme) || authority === "" || authority.includes("@")) {
    throw malformedRequest("request target: an absolute-form target must be http:// or https:// with a host and no credentials");
  }
  return { target: rest.startsWith("/") ? rest : `/${rest}`, authority };
}

/**
 * The absolute URL of a request: the server's own origin (never the Host header, so links the
 * gateway writes, such as `paging.next`, cannot be pointed elsewhere) and its target, normalized
 * as a fetch Request would (dot segments removed, characters percent-encoded) unless it is plain
 * already. `null` when it is not a URL.
 */
function requestUrl(sent: string, origin: string): string | null {
  const target = sent.startsWith("/") ? sent : `/${sent}`;
  if (PLAIN_TARGET.test(target) && !target.includes("/.") && !/%2e/i.test(target)) return origin + target;
  try {
    return new URL(origin + target).href;
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

/** What the server checks control API requests against. */
interface ControlGuard {
  /** The control token, or `null` on loopback without one. */
  token: Buffer | null;
  /** Host names (lower-case, without port) answered without a token. */
  hosts: Set<string>;
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "::1", "[::1]"];

/** Whether a listen address or host name is loopback. */
export const isLoopback = (host: string): boolean => LOOPBACK_HOSTS.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** The host name of a Host header, lower-case, without its port. */
function hostName(host: string): string {
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.split(":")[0]!;
  return name.toLowerCase();
}

/**
 * Why a control API request is refused, or `null`: a browser request from another origin (its
 * `Origin` or `Sec-Fetch-Site`), a host (`host`: the Host header, or the authority of an
 * absolute-form target) that is neither loopback nor allowed (DNS rebinding), a missing or wrong
 * control token, a POST whose Content-Type is not JSON (a browser sends those cross-origin without
 * a preflight).
 */
function controlRefusal(req: IncomingMessage, host: string | undefined, guard: ControlGuard): GatewayError | null {
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin" && site !== "none") return controlForbidden(`Sec-Fetch-Site: ${site}: the control API does not answer other sites' pages`);
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return controlForbidden(`Origin: ${origin}: the control API does not answer other origins' pages`);
  if (guard.token) {
    const given = Buffer.from(bearerToken(req.headers.authorization ?? null) ?? "");
    if (given.length !== guard.token.length || !timingSafeEqual(given, guard.token)) return invalidControlToken();
  } else if (host !== undefined && !guard.hosts.has(hostName(host))) {
    return controlForbidden(`Host: ${host} is not a loopback or allowed host name (allowedHosts)`);
  }
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "DELETE") {
    const type = mediaTypeOf(req.headers["content-type"]);
    if (type !== "application/json") return invalidParameter(`Content-Type: control API ${req.method} requests must be application/json${type ? `, received ${type}` : ""}`);
  }
  return null;
}

/** Writes the pipeline's answer; a `drop` destroys the connection. */
function write(req: IncomingMessage, res: ServerResponse, answer: Answer, cors: boolean): void {
  if (answer === "drop") req.socket.destroy();
  else send(res, answer.status, answer.text, answer.headers, cors);
}

/** What {@link handle} needs besides the request. */
interface ServerContext {
  pipeline: Pipeline;
  origin: string;
  guard: ControlGuard;
  budget: { bytes: number };
}

async function handle(server: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pipeline, origin } = server;
  const method = req.method ?? "GET";
  const { target, authority } = requestTarget(req.url ?? "/");
  const url = requestUrl(target, origin);
  const { pathname, search } = splitUrl(url ?? origin + target);
  // The surface is decided on the target as sent and as normalized: one that dot segments move
  // (`/v1/../__mock/reset`) is neither's.
  const sent = splitUrl(origin + (target.startsWith("/") ? target : "/")).pathname;
  const surface = url === null ? null : pipeline.surface(pathname);
  const control = surface === "control" || pipeline.surface(sent) === "control";
  if (control) {
    const refusal = controlRefusal(req, authority ?? req.headers.host, server.guard);
    if (refusal) return sendError(res, refusal, undefined, false);
  }
  if (method === "OPTIONS" && !control) {
    res.writeHead(204, CORS_LIST).end();
    return;
  }
  if ((method === "GET" || method === "HEAD") && isOwnPage(pathname)) {
    // node:http leaves the body out of HEAD answers. Links name the server's own origin, never the Host header.
    const page = await ownPage(pathname, origin);
    if (page) send(res, 200, page.body, page.headers);
    else sendError(res, unknownRoute(method, pathname));
    return;
  }
  if (surface === null || surface !== pipeline.surface(sent)) {
    sendError(res, unknownRoute(method, pathname), undefined, !control);
    return;
  }
  const answer = await pipeline.handle(surface, fromNode(req, res, server.budget, url!), pathname, search);
  // Written on the event loop's next check phase rather than at once: the answers to every request
  // that arrived in the same poll go out together, so the client is woken once for them rather than
  // once per answer. On two cores under 10 connections this cut the CPU time per request by about a
  // quarter (bench/throughput.mjs), for at most one loop turn of latency.
  await nextTurn();
  write(req, res, answer, !control);
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
  const { port = 4010, host = "127.0.0.1", gateway: given, controlToken, allowedHosts = [], ...gatewayOptions } = options;
  const loopback = isLoopback(host);
  // Off loopback the generated keys (the demo key among them) come from crypto randomness, not
  // the seeded stream every process shares.
  const gateway = given ?? createMockGateway({ ...(loopback ? {} : { randomApiKeys: true }), ...gatewayOptions, hmac: gatewayOptions.hmac ?? nodeHmac, baseUrl: "*" });
  const pipeline = pipelineOf(gateway);
  if (!pipeline) throw new TypeError("startMockServer: `gateway` must be made by createMockGateway");
  const token = controlToken ?? (loopback ? null : randomBytes(24).toString("base64url"));
  if (token !== null && token.length < 16) throw new TypeError("startMockServer: `controlToken` must be at least 16 characters");
  const seedReport = await gateway.ready;
  const context: ServerContext = {
    pipeline,
    origin: "",
    guard: { token: token === null ? null : Buffer.from(token), hosts: new Set([...LOOPBACK_HOSTS, ...allowedHosts.map((h) => h.toLowerCase())]) },
    budget: { bytes: 0 },
  };
  // Timeouts for a test tool: headers within 10 s, the whole request within 30 s (a connection
  // that sent nothing yet counts as one waiting for its headers). node:http checks both only every
  // `connectionsCheckingInterval` (30 s by default, so a 10 s limit fired after up to 40 s): every
  // second here, so each fires within a second of its limit. Idle keep-alive connections (between
  // requests) live 100 s, longer than common clients keep theirs (undici 4 s, Node's agent 5 s,
  // Go 90 s), so a client never reuses a connection the server is closing.
  const server = createServer(
    { maxHeaderSize: MAX_HEADER_BYTES, connectionsCheckingInterval: TIMEOUT_CHECK_MS, headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 100_000 },
    (req, res) => {
      handle(context, req, res).catch((error: unknown) => sendError(res, error));
    },
  );
  server.on("clientError", answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  refuseSubscriptionsToServer(gateway, address);
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const origin = `http://${urlHost}:${address.port}`;
  context.origin = origin;
  let closing: Promise<void> | undefined;
  return {
    url: origin,
    port: address.port,
    host: address.address,
    gateway,
    seedReport,
    server,
    controlToken: token,
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

/** How often the server checks its connections' header and request timeouts: their precision. */
const TIMEOUT_CHECK_MS = 1_000;

/** Largest request line plus headers node:http accepts (16 KB); beyond it answers 431. */
export const MAX_HEADER_BYTES = 16 * 1024;

/**
 * Answers what node:http cannot parse with a Meta-style body instead of its bare status: 431 for
 * a request line or headers over 16 KB, 400 for a malformed request (an invalid character in the
 * path, an unknown method). A connection reset or timed out gets nothing (there is no one to answer).
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const gatewayError =
    error.code === "HPE_HEADER_OVERFLOW"
      ? headersTooLarge(MAX_HEADER_BYTES)
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT" || error.code === "ERR_HTTP_HEADERS_TIMEOUT"
        ? null
        : malformedRequest(`${error.code ?? "request"}: ${error.message}`);
  if (!gatewayError) {
    socket.destroy();
    return;
  }
  const { status, body } = errorAnswer(gatewayError, trace());
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Bad Request"}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
  // Read what the client still sends, so closing does not reset the connection before it reads the answer.
  socket.resume();
  setTimeout(() => socket.destroy(), 1_000).unref();
}
