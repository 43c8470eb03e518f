import type { BlacklistAddRequest, BlacklistEntry, BlacklistPage, OkResponse, RequestOptions } from "../types.js";
import { type Api, data } from "./request.js";

/**
 * `client.blacklist`: the tenant blacklist that `filterBlacklist` sends are checked against.
 *
 * @example
 * ```ts
 * await client.blacklist.add({ phone: "+1 650-555-1234", reason: "Asked to stop" });
 * ```
 */
export interface BlacklistResource {
  /**
   * One page of entries, oldest first (`GET /v1/blacklist`, scope `blacklist:read`; operation
   * `listBlacklist`). Pass `paging.cursors.after` as `after` for the next page, or use `all()`.
   *
   * @example
   * ```ts
   * const { data, paging } = await client.blacklist.list({ limit: 100 });
   * const next = paging.cursors.after && (await client.blacklist.list({ limit: 100, after: paging.cursors.after }));
   * ```
   */
  list(page?: { limit?: number | undefined; after?: string | undefined }, options?: RequestOptions): Promise<BlacklistPage>;
  /**
   * Every entry, fetching page after page as you iterate.
   *
   * @example
   * ```ts
   * for await (const entry of client.blacklist.all({ limit: 100 })) console.log(entry.phone);
   * ```
   */
  all(options?: RequestOptions & { limit?: number | undefined }): AsyncIterable<BlacklistEntry>;
  /**
   * Adds a number (`POST /v1/blacklist`, scope `blacklist:write`; operation `addToBlacklist`).
   * Idempotent: a listed number returns its entry, so it is retried like a GET.
   *
   * @example
   * ```ts
   * await client.blacklist.add({ phone: "+1 650-555-1234", reason: "Asked to stop" });
   * ```
   */
  add(entry: BlacklistAddRequest, options?: RequestOptions): Promise<BlacklistEntry>;
  /**
   * The entry of one number (`GET /v1/blacklist/{phone}`, scope `blacklist:read`; operation
   * `getBlacklistEntry`). Throws `NotFoundError` when it is not listed.
   *
   * @example
   * ```ts
   * const listed = await client.blacklist.get("16505551234").then(() => true, (e) => (e instanceof NotFoundError ? false : Promise.reject(e)));
   * ```
   */
  get(phone: string, options?: RequestOptions): Promise<BlacklistEntry>;
  /**
   * Removes a number (`DELETE /v1/blacklist/{phone}`, scope `blacklist:write`; operation
   * `removeFromBlacklist`). Idempotent: an unlisted number also succeeds.
   *
   * @example
   * ```ts
   * await client.blacklist.remove("16505551234");
   * ```
   */
  remove(phone: string, options?: RequestOptions): Promise<OkResponse>;
}

/**
 * Builds `client.blacklist` over the typed client (internal; `createSigFollowClient` calls it).
 * @example
 * ```ts
 * await blacklistResource(api).get("16505551234");
 * ```
 */
export const blacklistResource = ({ client, init }: Api): BlacklistResource => {
  const list: BlacklistResource["list"] = (query, options) => data(client.GET("/v1/blacklist", { params: { query }, ...init(options) }));
  return {
    list,
    async *all({ limit, ...options } = {}) {
      let after: string | undefined;
      do {
        const page = await list({ limit, after }, options);
        yield* page.data;
        after = page.paging.cursors.after;
      } while (after);
    },
    add: (entry, options) => data(client.POST("/v1/blacklist", { body: entry, ...init(options, true) })),
    get: (phone, options) => data(client.GET("/v1/blacklist/{phone}", { params: { path: { phone } }, ...init(options) })),
    remove: (phone, options) => data(client.DELETE("/v1/blacklist/{phone}", { params: { path: { phone } }, ...init(options) })),
  };
};
