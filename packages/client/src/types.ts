// Readable names for the generated request and response types of the spec, plus the options
// every resource method takes. Aliases only: the generated file stays the single source.
import type { components } from "./generated/openapi.js";

type S = components["schemas"];

/**
 * Any message: a union, discriminated by `type`, of the eleven message types.
 * @example
 * ```ts
 * const hello: SendMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "Hello" } };
 * ```
 */
export type SendMessageRequest = S["SendMessageRequest"];
/**
 * Response of a send: the normalized recipient and the message's WAMID.
 * @example
 * ```ts
 * const { messages: [sent] }: SendMessageResponse = await client.messages.send(phoneNumberId, hello);
 * ```
 */
export type SendMessageResponse = S["SendMessageResponse"];
/**
 * A text message.
 * @example
 * ```ts
 * const text: TextMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "text", text: { body: "See https://example.com", preview_url: true } };
 * ```
 */
export type TextMessageRequest = S["TextMessageRequest"];
/**
 * An image message, by uploaded media id or by link.
 * @example
 * ```ts
 * const image: ImageMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "image", image: { link: "https://example.com/picture.jpg", caption: "New arrivals" } };
 * ```
 */
export type ImageMessageRequest = S["ImageMessageRequest"];
/**
 * A document message.
 * @example
 * ```ts
 * const invoice: DocumentMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "document", document: { id: mediaId, filename: "invoice.pdf" } };
 * ```
 */
export type DocumentMessageRequest = S["DocumentMessageRequest"];
/**
 * A video message.
 * @example
 * ```ts
 * const video: VideoMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "video", video: { id: mediaId } };
 * ```
 */
export type VideoMessageRequest = S["VideoMessageRequest"];
/**
 * An audio message; `voice: true` sends a voice note.
 * @example
 * ```ts
 * const note: AudioMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "audio", audio: { id: mediaId, voice: true } };
 * ```
 */
export type AudioMessageRequest = S["AudioMessageRequest"];
/**
 * A sticker message.
 * @example
 * ```ts
 * const sticker: StickerMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "sticker", sticker: { id: mediaId } };
 * ```
 */
export type StickerMessageRequest = S["StickerMessageRequest"];
/**
 * A location message.
 * @example
 * ```ts
 * const pin: LocationMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "location", location: { latitude: 37.48, longitude: -122.15, name: "HQ" } };
 * ```
 */
export type LocationMessageRequest = S["LocationMessageRequest"];
/**
 * A contacts (vCard) message.
 * @example
 * ```ts
 * const card: ContactsMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "contacts", contacts: [{ name: { formatted_name: "Alice Liu" } }] };
 * ```
 */
export type ContactsMessageRequest = S["ContactsMessageRequest"];
/**
 * A reaction; an empty `emoji` removes it.
 * @example
 * ```ts
 * const like: ReactionMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "reaction", reaction: { message_id: "wamid.HBgN...", emoji: "👍" } };
 * ```
 */
export type ReactionMessageRequest = S["ReactionMessageRequest"];
/**
 * An interactive message: reply buttons, list, cta_url, flow, products or a location request.
 * @example
 * ```ts
 * const ask: InteractiveMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "interactive", interactive: {
 *   type: "button", body: { text: "Confirm?" }, action: { buttons: [{ type: "reply", reply: { id: "yes", title: "Yes" } }] },
 * } };
 * ```
 */
export type InteractiveMessageRequest = S["InteractiveMessageRequest"];
/**
 * A template message.
 * @example
 * ```ts
 * const shipped: TemplateMessageRequest = { messaging_product: "whatsapp", to: "16505551234", type: "template", template: { name: "order_shipped", language: { code: "en_US" } } };
 * ```
 */
export type TemplateMessageRequest = S["TemplateMessageRequest"];
/**
 * The `template` object of a template message: name, language and parameter values.
 * @example
 * ```ts
 * const template: TemplateObject = { name: "order_shipped", language: { code: "en_US" }, components: [{ type: "body", parameters: [{ type: "text", text: "Alice" }] }] };
 * ```
 */
export type TemplateObject = S["TemplateObject"];
/**
 * The parameter values of one template component: header, body or a button.
 * @example
 * ```ts
 * const track: TemplateSendComponent = { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "ORD-90211" }] };
 * ```
 */
export type TemplateSendComponent = S["TemplateSendComponent"];
/**
 * Reply context: the message to quote.
 * @example
 * ```ts
 * const context: MessageContext = { message_id: "wamid.HBgN..." };
 * ```
 */
export type MessageContext = S["MessageContext"];
/**
 * Response of a media upload: the media id.
 * @example
 * ```ts
 * const { id }: MediaUploadResponse = await client.media.upload(phoneNumberId, { file });
 * ```
 */
export type MediaUploadResponse = S["MediaUploadResponse"];
/**
 * A template create request.
 * @example
 * ```ts
 * const request: TemplateCreateRequest = { name: "welcome", language: "en_US", category: "MARKETING", components: [{ type: "BODY", text: "Welcome aboard!" }] };
 * ```
 */
export type TemplateCreateRequest = S["TemplateCreateRequest"];
/**
 * Response of a template create: its id, status (`PENDING`) and category.
 * @example
 * ```ts
 * const { id, status }: TemplateCreateResponse = await client.templates.create(wabaId, request);
 * ```
 */
export type TemplateCreateResponse = S["TemplateCreateResponse"];
/**
 * A template as listed.
 * @example
 * ```ts
 * const approved: MessageTemplate[] = (await client.templates.list(wabaId)).filter((t) => t.status === "APPROVED");
 * ```
 */
export type MessageTemplate = S["MessageTemplate"];
/**
 * A component of a template definition: HEADER, BODY, FOOTER or BUTTONS.
 * @example
 * ```ts
 * const footer: TemplateComponentDefinition = { type: "FOOTER", text: "Reply STOP to opt out" };
 * ```
 */
export type TemplateComponentDefinition = S["TemplateComponentDefinition"];
/**
 * A button of a template definition.
 * @example
 * ```ts
 * const track: TemplateButtonDefinition = { type: "URL", text: "Track", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] };
 * ```
 */
export type TemplateButtonDefinition = S["TemplateButtonDefinition"];
/**
 * Template category: `UTILITY`, `MARKETING` or `AUTHENTICATION`.
 * @example
 * ```ts
 * const category: TemplateCategory = "UTILITY";
 * ```
 */
export type TemplateCategory = S["TemplateCategory"];
/**
 * Template review status, e.g. `PENDING`, `APPROVED`, `REJECTED`.
 * @example
 * ```ts
 * const sendable = (status: TemplateStatus) => status === "APPROVED";
 * ```
 */
export type TemplateStatus = S["TemplateStatus"];
/**
 * Response of a template media upload: a single-use `header_handle`.
 * @example
 * ```ts
 * const { header_handle }: TemplateMediaUploadResponse = await client.templates.uploadMedia(wabaId, { file });
 * ```
 */
export type TemplateMediaUploadResponse = S["TemplateMediaUploadResponse"];
/**
 * A library asset; its `file_id` goes into `header_media_file_id`.
 * @example
 * ```ts
 * const asset: LibraryAsset = await client.templates.uploadLibraryAsset({ file, filename: "banner.jpg" });
 * ```
 */
export type LibraryAsset = S["LibraryAsset"];
/**
 * A contact, without its tags.
 * @example
 * ```ts
 * const contact: Contact = await client.contacts.upsert({ phone: "16505551234" });
 * ```
 */
export type Contact = S["Contact"];
/**
 * A contact with its active tag assignments.
 * @example
 * ```ts
 * const { tags }: ContactWithTags = await client.contacts.get("cm5xy123");
 * ```
 */
export type ContactWithTags = S["ContactWithTags"];
/**
 * Body of a contact upsert.
 * @example
 * ```ts
 * const upsert: ContactUpsertRequest = { phone: "+1 650-555-1234", display_name: "Alice Liu" };
 * ```
 */
export type ContactUpsertRequest = S["ContactUpsertRequest"];
/**
 * Body of a contact update: a string sets the display name, `null` clears it.
 * @example
 * ```ts
 * const clear: ContactUpdateRequest = { display_name: null };
 * ```
 */
export type ContactUpdateRequest = S["ContactUpdateRequest"];
/**
 * Body of a tag assignment.
 * @example
 * ```ts
 * const vip: ContactTagAssignRequest = { tag_id: "cm5tag42abcdef", reason: "Imported from Salesforce VIP list" };
 * ```
 */
export type ContactTagAssignRequest = S["ContactTagAssignRequest"];
/**
 * A tag assigned to a contact.
 * @example
 * ```ts
 * const fromApi = (tags: ContactTagAssignment[]) => tags.filter((t) => t.source === "API");
 * ```
 */
export type ContactTagAssignment = S["ContactTagAssignment"];
/**
 * A blacklisted number.
 * @example
 * ```ts
 * const entry: BlacklistEntry = await client.blacklist.get("16505551234");
 * ```
 */
export type BlacklistEntry = S["BlacklistEntry"];
/**
 * Body of a blacklist add.
 * @example
 * ```ts
 * const add: BlacklistAddRequest = { phone: "+1 650-555-1234", reason: "Asked to stop" };
 * ```
 */
export type BlacklistAddRequest = S["BlacklistAddRequest"];
/**
 * One page of blacklist entries with its cursor.
 * @example
 * ```ts
 * const page: BlacklistPage = await client.blacklist.list({ limit: 100 });
 * ```
 */
export type BlacklistPage = S["BlacklistPage"];
/**
 * `{ ok: true }`, the response of deletes and removals.
 * @example
 * ```ts
 * const { ok }: OkResponse = await client.contacts.delete("cm5xy123");
 * ```
 */
export type OkResponse = S["OkResponse"];

/**
 * Options every resource method takes as its last argument.
 *
 * @example
 * ```ts
 * const options: RequestOptions = { signal: AbortSignal.timeout(5_000), maxRetries: 0, headers: { "X-Request-Id": "r-42" } };
 * await client.contacts.get("cm5xy123", options);
 * ```
 */
export interface RequestOptions {
  /** Aborts the request and any pending retry (an `AbortedError` is thrown). */
  signal?: AbortSignal | undefined;
  /** Timeout of each attempt in milliseconds, overriding the client's; `0` disables it. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt, overriding the client's; `0` disables retrying. */
  maxRetries?: number | undefined;
  /** Extra headers for this request. */
  headers?: Record<string, string> | undefined;
}

/**
 * A file to upload: a `Blob` (or `File`) plus, optionally, its name and MIME type.
 *
 * @example
 * ```ts
 * const upload: Upload = { file: new Blob([bytes]), filename: "banner.jpg", type: "image/jpeg" };
 * ```
 */
export interface Upload {
  /** The content. */
  file: Blob;
  /** File name sent with the part; defaults to the `File`'s name, else `upload`. */
  filename?: string | undefined;
  /** MIME type of the part; defaults to the `Blob`'s type. */
  type?: string | undefined;
}
