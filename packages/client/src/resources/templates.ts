import type {
  LibraryAsset,
  MessageTemplate,
  RequestOptions,
  TemplateCreateRequest,
  TemplateCreateResponse,
  TemplateMediaUploadResponse,
  Upload,
} from "../types.js";
import { type Call, uploadInit } from "./call.js";

/** `client.templates`: create and list message templates and upload their header media. */
export interface TemplatesResource {
  /**
   * Submits a template for review (`POST /v1/{wabaId}/message_templates`, scope `templates:write`).
   *
   * @example
   * ```ts
   * const { id, status } = await client.templates.create("102290129340398", definition); // status "PENDING"
   * ```
   */
  create(wabaId: string, template: TemplateCreateRequest, options?: RequestOptions): Promise<TemplateCreateResponse>;
  /**
   * Lists the WABA's templates, optionally only those with this exact name (`templates:read`).
   *
   * @example
   * ```ts
   * const [template] = await client.templates.list("102290129340398", { name: "order_shipped" });
   * ```
   */
  list(wabaId: string, filter?: { name?: string }, options?: RequestOptions): Promise<MessageTemplate[]>;
  /**
   * Uploads header media for a template `example.header_handle` (`POST /v1/{wabaId}/template_media`).
   * The handle is valid for one template creation.
   *
   * @example
   * ```ts
   * const { header_handle } = await client.templates.uploadMedia("102290129340398", { file: banner, filename: "banner.jpg" });
   * ```
   */
  uploadMedia(wabaId: string, upload: Upload, options?: RequestOptions): Promise<TemplateMediaUploadResponse>;
  /**
   * Stores a library asset (`POST /v1/library/assets`); pass its `file_id` as `header_media_file_id`.
   *
   * @example
   * ```ts
   * const { file_id } = await client.templates.uploadLibraryAsset({ file: banner, filename: "banner.jpg" });
   * ```
   */
  uploadLibraryAsset(upload: Upload, options?: RequestOptions): Promise<LibraryAsset>;
}

export const templatesResource = (call: Call): TemplatesResource => ({
  create: (wabaId, template, options) =>
    call("POST", "/v1/{wabaId}/message_templates", { params: { path: { wabaId } }, body: template }, options),
  list: async (wabaId, filter = {}, options) =>
    (
      await call<{ data: MessageTemplate[] }>("GET", "/v1/{wabaId}/message_templates", {
        params: { path: { wabaId }, query: filter },
      }, options)
    ).data,
  uploadMedia: (wabaId, upload, options) =>
    call("POST", "/v1/{wabaId}/template_media", { params: { path: { wabaId } }, ...uploadInit(upload) }, options),
  uploadLibraryAsset: (upload, options) => call("POST", "/v1/library/assets", uploadInit(upload), options),
});
