// What every resource method shares: the typed client, the per-request init (signal, headers,
// retry policy, errors thrown) and the multipart body of the upload endpoints.
import type { Client, Middleware } from "openapi-fetch";
import { errorFromResponse } from "../errors.js";
import type { paths } from "../generated/openapi.js";
import { type Fetch, parseRetryAfter } from "../retry.js";
import type { RequestOptions, Upload } from "../types.js";

/**
 * The per-request part of an openapi-fetch call made by a resource method.
 * @example
 * ```ts
 * client.GET("/v1/contacts/{contactId}", { params: { path: { contactId } }, ...init(options) });
 * ```
 */
export interface ResourceInit {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  fetch: Fetch;
  middleware: Middleware[];
}

/**
 * What resources are built from.
 * @example
 * ```ts
 * const get = ({ client, init }: Api) => (contactId: string, options?: RequestOptions) =>
 *   data(client.GET("/v1/contacts/{contactId}", { params: { path: { contactId } }, ...init(options) }));
 * ```
 */
export interface Api {
  /** The typed openapi-fetch client (also `client.raw`). */
  client: Client<paths>;
  /**
   * The init of one call. `idempotent` marks the POST and PATCH operations the spec documents as
   * idempotent, so they are retried like a GET; unset, the HTTP method decides.
   */
  init(options?: RequestOptions, idempotent?: boolean): ResourceInit;
}

/**
 * Turns every error response into a thrown `SigFollowError`. Only resource calls use it; `raw`
 * keeps openapi-fetch's `{ error }`.
 * @example
 * ```ts
 * await client.GET("/v1/contacts/{contactId}", { params: { path: { contactId } }, middleware: [throwOnError] });
 * ```
 */
export const throwOnError: Middleware = {
  async onResponse({ request, response }) {
    if (response.ok) return;
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON (e.g. a proxy's HTML page): keep the text as the body.
    }
    throw errorFromResponse(response.status, body, {
      method: request.method,
      path: new URL(request.url).pathname,
      retryAfter: parseRetryAfter(response.headers.get("Retry-After")),
    });
  },
};

/**
 * The data of a successful call (errors were already thrown by {@link throwOnError}).
 * @example
 * ```ts
 * const contact = await data(client.GET("/v1/contacts/{contactId}", { params: { path: { contactId } }, ...init() }));
 * ```
 */
export const data = async <T>(call: Promise<{ data?: T }>): Promise<T> => (await call).data as T;

/**
 * The multipart body of an upload. The spec types the file part as a binary string, so the
 * FormData (which openapi-fetch sends as is) is cast to the body type.
 * @example
 * ```ts
 * client.POST("/v1/{wabaId}/template_media", { params: { path: { wabaId } }, ...multipart({ file }), ...init() });
 * ```
 */
export function multipart(upload: Upload, fields: Record<string, string> = {}): { body: never } {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const { file, type = file.type } = upload;
  const name = upload.filename ?? (file as Partial<File>).name ?? "upload";
  // A Blob whose type differs from the requested one is re-wrapped so the part carries the right MIME type.
  form.append("file", type === file.type ? file : new Blob([file], { type }), name);
  return { body: form as never };
}
