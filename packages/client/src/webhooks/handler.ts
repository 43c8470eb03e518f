// One fetch-style handler for the callback URL: handshake, signature, parsing, dispatch.
import { parseWebhook } from "./parse.js";
import { verifyWebhookSignature } from "./signature.js";
import { verifySubscription } from "./subscription.js";
import type { WebhookEvent, WebhookEventKind } from "./types.js";

type Handler<K extends WebhookEventKind> = (event: Extract<WebhookEvent, { kind: K }>) => unknown;

/**
 * Options of {@link createWebhookHandler}. Handlers may be async; each event is awaited before the
 * next. They must be idempotent: Meta retries any answer other than 200 (for up to 7 days) and
 * delivers duplicates anyway, so dedupe on the WAMID (and the status, for statuses).
 *
 * @example
 * ```ts
 * const options: WebhookHandlerOptions = { appSecret, verifyToken, onStatus: (e) => db.saveStatus(e.status.id, e.status.status) };
 * ```
 */
export interface WebhookHandlerOptions {
  /** Your app secret: the key of `X-Hub-Signature-256`. */
  appSecret: string;
  /** The verify token you registered with the callback URL. Without it, every handshake is refused (403). */
  verifyToken?: string;
  /** Each inbound message; switch on `event.message.type`. */
  onMessage?: Handler<"message">;
  /** Each status of a message you sent. */
  onStatus?: Handler<"status">;
  /** Each template review status change. */
  onTemplateStatus?: Handler<"template_status">;
  /** Each template quality score change. */
  onTemplateQuality?: Handler<"template_quality">;
  /** Each template category change or notice. */
  onTemplateCategory?: Handler<"template_category">;
  /** Each user who stopped or resumed marketing messages. */
  onUserPreference?: Handler<"user_preference">;
  /** Each system-level error of a `messages` change. */
  onError?: Handler<"error">;
  /** Each change of a field the SDK does not model. */
  onUnknown?: Handler<"unknown">;
  /** Every event, before its own handler. */
  onEvent?: (event: WebhookEvent) => unknown;
  /** Called when a handler threw, and awaited, before the 500 answer (for your logs); its own errors are ignored. */
  onHandlerError?: (error: unknown, event: WebhookEvent) => void;
  /**
   * Larger bodies are refused with 413 without being read further (Meta's payloads stay under 3 MB).
   * A non-negative integer: anything else (`NaN`, `Infinity`, `-1`, `1.5`) throws a `TypeError` at creation.
   * @default 4194304 (4 MiB)
   */
  maxBodyBytes?: number;
}

const HANDLERS = {
  message: "onMessage",
  status: "onStatus",
  template_status: "onTemplateStatus",
  template_quality: "onTemplateQuality",
  template_category: "onTemplateCategory",
  error: "onError",
  user_preference: "onUserPreference",
  unknown: "onUnknown",
} as const satisfies Record<WebhookEventKind, keyof WebhookHandlerOptions>;

const answer = (status: number, body: string | null = null, headers?: Record<string, string>) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });

/** The body's bytes, or null once it exceeds `max` (then reading stops). */
async function readBody(request: Request, max: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length")) > max) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let chunk; reader && !(chunk = await reader.read()).done; ) {
    size += chunk.value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  return joined(chunks, size);
}

/** The chunks of a body, `size` bytes in all, as one array (the Node.js adapter reads its body with it too). */
export function joined(chunks: readonly Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(size);
  chunks.reduce((offset, c) => (body.set(c, offset), offset + c.byteLength), 0);
  return body;
}

/**
 * A `(request: Request) => Promise<Response>` for your callback URL, to mount as is in Hono,
 * Next.js route handlers, `Bun.serve`, `Deno.serve` and workers (`node:http`, Express and Fastify:
 * `createNodeWebhookHandler` of `@sigfollow/client/webhooks/node`). GET: the handshake, 200 with the challenge or 403. POST: 401 when the
 * signature does not verify over the raw body (no handler called), 413 over `maxBodyBytes`, 400
 * when the body is not JSON or not a WhatsApp webhook; then each event goes to its handler in
 * payload order, and the answer is 200 once they all resolved, or 500 as soon as one throws (Meta
 * then retries the whole delivery: handlers must be idempotent). Other methods: 405.
 *
 * @example
 * ```ts
 * const handle = createWebhookHandler({
 *   appSecret: process.env.WHATSAPP_APP_SECRET!,
 *   verifyToken: process.env.WHATSAPP_VERIFY_TOKEN!,
 *   onMessage: async (event) => {
 *     if (event.message.type === "text") console.log(event.contact?.profile?.name, event.message.text.body);
 *   },
 *   onStatus: (event) => console.log(event.status.id, event.status.status),
 * });
 * Bun.serve({ port: 3000, fetch: handle }); // or: export const POST = handle, GET = handle (Next.js)
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  const { appSecret, verifyToken = "", maxBodyBytes = 4 * 1024 * 1024 } = options;
  if (typeof appSecret !== "string" || !appSecret) throw new TypeError("createWebhookHandler: appSecret is required");
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 0) {
    throw new TypeError(`createWebhookHandler: maxBodyBytes must be a non-negative integer (bytes), got ${typeof maxBodyBytes} ${maxBodyBytes}`);
  }
  return async (request) => {
    if (request.method === "GET") {
      const challenge = verifySubscription(new URL(request.url).searchParams, verifyToken);
      return challenge === null ? answer(403, "Forbidden") : answer(200, challenge);
    }
    if (request.method !== "POST") return answer(405, "Method Not Allowed", { Allow: "GET, POST" });
    const rawBody = await readBody(request, maxBodyBytes);
    if (!rawBody) return answer(413, "Payload Too Large");
    const signature = request.headers.get("x-hub-signature-256");
    if (!(await verifyWebhookSignature({ rawBody, signature, appSecret }))) return answer(401, "Invalid signature");
    let events: WebhookEvent[];
    try {
      events = parseWebhook(new TextDecoder().decode(rawBody));
    } catch (error) {
      return answer(400, (error as Error).message);
    }
    for (const event of events) {
      try {
        await options.onEvent?.(event);
        await (options[HANDLERS[event.kind]] as ((e: WebhookEvent) => unknown) | undefined)?.(event);
      } catch (error) {
        try {
          await options.onHandlerError?.(error, event);
        } catch {
          // The answer is 500 all the same: a failing logger must not turn it into a rejection.
        }
        return answer(500, "Handler failed");
      }
    }
    return answer(200, "OK");
  };
}
