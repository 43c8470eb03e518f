// A private channel between the node:http adapter (src/node) and the handlers: the adapter has
// already read the body (to enforce the size limit while streaming), so it hands the bytes over
// with the Request, and the handlers hand the serialized JSON back with the Response. This skips
// two web-stream round trips per request, which dominate the cost of a request on Node 20. In
// process (MSW) and in browsers the channel is empty and real bodies are used.
const requestBodies = new WeakMap<Request, Uint8Array>();
const responseBodies = new WeakMap<Response, string>();

/** Marks a Request as coming from the node adapter, with its already-read body. */
export function attachRequestBody(request: Request, body: Uint8Array): void {
  requestBodies.set(request, body);
}

/** The body the node adapter attached, or `undefined` for a regular Request. */
export function attachedRequestBody(request: Request): Uint8Array | undefined {
  return requestBodies.get(request);
}

/** A JSON response; for the node adapter, a bodiless Response carrying the text on the side. */
export function jsonResponse(request: Request, status: number, text: string, headers: Record<string, string>): Response {
  const init = { status, headers: { "Content-Type": "application/json", ...headers } };
  if (!requestBodies.has(request)) return new Response(text, init);
  const response = new Response(null, init);
  responseBodies.set(response, text);
  return response;
}

/** The JSON text a handler attached to a Response for the node adapter. */
export function attachedResponseBody(response: Response): string | undefined {
  return responseBodies.get(response);
}
