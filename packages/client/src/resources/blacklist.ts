import type { BlacklistAddRequest, BlacklistEntry, BlacklistPage, OkResponse, RequestOptions } from "../types.js";
import type { Call } from "./call.js";

/** `client.blacklist`: the tenant blacklist checked by `filterBlacklist` sends. */
export interface BlacklistResource {
  /**
   * One page of entries (`GET /v1/blacklist`, `blacklist:read`); pass `paging.cursors.after` as `after`.
   *
   * @example
   * ```ts
   * const page = await client.blacklist.list({ limit: 100 });
   * ```
   */
  list(page?: { limit?: number; after?: string }, options?: RequestOptions): Promise<BlacklistPage>;
  /**
   * Every entry, page after page.
   *
   * @example
   * ```ts
   * for await (const entry of client.blacklist.all()) console.log(entry.phone);
   * ```
   */
  all(options?: RequestOptions & { limit?: number }): AsyncIterable<BlacklistEntry>;
  /**
   * Adds a number; idempotent (`POST /v1/blacklist`, `blacklist:write`).
   *
   * @example
   * ```ts
   * await client.blacklist.add({ phone: "+1 650-555-1234", reason: "Asked to stop" });
   * ```
   */
  add(entry: BlacklistAddRequest, options?: RequestOptions): Promise<BlacklistEntry>;
  /**
   * The entry of one number; a `NotFoundError` when it is not blacklisted.
   *
   * @example
   * ```ts
   * const entry = await client.blacklist.get("16505551234");
   * ```
   */
  get(phone: string, options?: RequestOptions): Promise<BlacklistEntry>;
  /**
   * Removes a number; idempotent.
   *
   * @example
   * ```ts
   * await client.blacklist.remove("16505551234");
   * ```
   */
  remove(phone: string, options?: RequestOptions): Promise<OkResponse>;
}

export const blacklistResource = (call: Call): BlacklistResource => ({
  list: (page = {}, options) => call("GET", "/v1/blacklist", { params: { query: page } }, options),
  async *all({ limit, ...options } = {}) {
    let after: string | undefined;
    do {
      const page = await call<BlacklistPage>("GET", "/v1/blacklist", { params: { query: { limit, after } } }, options);
      yield* page.data;
      after = page.paging.cursors.after;
    } while (after);
  },
  add: (entry, options) => call("POST", "/v1/blacklist", { body: entry }, options, true),
  get: (phone, options) => call("GET", "/v1/blacklist/{phone}", { params: { path: { phone } } }, options),
  remove: (phone, options) => call("DELETE", "/v1/blacklist/{phone}", { params: { path: { phone } } }, options),
});
