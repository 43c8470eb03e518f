import createClient, { type Client } from "openapi-fetch";
import { errorFromResponse } from "./errors.js";
import type { paths } from "./generated/openapi.js";
import { blacklistResource, type BlacklistResource } from "./resources/blacklist.js";
import type { Call } from "./resources/call.js";
import { contactsResource, type ContactsResource } from "./resources/contacts.js";
import { mediaResource, messagesResource, type MediaResource, type MessagesResource } from "./resources/messages.js";
import { templatesResource, type TemplatesResource } from "./resources/templates.js";
import { parseRetryAfter, withRetries } from "./retry.js";

/** Options of {@link createSigFollowClient}. */
export interface SigFollowClientOptions {
  /** A SigFollow API key (`sflo_live_...` or `sflo_test_...`). Never logged nor put in errors. */
  apiKey: string;
  /**
   * Gateway origin, without `/v1`; any self-hosted host works.
   * @default "https://api.sigfollow.com"
   */
  baseUrl?: string;
  /** A fetch implementation; defaults to the global `fetch`, looked up at each request (so MSW can patch it later). */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Per-attempt timeout in milliseconds; `0` disables it.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Retries after the first attempt (429, and failures where repeating cannot duplicate a send).
   * @default 2
   */
  maxRetries?: number;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** The SigFollow client: one object per resource, plus the raw typed openapi-fetch client. */
export interface SigFollowClient {
  messages: MessagesResource;
  media: MediaResource;
  templates: TemplatesResource;
  contacts: ContactsResource;
  blacklist: BlacklistResource;
  /**
   * The typed openapi-fetch client, with the same auth, base URL, retries and timeouts. It returns
   * `{ data, error, response }` instead of throwing.
   */
  raw: Client<paths>;
}

/**
 * Creates a client for the SigFollow API. Every method is typed from the OpenAPI spec, throws a
 * `SigFollowError` subclass on failure, retries what is safe to retry, and honours timeouts and
 * `AbortSignal`s.
 *
 * @example
 * ```ts
 * const client = createSigFollowClient({ apiKey: process.env.SIGFOLLOW_API_KEY! });
 * await client.messages.send("106540352242922", {
 *   messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hello from SigFollow" },
 * });
 * ```
 */
export function createSigFollowClient(options: SigFollowClientOptions): SigFollowClient {
  const { apiKey, baseUrl = "https://api.sigfollow.com", timeoutMs = 30_000, maxRetries = 2, headers } = options;
  if (!apiKey) throw new TypeError("createSigFollowClient: apiKey is required");
  const fetchNow = (request: Request) => (options.fetch ?? globalThis.fetch)(request);
  const retrying = (idempotent: boolean, o: { signal?: AbortSignal; timeoutMs?: number; maxRetries?: number } = {}) =>
    withRetries(fetchNow, {
      idempotent,
      signal: o.signal,
      timeoutMs: o.timeoutMs ?? timeoutMs,
      maxRetries: o.maxRetries ?? maxRetries,
    });
  const raw = createClient<paths>({
    baseUrl: baseUrl.replace(/\/+$/, ""),
    headers: { ...headers, Authorization: `Bearer ${apiKey}` },
    fetch: (request) => retrying(request.method === "GET" || request.method === "DELETE")(request),
  });
  const call: Call = async (method, path, init, requestOptions = {}, idempotent = method === "GET" || method === "DELETE") => {
    const send = raw[method] as unknown as (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await send(path, {
      ...init,
      headers: requestOptions.headers,
      fetch: retrying(idempotent, requestOptions),
    });
    if (!response.ok) {
      throw errorFromResponse(response.status, error, {
        method,
        path,
        retryAfter: parseRetryAfter(response.headers.get("Retry-After")),
      });
    }
    return data as never;
  };
  return {
    messages: messagesResource(call),
    media: mediaResource(call),
    templates: templatesResource(call),
    contacts: contactsResource(call),
    blacklist: blacklistResource(call),
    raw,
  };
}
