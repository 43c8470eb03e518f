import type { RequestOptions, SendMessageRequest, SendMessageResponse } from "../types.js";
import { type Api, data } from "./request.js";

/**
 * Options of a send: the request options plus the blacklist check.
 *
 * @example
 * ```ts
 * const options: SendOptions = { filterBlacklist: true, timeoutMs: 10_000 };
 * ```
 */
export interface SendOptions extends RequestOptions {
  /**
   * Check the recipient against the tenant blacklist first: a listed number throws a
   * `BlacklistedRecipientError` (422) and nothing is sent. Unset (or `undefined`), the client's
   * `filterBlacklist` applies; `false` here turns the check off for this send.
   * @default the client's `filterBlacklist` (false unless set)
   */
  filterBlacklist?: boolean | undefined;
}

/**
 * `client.messages`: send WhatsApp messages of every type.
 *
 * @example
 * ```ts
 * await client.messages.send("106540352242922", { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hi" } });
 * ```
 */
export interface MessagesResource {
  /**
   * Sends a message (`POST /v1/{phoneNumberId}/messages`, scope `messages:send`; operation
   * `sendMessage`). Retried only when the gateway cannot have processed it (429, refused
   * connection, DNS failure), never after a 5xx or a timeout, so a message is never sent twice.
   *
   * @example
   * ```ts
   * const { messages } = await client.messages.send("106540352242922", {
   *   messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hello from SigFollow" },
   * }, { filterBlacklist: true });
   * console.log(messages[0]?.id); // "wamid.HBgN..."
   * ```
   */
  send(phoneNumberId: string, message: SendMessageRequest, options?: SendOptions): Promise<SendMessageResponse>;
}

/**
 * Builds `client.messages` over the typed client (internal; `createSigFollowClient` calls it), with
 * the client's default of `filterBlacklist` for sends that do not set it.
 * @example
 * ```ts
 * await messagesResource(api, true).send("106540352242922", message);
 * ```
 */
export const messagesResource = ({ client, init }: Api, filterByDefault?: boolean): MessagesResource => ({
  send: (phoneNumberId, message, { filterBlacklist = filterByDefault, ...options } = {}) =>
    data(
      client.POST("/v1/{phoneNumberId}/messages", {
        params: { path: { phoneNumberId }, query: filterBlacklist === undefined ? {} : { filter_blacklist: filterBlacklist } },
        body: message,
        ...init(options),
      }),
    ),
});
