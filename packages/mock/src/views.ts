// Records as the API shows them (the spec's schemas), for the handlers and the control API.
import type { components } from "@sigfollow/client";
import { iso } from "./state/clock.js";
import type { Contact, TagAssignment, TemplateRecord, Tenant } from "./state/store.js";

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

/** A tag assignment as the API shows it. */
export function assignmentView(tenant: Tenant, a: TagAssignment): Schemas["ContactTagAssignment"] {
  return { tagId: a.tagId, tagName: tenant.tags.get(a.tagId)?.name ?? a.tagId, source: a.source, reason: a.reason, createdAt: iso(a.createdAt) };
}

/** A template as the list endpoint shows it. */
export function templateView(t: TemplateRecord): Schemas["MessageTemplate"] {
  return {
    id: t.id,
    name: t.name,
    language: t.language,
    status: t.status,
    category: t.category,
    parameter_format: t.parameterFormat,
    ...(t.ttlSeconds !== undefined ? { message_send_ttl_seconds: t.ttlSeconds } : {}),
    ...(t.rejectedReason !== undefined ? { rejected_reason: t.rejectedReason } : {}),
    components: t.components,
  };
}
