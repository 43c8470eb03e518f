import type { MediaUploadResponse, RequestOptions, Upload } from "../types.js";
import { type Api, data, multipart } from "./request.js";

/**
 * `client.media`: upload media to reference by id in messages.
 *
 * @example
 * ```ts
 * const { id } = await client.media.upload("106540352242922", { file: jpegBlob, filename: "banner.jpg" });
 * ```
 */
export interface MediaResource {
  /**
   * Uploads a file (`POST /v1/{phoneNumberId}/media`, scope `messages:send`; operation
   * `uploadMedia`) and returns its media id, usable as `image.id`, `document.id`, etc. for 30 days.
   * Not usable as a template `header_handle` (see `templates.uploadMedia`).
   *
   * @example
   * ```ts
   * const file = new Blob([bytes], { type: "image/jpeg" });
   * const { id } = await client.media.upload("106540352242922", { file, filename: "banner.jpg" });
   * await client.messages.send("106540352242922", { messaging_product: "whatsapp", to: "16505551234", type: "image", image: { id } });
   * ```
   */
  upload(phoneNumberId: string, upload: Upload, options?: RequestOptions): Promise<MediaUploadResponse>;
}

/**
 * Builds `client.media` over the typed client (internal; `createSigFollowClient` calls it).
 * @example
 * ```ts
 * await mediaResource(api).upload("106540352242922", { file });
 * ```
 */
export const mediaResource = ({ client, init }: Api): MediaResource => ({
  upload: (phoneNumberId, upload, options) => {
    const type = upload.type ?? upload.file.type;
    return data(
      client.POST("/v1/{phoneNumberId}/media", {
        params: { path: { phoneNumberId } },
        ...multipart(upload, type ? { messaging_product: "whatsapp", type } : { messaging_product: "whatsapp" }),
        ...init(options),
      }),
    );
  },
});
