// The fallback for requests no operation matches: a Meta-style 404, the same body in process and
// from the standalone server (which also uses it for requests outside the handlers' paths).
import { unknownRoute } from "../http/errors.js";

/** The body of a 404 for `method path`, with its trace id. */
export function notFoundBody(method: string, path: string, fbtraceId: string): { error: Record<string, unknown> } {
  return { error: { ...unknownRoute(method, path).error, fbtrace_id: fbtraceId } };
}
