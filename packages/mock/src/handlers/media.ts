// Uploads: POST /v1/{phoneNumberId}/media, and the multipart helpers template media and library
// assets share.
import { type OperationHandlers, ok, type RequestContext } from "../http/context.js";
import { invalidParameter } from "../http/errors.js";

async function uploadMedia(ctx: RequestContext<"uploadMedia">) {
  const phone = ctx.phoneNumber(ctx.params().phoneNumberId);
  const form = await ctx.form();
  const file = requireFile(form);
  const messagingProduct = form.get("messaging_product");
  if (messagingProduct === null) throw invalidParameter("messaging_product: is required");
  if (messagingProduct !== "whatsapp") throw invalidParameter('messaging_product: must be "whatsapp"');
  const declared = form.get("type");
  const mimeType = typeof declared === "string" && declared ? declared : file.type;
  checkFileType(ctx, mimeType);
  const { id } = ctx.store.addMedia({
    id: ctx.env.ids.numeric("media"),
    tenantId: ctx.tenant.id,
    phoneNumberId: phone.id,
    mimeType,
    fileSize: file.size,
    filename: file.name || null,
    createdAt: ctx.now,
  });
  return ok({ id });
}

/** The multipart `file` part: present, a file, not empty. */
export function requireFile(form: FormData): File {
  const file = form.get("file");
  if (file === null) throw invalidParameter("file: is required");
  if (typeof file === "string") throw invalidParameter("file: must be a file part (with a filename)");
  if (file.size === 0) throw invalidParameter("file: is empty");
  return file;
}

/** The file's MIME type must be one the spec lists for the operation. */
export function checkFileType(ctx: RequestContext, mimeType: string): void {
  const allowed = ctx.operation.fileTypes;
  const bare = mimeType.split(";")[0]!.trim().toLowerCase();
  if (allowed.length && !allowed.includes(bare)) {
    throw invalidParameter(`file: unsupported type ${bare || "(none)"}; allowed: ${allowed.join(", ")}`);
  }
}

export const mediaHandlers = { uploadMedia } satisfies OperationHandlers;
