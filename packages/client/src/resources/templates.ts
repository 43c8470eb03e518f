import type {
  LibraryAsset,
  MessageTemplate,
  RequestOptions,
  TemplateCreateRequest,
  TemplateCreateResponse,
  TemplateMediaUploadResponse,
  Upload,
} from "../types.js";
import { type Api, data, multipart } from "./request.js";

/**
 * `client.templates`: create and list message templates, and upload their header media.
 *
 * @example
 * ```ts
 * const templates = await client.templates.list("102290129340398");
 * ```
 */
export interface TemplatesResource {
  /**
   * Submits a template for review (`POST /v1/{wabaId}/message_templates`, scope
   * `templates:write`; operation `createTemplate`). It starts `PENDING`. Not retried after a 5xx
   * or timeout: a repeat would fail as a duplicate.
   *
   * @example
   * ```ts
   * const { id, status } = await client.templates.create("102290129340398", {
   *   name: "order_shipped", language: "en_US", category: "UTILITY",
   *   components: [{ type: "BODY", text: "Hi {{1}}, your order {{2}} has shipped.", example: { body_text: [["Alice", "ORD-90211"]] } }],
   * }); // status "PENDING"
   * ```
   */
  create(wabaId: string, template: TemplateCreateRequest, options?: RequestOptions): Promise<TemplateCreateResponse>;
  /**
   * Lists the WABA's templates, optionally only those with this exact name (`GET
   * /v1/{wabaId}/message_templates`, scope `templates:read`; operation `listTemplates`). Not
   * paginated.
   *
   * @example
   * ```ts
   * const [template] = await client.templates.list("102290129340398", { name: "order_shipped" });
   * ```
   */
  list(wabaId: string, filter?: { name?: string | undefined }, options?: RequestOptions): Promise<MessageTemplate[]>;
  /**
   * Uploads header media and returns a `header_handle` for a template's `example` (`POST
   * /v1/{wabaId}/template_media`, scope `templates:write`; operation `uploadTemplateMedia`). The
   * handle is valid for one template creation.
   *
   * @example
   * ```ts
   * const { header_handle } = await client.templates.uploadMedia("102290129340398", { file: banner, filename: "banner.jpg" });
   * ```
   */
  uploadMedia(wabaId: string, upload: Upload, options?: RequestOptions): Promise<TemplateMediaUploadResponse>;
  /**
   * Stores a file in the tenant's media library (`POST /v1/library/assets`, scope
   * `templates:write`; operation `uploadLibraryAsset`); pass its `file_id` as a create request's
   * `header_media_file_id`, for as many templates as you like.
   *
   * @example
   * ```ts
   * const { file_id } = await client.templates.uploadLibraryAsset({ file: banner, filename: "banner.jpg" });
   * ```
   */
  uploadLibraryAsset(upload: Upload, options?: RequestOptions): Promise<LibraryAsset>;
}

/**
 * Builds `client.templates` over the typed client (internal; `createSigFollowClient` calls it).
 * @example
 * ```ts
 * await templatesResource(api).list("102290129340398");
 * ```
 */
export const templatesResource = ({ client, init }: Api): TemplatesResource => ({
  create: (wabaId, template, options) =>
    data(client.POST("/v1/{wabaId}/message_templates", { params: { path: { wabaId } }, body: template, ...init(options) })),
  list: async (wabaId, filter = {}, options) =>
    (await data(client.GET("/v1/{wabaId}/message_templates", { params: { path: { wabaId }, query: filter }, ...init(options) }))).data,
  uploadMedia: (wabaId, upload, options) =>
    data(client.POST("/v1/{wabaId}/template_media", { params: { path: { wabaId } }, ...multipart(upload), ...init(options) })),
  uploadLibraryAsset: (upload, options) => data(client.POST("/v1/library/assets", { ...multipart(upload), ...init(options) })),
});
