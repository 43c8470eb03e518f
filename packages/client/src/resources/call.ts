import type { RequestOptions, Upload } from "../types.js";

/** HTTP methods the resources use. */
export type Method = "GET" | "POST" | "PATCH" | "DELETE";

/**
 * Sends one operation through the client (auth, retries, timeouts) and returns its data, or
 * throws the matching `SigFollowError`. `init` is openapi-fetch's request init (params, body).
 */
export type Call = <T>(method: Method, path: string, init: object, options?: RequestOptions, idempotent?: boolean) => Promise<T>;

/** Multipart body for the upload endpoints. */
export function uploadInit(upload: Upload, fields: Record<string, string> = {}): object {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const type = upload.type ?? upload.file.type;
  const name = upload.filename ?? (upload.file as File).name ?? "upload";
  form.append("file", type && type !== upload.file.type ? new Blob([upload.file], { type }) : upload.file, name);
  return { body: {}, bodySerializer: () => form };
}
