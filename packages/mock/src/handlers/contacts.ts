// Contacts and their tag assignments (tenant-scoped; other tenants' contacts are 404).
import { MAX_TAGS_PER_CONTACT } from "@sigfollow/client/rules";
import { type OperationHandlers, ok, type RequestContext } from "../http/context.js";
import { objectNotFound, tagLimitReached } from "../http/errors.js";
import { requirePhone } from "../http/phone.js";
import type { Contact } from "../state/store.js";
import { assignmentView, contactView } from "../views.js";

function withTags(ctx: RequestContext, contact: Contact) {
  return { ...contactView(contact), tags: ctx.store.activeAssignments(ctx.tenant, contact).map((a) => assignmentView(ctx.tenant, a)) };
}

function contactOf(ctx: RequestContext, contactId: string): Contact {
  const contact = ctx.store.contact(ctx.tenant, contactId);
  if (!contact) throw objectNotFound(contactId);
  return contact;
}

async function upsertContact(ctx: RequestContext<"upsertContact">) {
  const body = await ctx.json();
  const phone = requirePhone("phone", body.phone);
  return ok(contactView(ctx.store.upsertContact(ctx.tenant, phone, body.display_name, ctx.now).contact));
}

function getContactByPhone(ctx: RequestContext<"getContactByPhone">) {
  const phone = requirePhone("phone", ctx.params().phone);
  const contact = ctx.tenant.contactsByPhone.get(phone);
  if (!contact) throw objectNotFound(phone);
  return ok(withTags(ctx, contact));
}

function getContact(ctx: RequestContext<"getContact">) {
  return ok(withTags(ctx, contactOf(ctx, ctx.params().contactId)));
}

async function updateContact(ctx: RequestContext<"updateContact">) {
  const contact = contactOf(ctx, ctx.params().contactId);
  const body = await ctx.json();
  if (body.display_name !== undefined) ctx.store.renameContact(contact, body.display_name, ctx.now);
  return ok(contactView(contact));
}

function deleteContact(ctx: RequestContext<"deleteContact">) {
  ctx.store.deleteContact(ctx.tenant, contactOf(ctx, ctx.params().contactId));
  return ok({ ok: true as const });
}

async function assignContactTag(ctx: RequestContext<"assignContactTag">) {
  const contact = contactOf(ctx, ctx.params().contactId);
  const body = await ctx.json();
  // The body was awaited above; from here to the write nothing awaits, so 25 parallel
  // assignments cannot all see 19 tags.
  const current = contactOf(ctx, contact.id);
  const result = ctx.store.assignTag(ctx.tenant, current, body.tag_id, body.reason ?? null, ctx.now);
  if ("error" in result) {
    throw result.error === "limit" ? tagLimitReached(current.id, MAX_TAGS_PER_CONTACT) : objectNotFound(body.tag_id);
  }
  return ok(assignmentView(ctx.tenant, result.assignment));
}

function removeContactTag(ctx: RequestContext<"removeContactTag">) {
  const { contactId, tagId } = ctx.params();
  ctx.store.removeContactTag(ctx.tenant, contactId, tagId, ctx.now);
  return ok({ ok: true as const });
}

export const contactHandlers = {
  upsertContact,
  getContactByPhone,
  getContact,
  updateContact,
  deleteContact,
  assignContactTag,
  removeContactTag,
} satisfies OperationHandlers;
