// A private channel between the node:http adapter (src/node) and the handlers: the adapter has
// already read the body (to enforce the size limit while streaming), so it hands the bytes over
// with the Request, and the handlers hand the serialized JSON back with the Response. This skips
// two web-stream round trips per request, which dominate the cost of a request on Node 20. In
// process (MSW) and in browsers the channel is empty and real bodies are used.
//
// The bytes ride on the objects under module-private symbols rather than in WeakMaps: a WeakMap
// entry per request and per response is an ephemeron the garbage collector must revisit, which
// showed up in profiles of the standalone server.
const REQUEST_BODY = Symbol("sigfollow.requestBody");
const RESPONSE_TEXT = Symbol("sigfollow.responseText");

type WithBody = Request & { [REQUEST_BODY]?: Uint8Array };
type WithText = Response & { [RESPONSE_TEXT]?: string };

/** Marks a Request as coming from the node adapter, with its already-read body. */
export function attachRequestBody(request: Request, body: Uint8Array): void {
  (request as WithBody)[REQUEST_BODY] = body;
}

/** The body the node adapter attached, or `undefined` for a regular Request. */
export function attachedRequestBody(request: Request): Uint8Array | undefined {
  return (request as WithBody)[REQUEST_BODY];
}

/** A JSON response; for the node adapter, a bodiless Response carrying the text on the side. */
export function jsonResponse(request: Request, status: number, text: string, headers?: Record<string, string>): Response {
  const init = { status, headers: withJsonType(headers) };
  if ((request as WithBody)[REQUEST_BODY] === undefined) return new Response(text, init);
  const response = new Response(null, init) as WithText;
  response[RESPONSE_TEXT] = text;
  return response;
}

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

/** The JSON text a handler attached to a Response for the node adapter. */
export function attachedResponseBody(response: Response): string | undefined {
  return (response as WithText)[RESPONSE_TEXT];
}
