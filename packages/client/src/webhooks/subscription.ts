// The GET handshake Meta sends when a callback URL is registered.
import { utf8 } from "./signature.js";

/**
 * The query of the handshake request: its `URLSearchParams`, a URL, a URL or query string, or a
 * parsed query object (`req.query` of Express, `c.req.query()` of Hono).
 *
 * @example
 * ```ts
 * const query: SubscriptionQuery = new URL(request.url).searchParams;
 * ```
 */
export type SubscriptionQuery = URLSearchParams | URL | string | Record<string, unknown>;

/** Equal strings, in a time that does not depend on where they differ. */
function safeEqual(given: string, expected: string): boolean {
  const a = utf8(given);
  const b = utf8(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Checks the subscription handshake: returns `hub.challenge` (answer it with status 200 as the
 * body) when `hub.mode` is `subscribe` and `hub.verify_token` equals `verifyToken` (compared in
 * constant time), `null` otherwise (answer 403). An empty `verifyToken` never matches.
 *
 * @example
 * ```ts
 * const challenge = verifySubscription(new URL(request.url).searchParams, process.env.WHATSAPP_VERIFY_TOKEN!);
 * return challenge === null ? new Response("Forbidden", { status: 403 }) : new Response(challenge);
 * ```
 */
export function verifySubscription(query: SubscriptionQuery, verifyToken: string): string | null {
  const params =
    query instanceof URLSearchParams
      ? query
      : query instanceof URL
        ? query.searchParams
        : typeof query === "string"
          ? new URLSearchParams(query.slice(query.indexOf("?") + 1))
          : null;
  const get = (name: string) => {
    const value = params ? params.get(name) : query[name as keyof typeof query];
    return typeof value === "string" ? value : null;
  };
  const token = get("hub.verify_token");
  const challenge = get("hub.challenge");
  const ok = get("hub.mode") === "subscribe" && !!verifyToken && token !== null && safeEqual(token, verifyToken);
  return ok && challenge ? challenge : null;
}
