// Templates: create, list, template media (header handles) and library assets.
import type { components } from "@sigfollow/client";
import { checkTemplateDefinition, effectiveParameterFormat, type TemplateComponentDefinition } from "@sigfollow/client/rules";
import { type OperationHandler, ok, type RequestContext } from "../http/context.js";
import { invalidParameter, objectNotFound, ruleViolation, templateExists } from "../http/errors.js";
import type { TemplateRecord } from "../state/store.js";
import { checkFileType, requireFile } from "./media.js";

type TemplateCreateRequest = components["schemas"]["TemplateCreateRequest"];
type MessageTemplate = components["schemas"]["MessageTemplate"];

/** A template as the list endpoint shows it. */
export function templateView(t: TemplateRecord): MessageTemplate {
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

const isMediaHeader = (c: TemplateComponentDefinition) => c.type === "HEADER" && c.format !== "TEXT" && c.format !== "LOCATION";

async function createTemplate(ctx: RequestContext) {
  const { wabaId } = ctx.params<{ wabaId: string }>();
  const waba = ctx.waba(wabaId);
  const request = await ctx.json<TemplateCreateRequest>();
  const [violation] = checkTemplateDefinition(request);
  if (violation) throw ruleViolation(violation);
  const components = structuredClone(request.components);
  // header_media_file_id: fork the library asset into a fresh handle, injected into the first
  // non-TEXT header.
  if (request.header_media_file_id !== undefined) {
    const asset = ctx.tenant.assets.get(request.header_media_file_id);
    if (!asset) throw objectNotFound(request.header_media_file_id);
    const header = components.find(isMediaHeader) as components["schemas"]["TemplateMediaHeaderDefinition"] | undefined;
    if (header) header.example = { header_handle: [ctx.env.ids.headerHandle(asset.mimeType)] };
  }
  // Handles from template media are good for one template creation.
  const handles: string[] = [];
  components.forEach((c, i) => {
    if (c.type !== "HEADER" || !("example" in c) || !c.example || !("header_handle" in c.example)) return;
    c.example.header_handle.forEach((handle, j) => {
      const record = ctx.store.headerHandles.get(handle);
      if (record && record.tenantId === ctx.tenant.id && record.usedBy !== null) {
        throw invalidParameter(
          `components[${i}].example.header_handle[${j}]: this handle was already used by template ${record.usedBy}; upload the file again for each template`,
        );
      }
      if (record && record.tenantId === ctx.tenant.id) handles.push(handle);
    });
  });
  if (waba.templates.has(`${request.name}\u0000${request.language}`)) throw templateExists(request.name, request.language);
  const id = ctx.env.ids.numeric("template");
  for (const handle of handles) ctx.store.headerHandles.get(handle)!.usedBy = id;
  const { review } = ctx.env;
  const template = ctx.store.addTemplate(waba, {
    id,
    name: request.name,
    language: request.language,
    category: request.category,
    status: "PENDING",
    parameterFormat: effectiveParameterFormat(request),
    ttlSeconds: request.message_send_ttl_seconds,
    rejectedReason: undefined,
    components,
    createdAt: ctx.now,
    reviewAt: review.delayMs === null ? null : ctx.now + review.delayMs,
    reviewOutcome: review.outcome,
  });
  ctx.store.settle(template, ctx.now);
  return ok({ id: template.id, status: "PENDING", category: template.category });
}

function listTemplates(ctx: RequestContext) {
  const { wabaId, name } = ctx.params<{ wabaId: string; name?: string }>();
  const waba = ctx.waba(wabaId);
  const data = ctx.store
    .templates(waba, ctx.now)
    .filter((t) => name === undefined || t.name === name)
    .map(templateView);
  return ok({ data });
}

async function uploadTemplateMedia(ctx: RequestContext) {
  const { wabaId } = ctx.params<{ wabaId: string }>();
  const waba = ctx.waba(wabaId);
  const file = requireFile(await ctx.form());
  checkFileType(ctx, file.type);
  const handle = ctx.env.ids.headerHandle(file.type);
  ctx.store.headerHandles.set(handle, { handle, tenantId: ctx.tenant.id, wabaId: waba.id, mimeType: file.type, usedBy: null });
  return ok({ header_handle: handle });
}

async function uploadLibraryAsset(ctx: RequestContext) {
  const file = requireFile(await ctx.form());
  checkFileType(ctx, file.type);
  const id = ctx.env.ids.cuid("file");
  const asset = { id, tenantId: ctx.tenant.id, filename: file.name || "upload", mimeType: file.type, fileSize: file.size, createdAt: ctx.now };
  ctx.tenant.assets.set(id, asset);
  return ok({ file_id: id, filename: asset.filename, mime_type: asset.mimeType, file_size: asset.fileSize, createdAt: new Date(ctx.now).toISOString() });
}

export const templateHandlers: Record<string, OperationHandler> = { createTemplate, listTemplates, uploadTemplateMedia, uploadLibraryAsset };
