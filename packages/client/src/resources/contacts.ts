import type {
  Contact,
  ContactTagAssignment,
  ContactTagAssignRequest,
  ContactUpdateRequest,
  ContactUpsertRequest,
  ContactWithTags,
  OkResponse,
  RequestOptions,
} from "../types.js";
import { type Api, data } from "./request.js";

/**
 * `client.contacts`: the tenant's contacts and their tags. Another tenant's contact answers
 * `NotFoundError`, never `PermissionError`.
 *
 * @example
 * ```ts
 * const contact = await client.contacts.getByPhone("+1 650-555-1234");
 * ```
 */
export interface ContactsResource {
  /**
   * Gets a contact with its tags (`GET /v1/contacts/{contactId}`, scope `contacts:read`;
   * operation `getContact`). Throws `NotFoundError` when it is not in this tenant.
   *
   * @example
   * ```ts
   * const { displayName, tags } = await client.contacts.get("cm5xy123");
   * ```
   */
  get(contactId: string, options?: RequestOptions): Promise<ContactWithTags>;
  /**
   * Looks a contact up by phone, normalized by the gateway (`GET /v1/contacts/by-phone`, scope
   * `contacts:read`; operation `getContactByPhone`).
   *
   * @example
   * ```ts
   * const contact = await client.contacts.getByPhone("+1 650-555-1234");
   * ```
   */
  getByPhone(phone: string, options?: RequestOptions): Promise<ContactWithTags>;
  /**
   * Creates the contact or refreshes it (`POST /v1/contacts`, scope `contacts:write`; operation
   * `upsertContact`). Idempotent on the phone, so it is retried like a GET.
   *
   * @example
   * ```ts
   * const contact = await client.contacts.upsert({ phone: "16505551234", display_name: "Alice Liu" });
   * ```
   */
  upsert(contact: ContactUpsertRequest, options?: RequestOptions): Promise<Contact>;
  /**
   * Sets (a string), clears (`null`) or keeps (omitted) the display name (`PATCH
   * /v1/contacts/{contactId}`, scope `contacts:write`; operation `updateContact`). Idempotent.
   *
   * @example
   * ```ts
   * await client.contacts.update("cm5xy123", { display_name: "Alice L." });
   * ```
   */
  update(contactId: string, update: ContactUpdateRequest, options?: RequestOptions): Promise<Contact>;
  /**
   * Deletes the contact and its tag assignments (`DELETE /v1/contacts/{contactId}`, scope
   * `contacts:write`; operation `deleteContact`).
   *
   * @example
   * ```ts
   * await client.contacts.delete("cm5xy123");
   * ```
   */
  delete(contactId: string, options?: RequestOptions): Promise<OkResponse>;
  /**
   * Assigns a catalog tag (`POST /v1/contacts/{contactId}/tags`, scope `contacts:write`;
   * operation `assignContactTag`). Idempotent. Past 20 tags it throws `ConflictError` (reason
   * `tag_limit_reached`).
   *
   * @example
   * ```ts
   * await client.contacts.assignTag("cm5xy123", { tag_id: "cm5tag42abcdef", reason: "Imported from Salesforce VIP list" });
   * ```
   */
  assignTag(contactId: string, assignment: ContactTagAssignRequest, options?: RequestOptions): Promise<ContactTagAssignment>;
  /**
   * Removes a tag (`DELETE /v1/contacts/{contactId}/tags/{tagId}`, scope `contacts:write`;
   * operation `removeContactTag`). Idempotent: an absent tag also succeeds.
   *
   * @example
   * ```ts
   * await client.contacts.removeTag("cm5xy123", "cm5tag42abcdef");
   * ```
   */
  removeTag(contactId: string, tagId: string, options?: RequestOptions): Promise<OkResponse>;
}

/**
 * Builds `client.contacts` over the typed client (internal; `createSigFollowClient` calls it).
 * @example
 * ```ts
 * await contactsResource(api).get("cm5xy123");
 * ```
 */
export const contactsResource = ({ client, init }: Api): ContactsResource => ({
  get: (contactId, options) => data(client.GET("/v1/contacts/{contactId}", { params: { path: { contactId } }, ...init(options) })),
  getByPhone: (phone, options) => data(client.GET("/v1/contacts/by-phone", { params: { query: { phone } }, ...init(options) })),
  upsert: (contact, options) => data(client.POST("/v1/contacts", { body: contact, ...init(options, true) })),
  update: (contactId, update, options) =>
    data(client.PATCH("/v1/contacts/{contactId}", { params: { path: { contactId } }, body: update, ...init(options, true) })),
  delete: (contactId, options) => data(client.DELETE("/v1/contacts/{contactId}", { params: { path: { contactId } }, ...init(options) })),
  assignTag: (contactId, assignment, options) =>
    data(client.POST("/v1/contacts/{contactId}/tags", { params: { path: { contactId } }, body: assignment, ...init(options, true) })),
  removeTag: (contactId, tagId, options) =>
    data(client.DELETE("/v1/contacts/{contactId}/tags/{tagId}", { params: { path: { contactId, tagId } }, ...init(options) })),
});
