// Reading request bodies within limits, without Node built-ins.
import { attachedRequestBody } from "./transport.js";
import { invalidParameter } from "./errors.js";

/** Largest JSON body accepted (1 MB). */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Largest multipart upload accepted (16 MB). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
/** Deepest JSON nesting accepted. */
export const MAX_JSON_DEPTH = 64;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The raw body, refusing anything over `limit` bytes. */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () => invalidParameter(`body: larger than the ${megabytes(limit)} limit`);
  const attached = attachedRequestBody(request);
  if (attached) {
    if (attached.byteLength > limit) throw tooLarge();
    return attached;
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (request.body === null) return new Uint8Array(0);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await request.arrayBuffer());
  } catch {
    throw invalidParameter("body: could not be read");
  }
  if (bytes.byteLength > limit) throw tooLarge();
  return bytes;
}

/** Whether `value` nests objects or arrays deeper than `max` levels (`depth`: the level of `value`). */
function depthExceeds(value: unknown, max: number, depth = 1): boolean {
  if (value === null || typeof value !== "object") return false;
  if (depth > max) return true;
  if (Array.isArray(value)) {
    for (const child of value) if (depthExceeds(child, max, depth + 1)) return true;
  } else {
    for (const key in value) if (depthExceeds((value as Record<string, unknown>)[key], max, depth + 1)) return true;
  }
  return false;
}

/** One strict decoder for every body (`decode` without `stream` starts afresh each call). */
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads and parses a JSON body: the media type must be `application/json`. */
export async function readJson(request: Request, limit = MAX_JSON_BYTES): Promise<unknown> {
  const type = mediaType(request);
  if (type !== "application/json") {
    throw invalidParameter(`Content-Type: must be application/json${type ? `, received ${type}` : ""}`);
  }
  // The node adapter's body is already here: no await (one promise fewer per request).
  const attached = attachedRequestBody(request);
  const bytes = attached && attached.byteLength <= limit ? attached : await readBytes(request, limit);
  if (bytes.byteLength === 0) throw invalidParameter("body: a JSON request body is required");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw invalidParameter("body: is not valid UTF-8");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidParameter(`body: malformed JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
  if (depthExceeds(value, MAX_JSON_DEPTH)) throw invalidParameter(`body: nested deeper than ${MAX_JSON_DEPTH} levels`);
  return value;
}

/** Reads a multipart/form-data body. */
export async function readForm(request: Request, limit = MAX_UPLOAD_BYTES): Promise<FormData> {
  const type = mediaType(request);
  if (type !== "multipart/form-data") {
    throw invalidParameter(`Content-Type: must be multipart/form-data${type ? `, received ${type}` : ""}`);
  }
  const bytes = await readBytes(request, limit);
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw invalidParameter("body: malformed multipart/form-data");
  }
}
