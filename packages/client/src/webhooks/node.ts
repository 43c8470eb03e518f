/**
 * `@sigfollow/client/webhooks/node`: {@link createWebhookHandler} for Node.js servers, as one
 * `(req, res) => Promise<void>` that mounts as is on `node:http`, as Express middleware and as a
 * Fastify handler. Its types are structural (no `@types/node` needed to import it, and no DOM lib).
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { createNodeWebhookHandler } from "@sigfollow/client/webhooks/node";
 * const handle = createNodeWebhookHandler({ appSecret, verifyToken, onMessage: (e) => console.log(e.message.type) });
 * createServer(handle).listen(3000);
 * ```
 */
import { createWebhookHandler, joined, type WebhookHandlerOptions } from "./handler.js";

export type { WebhookHandlerOptions } from "./handler.js";

/**
 * What the adapter reads of a Node.js request: `node:http`'s `IncomingMessage`, Express's `req`.
 *
 * @example
 * ```ts
 * createServer((req: NodeWebhookRequest, res: NodeWebhookResponse) => handle(req, res));
 * ```
 */
export interface NodeWebhookRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Set by a body parser: the raw bytes are used as they are (`express.raw()`); anything else means the body is gone. */
  body?: unknown;
  readonly readableEnded: boolean;
  readonly readableDidRead?: boolean;
  on(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: "end" | "close", listener: () => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  removeListener(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  resume(): unknown;
}

/**
 * What the adapter writes of a Node.js response: `node:http`'s `ServerResponse`, Express's `res`.
 *
 * @example
 * ```ts
 * app.all("/webhook", (req, res: NodeWebhookResponse) => handle(req, res));
 * ```
 */
export interface NodeWebhookResponse {
  readonly headersSent: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: string): unknown;
}

/**
 * Fastify's `request`: the Node.js request in `raw`, and the bytes a buffer content-type parser kept in `body`.
 *
 * @example
 * ```ts
 * fastify.all("/webhook", (request: FastifyLikeRequest, reply: FastifyLikeReply) => handle(request, reply));
 * ```
 */
export interface FastifyLikeRequest {
  raw: NodeWebhookRequest;
  body?: unknown;
}
/**
 * Fastify's `reply`: the adapter takes over the raw response (`reply.hijack()`) and answers on it.
 *
 * @example
 * ```ts
 * fastify.all("/webhook", (request: FastifyLikeRequest, reply: FastifyLikeReply) => handle(request, reply));
 * ```
 */
export interface FastifyLikeReply {
  raw: NodeWebhookResponse;
  hijack(): unknown;
}

/**
 * What to do when a body parser ran first: the signature covers the exact bytes Meta sent, which a
 * JSON parser throws away. The handler answers 500 with this text and logs it.
 *
 * @example
 * ```ts
 * if ((await fetch(callbackUrl, delivery)).status === 500) console.log(BODY_ALREADY_READ);
 * ```
 */
export const BODY_ALREADY_READ =
  "@sigfollow/client/webhooks/node: the request body was already read by a body parser, so its signature cannot be verified. " +
  "Mount the webhook handler before any JSON body parser, or give it the raw bytes: " +
  'in Express, app.post(path, express.raw({ type: "application/json" }), handle); ' +
  'in Fastify, a content-type parser that keeps the buffer: app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body)).';

const text = (res: NodeWebhookResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  if (!res.headersSent) res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
};

/** The body's bytes, or null once it exceeds `max` (the rest is then discarded as it arrives). */
function readBody(req: NodeWebhookRequest, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      size += bytes.byteLength;
      if (size <= max) return void chunks.push(bytes);
      req.removeListener("data", onData);
      req.resume();
      resolve(null);
    };
    req.on("data", onData);
    req.on("error", reject);
    req.on("close", () => reject(new Error("request closed before its body ended")));
    req.on("end", () => resolve(joined(chunks, size)));
  });
}

/**
 * {@link createWebhookHandler} (same options, same answers) for Node.js: reads the raw body itself
 * (at most `maxBodyBytes`, else 413), or takes the bytes `express.raw()` or a Fastify buffer parser
 * left in `body`. When a JSON body parser consumed the body first, it answers 500 and logs
 * {@link BODY_ALREADY_READ}, which says how to mount it.
 *
 * @example
 * ```ts
 * const handle = createNodeWebhookHandler({ appSecret, verifyToken, onStatus: (e) => db.saveStatus(e.status.id, e.status.status) });
 * createServer(handle).listen(3000); // node:http
 * app.all("/webhook", handle); // Express, before express.json() (or after express.raw({ type: "application/json" }))
 * fastify.all("/webhook", handle); // Fastify, with a content-type parser that keeps the buffer (see the README)
 * ```
 */
export function createNodeWebhookHandler(options: WebhookHandlerOptions): {
  (req: NodeWebhookRequest, res: NodeWebhookResponse): Promise<void>;
  (request: FastifyLikeRequest, reply: FastifyLikeReply): Promise<void>;
} {
  const handle = createWebhookHandler(options);
  const max = options.maxBodyBytes ?? 4 * 1024 * 1024;
  return async (request: NodeWebhookRequest | FastifyLikeRequest, reply: NodeWebhookResponse | FastifyLikeReply) => {
    const fastify = "raw" in request && "hijack" in reply;
    const req = "raw" in request ? request.raw : request;
    const res = "raw" in reply ? reply.raw : reply;
    if (fastify) (reply as FastifyLikeReply).hijack();
    try {
      let body: Uint8Array<ArrayBuffer> | undefined;
      if (req.method === "POST") {
        const given = request.body;
        if (given instanceof Uint8Array) body = new Uint8Array(given);
        else if (req.readableEnded || req.readableDidRead) {
          console.error(BODY_ALREADY_READ);
          return text(res, 500, BODY_ALREADY_READ);
        } else {
          const read = Number(req.headers["content-length"]) > max ? null : await readBody(req, max);
          if (!read) return text(res, 413, "Payload Too Large", { Connection: "close" });
          body = read;
        }
      }
      const signature = req.headers["x-hub-signature-256"];
      const response = await handle(
        new Request(new URL(req.url ?? "/", "http://localhost"), {
          method: req.method ?? "GET",
          headers: typeof signature === "string" ? { "x-hub-signature-256": signature } : {},
          ...(body && { body }),
        }),
      );
      text(res, response.status, await response.text(), Object.fromEntries(response.headers));
    } catch (error) {
      console.error(error);
      text(res, 500, "Internal Server Error");
    }
  };
}
