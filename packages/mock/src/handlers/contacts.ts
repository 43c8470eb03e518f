// Contacts and their tag assignments (tenant-scoped; other tenants' contacts are 404).
import type { components } from "@sigfollow/client";
import { isValidPhone, MAX_TAGS_PER_CONTACT, normalizePhone } from "@sigfollow/client/rules";
import { type OperationHandler, ok, type RequestContext } from "../http/context.js";
import { invalidParameter, objectNotFound, tagLimitReached } from "../http/errors.js";
import { iso } from "../state/clock.js";
import { type Contact, storedDisplayName, type TagAssignment, type Tenant } from "../state/store.js";
import { PHONE_RULE } from "./shared.js";

type Schemas = components["schemas"];

/** A contact as the API shows it (without tags). */
export function contactView(contact: Contact): Schemas["Contact"] {
  return {
    id: contact.id,
    tenantId: contact.tenantId,
    phone: contact.phone,
    displayName: contact.displayName,
    firstSeenAt: iso(contact.firstSeenAt),
    lastSeenAt: iso(contact.lastSeenAt),
    createdAt: iso(contact.createdAt),
    updatedAt: iso(contact.updatedAt),
  };
}

export function assignmentView(tenant: Tenant, a: TagAssignment): Schemas["ContactTagAssignment"] {
  return { tagId: a.tagId, tagName: tenant.tags.get(a.tagId)?.name ?? a.tagId, source: a.source, reason: a.reason, createdAt: iso(a.createdAt) };
}

function withTags(ctx: RequestContext, contact: Contact): Schemas["ContactWithTags"] {
  return { ...contactView(contact), tags: ctx.store.activeAssignments(ctx.tenant, contact).map((a) => assignmentView(ctx.tenant, a)) };
}

function requirePhone(field: string, phone: string): string {
  if (!isValidPhone(phone)) throw invalidParameter(`${field}: ${PHONE_RULE}`);
  return normalizePhone(phone);
}

function contactOf(ctx: RequestContext): Contact {
  const { contactId } = ctx.params<{ contactId: string }>();
  const contact = ctx.store.contact(ctx.tenant, contactId);
  if (!contact) throw objectNotFound(contactId);
  return contact;
}

async function upsertContact(ctx: RequestContext) {
  const body = await ctx.json<Schemas["ContactUpsertRequest"]>();
  const phone = requirePhone("phone", body.phone);
  return ok(contactView(ctx.store.upsertContact(ctx.tenant, phone, body.display_name, ctx.now).contact));
}

function getContactByPhone(ctx: RequestContext) {
  const { phone } = ctx.params<{ phone: string }>();
  const contact = ctx.tenant.contactsByPhone.get(requirePhone("phone", phone));
  if (!contact) throw objectNotFound(normalizePhone(phone));
  return ok(withTags(ctx, contact));
}

function getContact(ctx: RequestContext) {
  return ok(withTags(ctx, contactOf(ctx)));
}

async function updateContact(ctx: RequestContext) {
  const contact = contactOf(ctx);
  const body = await ctx.json<Schemas["ContactUpdateRequest"]>();
  if (body.display_name !== undefined) {
    contact.displayName = body.display_name === null ? null : storedDisplayName(body.display_name);
    contact.updatedAt = ctx.now;
  }
  return ok(contactView(contact));
}

function deleteContact(ctx: RequestContext) {
  ctx.store.deleteContact(ctx.tenant, contactOf(ctx));
  return ok({ ok: true });
}

async function assignContactTag(ctx: RequestContext) {
  const contact = contactOf(ctx);
  const body = await ctx.json<Schemas["ContactTagAssignRequest"]>();
  // The body was awaited above; from here to the write nothing awaits, so 25 parallel
  // assignments cannot all see 19 tags.
  const current = ctx.store.contact(ctx.tenant, contact.id);
  if (!current) throw objectNotFound(contact.id);
  const result = ctx.store.assignTag(ctx.tenant, current, body.tag_id, body.reason ?? null, ctx.now);
  if ("error" in result) {
    throw result.error === "limit" ? tagLimitReached(current.id, MAX_TAGS_PER_CONTACT) : objectNotFound(body.tag_id);
  }
  return ok(assignmentView(ctx.tenant, result.assignment));
}

function removeContactTag(ctx: RequestContext) {
  const { contactId, tagId } = ctx.params<{ contactId: string; tagId: string }>();
  const contact = ctx.store.contact(ctx.tenant, contactId);
  if (contact?.tags.delete(tagId)) contact.updatedAt = ctx.now;
  return ok({ ok: true });
}

export const contactHandlers: Record<string, OperationHandler> = {
  upsertContact,
  getContactByPhone,
  getContact,
  updateContact,
  deleteContact,
  assignContactTag,
  removeContactTag,
};
