// Readable names for the generated request and response types of the spec.
import type { components } from "./generated/openapi.js";

type S = components["schemas"];

/** Any message: a union on `type` of the eleven message types. */
export type SendMessageRequest = S["SendMessageRequest"];
/** Response of a send: the normalized recipient and the message's WAMID. */
export type SendMessageResponse = S["SendMessageResponse"];
/** A text message. */
export type TextMessageRequest = S["TextMessageRequest"];
/** An image message. */
export type ImageMessageRequest = S["ImageMessageRequest"];
/** A document message. */
export type DocumentMessageRequest = S["DocumentMessageRequest"];
/** A video message. */
export type VideoMessageRequest = S["VideoMessageRequest"];
/** An audio message. */
export type AudioMessageRequest = S["AudioMessageRequest"];
/** A sticker message. */
export type StickerMessageRequest = S["StickerMessageRequest"];
/** A location message. */
export type LocationMessageRequest = S["LocationMessageRequest"];
/** A contacts (vCard) message. */
export type ContactsMessageRequest = S["ContactsMessageRequest"];
/** A reaction. */
export type ReactionMessageRequest = S["ReactionMessageRequest"];
/** An interactive message (buttons, list, cta_url, flow, products, location request). */
export type InteractiveMessageRequest = S["InteractiveMessageRequest"];
/** A template message. */
export type TemplateMessageRequest = S["TemplateMessageRequest"];
/** The `template` object of a template message. */
export type TemplateObject = S["TemplateObject"];
/** A component of a template send (header, body or button). */
export type TemplateSendComponent = S["TemplateSendComponent"];
/** Reply context (`context.message_id`). */
export type MessageContext = S["MessageContext"];
/** Response of a media upload. */
export type MediaUploadResponse = S["MediaUploadResponse"];
/** A template create request. */
export type TemplateCreateRequest = S["TemplateCreateRequest"];
/** Response of a template create: id, status (PENDING) and category. */
export type TemplateCreateResponse = S["TemplateCreateResponse"];
/** A template as listed. */
export type MessageTemplate = S["MessageTemplate"];
/** A component of a template definition. */
export type TemplateComponentDefinition = S["TemplateComponentDefinition"];
/** A button of a template definition. */
export type TemplateButtonDefinition = S["TemplateButtonDefinition"];
/** Template category. */
export type TemplateCategory = S["TemplateCategory"];
/** Template status. */
export type TemplateStatus = S["TemplateStatus"];
/** Response of a template media upload: a single-use `header_handle`. */
export type TemplateMediaUploadResponse = S["TemplateMediaUploadResponse"];
/** A library asset (its `file_id` goes into `header_media_file_id`). */
export type LibraryAsset = S["LibraryAsset"];
/** A contact without its tags. */
export type Contact = S["Contact"];
/** A contact with its active tag assignments. */
export type ContactWithTags = S["ContactWithTags"];
/** Body of a contact upsert. */
export type ContactUpsertRequest = S["ContactUpsertRequest"];
/** Body of a contact update. */
export type ContactUpdateRequest = S["ContactUpdateRequest"];
/** Body of a tag assignment. */
export type ContactTagAssignRequest = S["ContactTagAssignRequest"];
/** A tag assigned to a contact. */
export type ContactTagAssignment = S["ContactTagAssignment"];
/** A blacklisted number. */
export type BlacklistEntry = S["BlacklistEntry"];
/** Body of a blacklist add. */
export type BlacklistAddRequest = S["BlacklistAddRequest"];
/** One page of blacklist entries. */
export type BlacklistPage = S["BlacklistPage"];
/** `{ ok: true }`. */
export type OkResponse = S["OkResponse"];

/** Options every resource method accepts. */
export interface RequestOptions {
  /** Aborts the request and any pending retry. */
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds, overriding the client's. */
  timeoutMs?: number;
  /** Retries after the first attempt, overriding the client's. */
  maxRetries?: number;
  /** Extra headers for this request. */
  headers?: Record<string, string>;
}

/** A file to upload: a Blob (or File) plus, optionally, its name and MIME type. */
export interface Upload {
  file: Blob;
  /** File name sent with the part; defaults to the File's name or `upload`. */
  filename?: string;
  /** MIME type; defaults to the Blob's type. */
  type?: string;
}
