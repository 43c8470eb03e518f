import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";
import { type BlacklistResource, blacklistResource } from "./resources/blacklist.js";
import { type ContactsResource, contactsResource } from "./resources/contacts.js";
import { type MediaResource, mediaResource } from "./resources/media.js";
import { type MessagesResource, messagesResource } from "./resources/messages.js";
import { type Api, throwOnError } from "./resources/request.js";
import { type TemplatesResource, templatesResource } from "./resources/templates.js";
import { type Fetch, retrying, type withRetries } from "./retry.js";

const DEFAULT_BASE_URL = "https://api.sigfollow.com";

/**
 * Options of {@link createSigFollowClient}.
 *
 * @example
 * ```ts
 * const options: SigFollowClientOptions = { apiKey: process.env.SIGFOLLOW_API_KEY!, baseUrl: "https://gateway.example.com", maxRetries: 3, filterBlacklist: true };
 * ```
 */
export interface SigFollowClientOptions {
  /** A SigFollow API key (`sflo_live_...` or `sflo_test_...`). Sent only as the bearer token; never kept in errors. */
  apiKey: string;
  /**
   * Gateway origin, without `/v1` (the paths carry it); any self-hosted host works.
   * @default "https://api.sigfollow.com"
   */
  baseUrl?: string | undefined;
  /** A fetch implementation taking a `Request`; defaults to the global `fetch`, looked up at each request. */
  fetch?: Fetch | undefined;
  /**
   * Timeout of each attempt in milliseconds, response body included; `0` disables it.
   * @default 30000
   */
  timeoutMs?: number | undefined;
  /**
   * Retries after the first attempt (see the retry rule on {@link withRetries}); `0` disables retrying.
   * @default 2
   */
  maxRetries?: number | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /**
   * The default of every send's `filterBlacklist`: `true` checks each recipient against the tenant
   * blacklist first, so a listed (opted-out) number throws a `BlacklistedRecipientError` (422) and
   * nothing is sent. A send can still pass `filterBlacklist: false`.
   * @default false (the gateway's default: sends are not checked)
   */
  filterBlacklist?: boolean | undefined;
}

/**
 * The SigFollow client: one object per resource, plus the raw typed openapi-fetch client.
 *
 * @example
 * ```ts
 * const client: SigFollowClient = createSigFollowClient({ apiKey: process.env.SIGFOLLOW_API_KEY! });
 * const contact = await client.contacts.getByPhone("16505551234");
 * ```
 */
export interface SigFollowClient {
  /** Send messages. */
  messages: MessagesResource;
  /** Upload media. */
  media: MediaResource;
  /** Create and list templates; upload template media and library assets. */
  templates: TemplatesResource;
  /** Contacts and their tags. */
  contacts: ContactsResource;
  /** The tenant blacklist. */
  blacklist: BlacklistResource;
  /**
   * The typed openapi-fetch client, with the same base URL, key, timeouts and retries (idempotency
   * by HTTP method). It returns `{ data, error, response }` for error responses instead of
   * throwing; it still throws `ConnectionError`, `TimeoutError` and `AbortedError`.
   */
  raw: Client<paths>;
}

/**
 * Creates a client for the SigFollow API on top of openapi-fetch. Every method is typed from
 * the OpenAPI spec, throws a `SigFollowError` subclass on failure, retries what is safe to retry
 * (never a send that may have been processed), and honours timeouts and `AbortSignal`s. Runs on
 * `fetch` alone: Node.js 20+, Deno, Bun and browsers.
 *
 * @example
 * ```ts
 * const client = createSigFollowClient({ apiKey: process.env.SIGFOLLOW_API_KEY! });
 * const { messages } = await client.messages.send("106540352242922", {
 *   messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hello from SigFollow" },
 * });
 * ```
 */
export function createSigFollowClient(options: SigFollowClientOptions): SigFollowClient {
  const { apiKey, baseUrl = DEFAULT_BASE_URL, headers, timeoutMs, maxRetries, filterBlacklist } = options;
  if (!apiKey) throw new TypeError("createSigFollowClient: apiKey is required");
  const origin = baseUrl.replace(/\/+$/, "");
  // Checked here, where the mistake is, rather than at the first request: a scheme, a host, and
  // no /v1 (the paths carry it).
  if (!/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?(?<!\/v1)$/i.test(origin)) {
    throw new TypeError(`createSigFollowClient: baseUrl ${JSON.stringify(baseUrl)} is not a gateway origin; give an http(s) URL without /v1, e.g. "http://127.0.0.1:4010"`);
  }
  const note = options.baseUrl === undefined ? "the default, as no baseUrl was given" : undefined;
  // Looked up at each request rather than captured, so a fetch patched later (MSW, tests) is used.
  const fetch: Fetch = (request, init) => (options.fetch ?? globalThis.fetch)(request, init);
  const fetchFor = (request: { timeoutMs?: number | undefined; maxRetries?: number | undefined } = {}, idempotent?: boolean) =>
    retrying(fetch, { timeoutMs: request.timeoutMs ?? timeoutMs, maxRetries: request.maxRetries ?? maxRetries, idempotent }, note);
  const client = createClient<paths>({
    baseUrl: origin,
    headers: { ...headers, Authorization: `Bearer ${apiKey}` },
    fetch: fetchFor(),
  });
  const api: Api = {
    client,
    init: ({ signal, headers, ...request } = {}, idempotent) => ({ signal, headers, fetch: fetchFor(request, idempotent), middleware: [throwOnError] }),
  };
  return {
    messages: messagesResource(api, filterBlacklist),
    media: mediaResource(api),
    templates: templatesResource(api),
    contacts: contactsResource(api),
    blacklist: blacklistResource(api),
    raw: client,
  };
}
