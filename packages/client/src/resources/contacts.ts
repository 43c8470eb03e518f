import type {
  Contact,
  ContactTagAssignRequest,
  ContactTagAssignment,
  ContactUpdateRequest,
  ContactUpsertRequest,
  ContactWithTags,
  OkResponse,
  RequestOptions,
} from "../types.js";
import type { Call } from "./call.js";

/** `client.contacts`: the tenant's contacts and their tags. */
export interface ContactsResource {
  /**
   * Gets a contact with its tags (`GET /v1/contacts/{contactId}`, `contacts:read`); a
   * `NotFoundError` when it is not in this tenant.
   *
   * @example
   * ```ts
   * const contact = await client.contacts.get("cm5xy123");
   * ```
   */
  get(contactId: string, options?: RequestOptions): Promise<ContactWithTags>;
  /**
   * Looks a contact up by phone, normalization tolerant (`GET /v1/contacts/by-phone`).
   *
   * @example
   * ```ts
   * const contact = await client.contacts.getByPhone("+1 650-555-1234");
   * ```
   */
  getByPhone(phone: string, options?: RequestOptions): Promise<ContactWithTags>;
  /**
   * Creates the contact or refreshes it (`POST /v1/contacts`, idempotent on the phone, so it is
   * retried like a GET).
   *
   * @example
   * ```ts
   * const contact = await client.contacts.upsert({ phone: "16505551234", display_name: "Alice Liu" });
   * ```
   */
  upsert(contact: ContactUpsertRequest, options?: RequestOptions): Promise<Contact>;
  /**
   * Sets (string), clears (`null`) or keeps (omitted) the display name (`PATCH /v1/contacts/{contactId}`).
   *
   * @example
   * ```ts
   * await client.contacts.update("cm5xy123", { display_name: "Alice L." });
   * ```
   */
  update(contactId: string, update: ContactUpdateRequest, options?: RequestOptions): Promise<Contact>;
  /**
   * Deletes the contact and its tag assignments (`DELETE /v1/contacts/{contactId}`).
   *
   * @example
   * ```ts
   * await client.contacts.delete("cm5xy123");
   * ```
   */
  delete(contactId: string, options?: RequestOptions): Promise<OkResponse>;
  /**
   * Assigns a catalog tag (`POST /v1/contacts/{contactId}/tags`); a `ConflictError` (409, reason
   * `tag_limit_reached`) past 20 tags.
   *
   * @example
   * ```ts
   * await client.contacts.assignTag("cm5xy123", { tag_id: "cm5tag42abcdef", reason: "VIP list" });
   * ```
   */
  assignTag(contactId: string, assignment: ContactTagAssignRequest, options?: RequestOptions): Promise<ContactTagAssignment>;
  /**
   * Removes a tag; idempotent (`DELETE /v1/contacts/{contactId}/tags/{tagId}`).
   *
   * @example
   * ```ts
   * await client.contacts.removeTag("cm5xy123", "cm5tag42abcdef");
   * ```
   */
  removeTag(contactId: string, tagId: string, options?: RequestOptions): Promise<OkResponse>;
}

export const contactsResource = (call: Call): ContactsResource => ({
  get: (contactId, options) => call("GET", "/v1/contacts/{contactId}", { params: { path: { contactId } } }, options),
  getByPhone: (phone, options) => call("GET", "/v1/contacts/by-phone", { params: { query: { phone } } }, options),
  upsert: (contact, options) => call("POST", "/v1/contacts", { body: contact }, options, true),
  update: (contactId, update, options) =>
    call("PATCH", "/v1/contacts/{contactId}", { params: { path: { contactId } }, body: update }, options, true),
  delete: (contactId, options) => call("DELETE", "/v1/contacts/{contactId}", { params: { path: { contactId } } }, options),
  assignTag: (contactId, assignment, options) =>
    call("POST", "/v1/contacts/{contactId}/tags", { params: { path: { contactId } }, body: assignment }, options, true),
  removeTag: (contactId, tagId, options) =>
    call("DELETE", "/v1/contacts/{contactId}/tags/{tagId}", { params: { path: { contactId, tagId } } }, options),
});
