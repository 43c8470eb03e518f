// Uploads: POST /v1/{phoneNumberId}/media, and the multipart helpers template media and library
// assets share.
import { type OperationHandlers, ok, type RequestContext } from "../http/context.js";
import { invalidParameter } from "../http/errors.js";
import { mediaTypeOf } from "../http/body.js";
import { detached } from "../state/detached.js";
import { recordedName } from "../state/store.js";

async function uploadMedia(ctx: RequestContext<"uploadMedia">) {
  const phone = ctx.phoneNumber(ctx.params().phoneNumberId);
  const form = await ctx.form();
  const file = requireFile(form);
  const messagingProduct = form.get("messaging_product");
  if (messagingProduct === null) throw invalidParameter("messaging_product: is required");
  if (messagingProduct !== "whatsapp") throw invalidParameter('messaging_product: must be "whatsapp"');
  const declared = form.get("type");
  const mimeType = checkFileType(ctx, typeof declared === "string" && declared ? declared : file.type);
  const { id } = ctx.store.addMedia({
    id: ctx.env.ids.numeric("media"),
    tenantId: ctx.tenant.id,
    phoneNumberId: phone.id,
    mimeType,
    fileSize: file.size,
    filename: fileName(file),
    createdAt: ctx.now,
  });
  return ok({ id });
}

/** Longest file name an upload may give (255 characters, as most file systems allow). */
export const MAX_FILENAME_LENGTH = 255;

/** The multipart `file` part: present, a file, not empty, its name at most 255 characters. */
export function requireFile(form: FormData): File {
  const file = form.get("file");
  if (file === null) throw invalidParameter("file: is required");
  if (typeof file === "string") throw invalidParameter("file: must be a file part (with a filename)");
  if (file.size === 0) throw invalidParameter("file: is empty");
  if (file.name.length > MAX_FILENAME_LENGTH) throw invalidParameter(`file: the file name is longer than ${MAX_FILENAME_LENGTH} characters`);
  return file;
}

/** The file's name as stored (detached from the request), or `null` when it has none. */
export const fileName = (file: File): string | null => (file.name ? detached(file.name) : null);

/**
 * The file's MIME type, without parameters, as stored: one the spec lists for the operation (the
 * spec's own string), else 400 code 100.
 */
export function checkFileType(ctx: RequestContext, mimeType: string): string {
  const allowed = ctx.operation.fileTypes;
  const bare = mediaTypeOf(mimeType);
  if (!allowed.length) return detached(bare);
  const listed = allowed.find((type) => type === bare);
  if (listed === undefined) throw invalidParameter(`file: unsupported type ${bare ? recordedName(bare) : "(none)"}; allowed: ${allowed.join(", ")}`);
  return listed;
}

export const mediaHandlers = { uploadMedia } satisfies OperationHandlers;
