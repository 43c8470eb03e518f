// Templates: create, list, template media (header handles) and library assets.
import type { components } from "@sigfollow/client";
import { checkTemplateDefinition, effectiveParameterFormat, type TemplateComponentDefinition } from "@sigfollow/client/rules";
import { type OperationHandlers, ok, type RequestContext } from "../http/context.js";
import { invalidParameter, objectNotFound, ruleViolation, templateExists } from "../http/errors.js";
import { headerHandles } from "../state/store.js";
import { templateView } from "../views.js";
import { checkFileType, fileName, requireFile } from "./media.js";

/** The form of the handles {@link Ids.headerHandle} issues. */
const ISSUED_HANDLE = /^4::[A-Za-z0-9+/=]+:ARZ[A-Za-z0-9]{40}$/;

const isMediaHeader = (c: TemplateComponentDefinition) => c.type === "HEADER" && c.format !== "TEXT" && c.format !== "LOCATION";

async function createTemplate(ctx: RequestContext<"createTemplate">) {
  const waba = ctx.waba(ctx.params().wabaId);
  const request = await ctx.json();
  const [violation] = checkTemplateDefinition(request);
  if (violation) throw ruleViolation(violation);
  const components = structuredClone(request.components);
  // header_media_file_id: fork the library asset into a fresh handle, injected into the first
  // non-TEXT header.
  let injected: string | undefined;
  if (request.header_media_file_id !== undefined) {
    const asset = ctx.tenant.assets.get(request.header_media_file_id);
    if (!asset) throw objectNotFound(request.header_media_file_id);
    const header = components.find(isMediaHeader) as components["schemas"]["TemplateMediaHeaderDefinition"] | undefined;
    if (header) header.example = { header_handle: [(injected = ctx.env.ids.headerHandle(asset.mimeType))] };
  }
  // Handles from template media are good for one template creation.
  const consumes: string[] = [];
  for (const { component, index, handle } of headerHandles(components)) {
    if (handle === injected) continue;
    const record = ctx.store.headerHandles.get(handle);
    // A handle in the form this gateway issues must be one it issued to this tenant: another
    // tenant's handle is as unknown here as one never issued.
    if (!record || record.tenantId !== ctx.tenant.id) {
      if (ISSUED_HANDLE.test(handle)) {
        throw invalidParameter(`components[${component}].example.header_handle[${index}]: unknown handle; upload the file with POST /v1/{wabaId}/template_media`);
      }
      continue;
    }
    if (record.usedBy !== null) {
      throw invalidParameter(
        `components[${component}].example.header_handle[${index}]: this handle was already used by template ${record.usedBy}; upload the file again for each template`,
      );
    }
    consumes.push(handle);
  }
  if (ctx.store.hasTemplate(waba, request.name, request.language)) throw templateExists(request.name, request.language);
  const { review } = ctx.env;
  const template = ctx.store.addTemplate(
    waba,
    {
      id: ctx.env.ids.numeric("template"),
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
    },
    consumes,
  );
  ctx.store.settle(template, ctx.now);
  return ok({ id: template.id, status: "PENDING" as const, category: template.category });
}

function listTemplates(ctx: RequestContext<"listTemplates">) {
  const { wabaId, name } = ctx.params();
  const waba = ctx.waba(wabaId);
  const data = ctx.store
    .templates(waba, ctx.now)
    .filter((t) => name === undefined || t.name === name)
    .map(templateView);
  return ok({ data });
}

async function uploadTemplateMedia(ctx: RequestContext<"uploadTemplateMedia">) {
  const waba = ctx.waba(ctx.params().wabaId);
  const file = requireFile(await ctx.form());
  const mimeType = checkFileType(ctx, file.type);
  const { handle } = ctx.store.addHeaderHandle({ handle: ctx.env.ids.headerHandle(mimeType), tenantId: ctx.tenant.id, wabaId: waba.id, mimeType, usedBy: null });
  return ok({ header_handle: handle });
}

async function uploadLibraryAsset(ctx: RequestContext<"uploadLibraryAsset">) {
  const file = requireFile(await ctx.form());
  const mimeType = checkFileType(ctx, file.type);
  const asset = ctx.store.addAsset({ id: ctx.env.ids.cuid("file"), tenantId: ctx.tenant.id, filename: fileName(file) ?? "upload", mimeType, fileSize: file.size, createdAt: ctx.now });
  return ok({ file_id: asset.id, filename: asset.filename, mime_type: asset.mimeType, file_size: asset.fileSize, createdAt: new Date(ctx.now).toISOString() });
}

export const templateHandlers = { createTemplate, listTemplates, uploadTemplateMedia, uploadLibraryAsset } satisfies OperationHandlers;
