// The pipeline's answer as a fetch Response (what the MSW handlers return).
import { HttpResponse } from "msw";
import type { Answer } from "../pipeline.js";

const JSON_HEADERS: Record<string, string> = { "Content-Type": "application/json" };

/**
 * The headers of a JSON answer: `Content-Type: application/json` unless the handler set one (in
 * any case; a record with both spellings would make fetch's Headers join the two values).
 */
function withJsonType(headers: Record<string, string> | undefined): Record<string, string> {
  if (!headers) return JSON_HEADERS;
  let any = false;
  for (const name in headers) {
    any = true;
    if (name.length === 12 && name.toLowerCase() === "content-type") return headers;
  }
  return any ? { ...JSON_HEADERS, ...headers } : JSON_HEADERS;
}

/** A JSON response. */
export function jsonResponse(status: number, text: string, headers?: Record<string, string>): Response {
  return new Response(text, { status, headers: withJsonType(headers) });
}

/** The pipeline's answer as a Response; a dropped connection is a network error. */
export function toResponse(answer: Answer): Response {
  return answer === "drop" ? HttpResponse.error() : jsonResponse(answer.status, answer.text, answer.headers);
}
