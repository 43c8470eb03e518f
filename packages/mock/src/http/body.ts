// Reading request bodies within limits, without Node built-ins.
import { invalidParameter } from "./errors.js";
import type { Incoming } from "./incoming.js";

/** Largest JSON body accepted (1 MB). */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Largest multipart upload accepted (16 MB). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
/** Deepest JSON nesting accepted. */
export const MAX_JSON_DEPTH = 64;

/** The media type of a Content-Type value, lower-cased, without parameters (`""` for none). */
export const mediaTypeOf = (contentType: string | null | undefined): string => (contentType ?? "").split(";")[0]!.trim().toLowerCase();

/** The media type of a request's Content-Type header. */
export const mediaType = (request: Incoming): string => mediaTypeOf(request.header("content-type"));

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
export async function readJson(request: Incoming, limit = MAX_JSON_BYTES): Promise<unknown> {
  return (await readJsonText(request, limit)).value;
}

/** {@link readJson}, with the body's text as well. */
export async function readJsonText(request: Incoming, limit = MAX_JSON_BYTES): Promise<{ text: string; value: unknown }> {
  const type = mediaType(request);
  if (type !== "application/json") {
    throw invalidParameter(`Content-Type: must be application/json${type ? `, received ${type}` : ""}`);
  }
  // A body already read comes back without a promise: no await (one microtask fewer per request).
  const read = request.bytes(limit);
  const bytes = read instanceof Uint8Array ? read : await read;
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
  return { text, value };
}

/** Reads a multipart/form-data body. */
export async function readForm(request: Incoming, limit = MAX_UPLOAD_BYTES): Promise<FormData> {
  const type = mediaType(request);
  if (type !== "multipart/form-data") {
    throw invalidParameter(`Content-Type: must be multipart/form-data${type ? `, received ${type}` : ""}`);
  }
  const bytes = await request.bytes(limit);
  try {
    return await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": request.header("content-type")! } }).formData();
  } catch {
    throw invalidParameter("body: malformed multipart/form-data");
  }
}
