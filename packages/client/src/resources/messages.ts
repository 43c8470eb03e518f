import type { RequestOptions, SendMessageRequest, SendMessageResponse, MediaUploadResponse, Upload } from "../types.js";
import { type Call, uploadInit } from "./call.js";

/** Options of a send. */
export interface SendOptions extends RequestOptions {
  /** Check the recipient against the tenant blacklist first (422 `recipient_blacklisted` if listed). */
  filterBlacklist?: boolean;
}

/** `client.messages`: send messages of every type. */
export interface MessagesResource {
  /**
   * Sends a message (`POST /v1/{phoneNumberId}/messages`, scope `messages:send`). Never retried
   * after a 5xx or timeout, so a message is never sent twice.
   *
   * @example
   * ```ts
   * const { messages } = await client.messages.send("106540352242922", {
   *   messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hello" },
   * }, { filterBlacklist: true });
   * ```
   */
  send(phoneNumberId: string, message: SendMessageRequest, options?: SendOptions): Promise<SendMessageResponse>;
}

/** `client.media`: upload media to reference by id in messages. */
export interface MediaResource {
  /**
   * Uploads a file (`POST /v1/{phoneNumberId}/media`, scope `messages:send`) and returns its id.
   *
   * @example
   * ```ts
   * const { id } = await client.media.upload("106540352242922", { file: new Blob([bytes], { type: "image/jpeg" }), filename: "banner.jpg" });
   * ```
   */
  upload(phoneNumberId: string, upload: Upload, options?: RequestOptions): Promise<MediaUploadResponse>;
}

export const messagesResource = (call: Call): MessagesResource => ({
  send: (phoneNumberId, message, { filterBlacklist, ...options } = {}) =>
    call("POST", "/v1/{phoneNumberId}/messages", {
      params: { path: { phoneNumberId }, query: filterBlacklist === undefined ? {} : { filter_blacklist: filterBlacklist } },
      body: message,
    }, options),
});

export const mediaResource = (call: Call): MediaResource => ({
  upload: (phoneNumberId, upload, options) => {
    const type = upload.type ?? upload.file.type;
    return call("POST", "/v1/{phoneNumberId}/media", {
      params: { path: { phoneNumberId } },
      ...uploadInit(upload, { messaging_product: "whatsapp", ...(type ? { type } : {}) }),
    }, options);
  },
});
