// X-Hub-Signature-256: HMAC-SHA256 of the raw body, keyed with the app secret, over WebCrypto only
// (Node.js 20+, Deno, Bun, browsers, edge workers).
import type { WebhookPayload } from "./types.js";

/** @internal UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

const hmacKey = (secret: string, usage: KeyUsage) =>
  crypto.subtle.importKey("raw", utf8(secret), { name: "HMAC", hash: "SHA-256" }, false, [usage]);

/**
 * The UTF-8 bytes of `text` with every non-ASCII UTF-16 unit as `\uXXXX` and, with `graph`, `/` as
 * `\/` and `@` as `\u0040`; undefined when they would be `unless` bytes long (escaping only makes a
 * text longer, so that is when it changes nothing from a form of that size). Two linear passes, one
 * to size and one to write, with no call per character: a form costs about what hashing it does.
 */
function escapedBytes(text: string, graph: boolean, unless: number): Uint8Array<ArrayBuffer> | undefined {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    size += c > 127 || (graph && c === 64) ? 6 : graph && c === 47 ? 2 : 1;
  }
  if (size === unless) return;
  const out = new Uint8Array(size);
  for (let i = 0, n = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || (graph && c === 64)) {
      out[n++] = 92; // \uXXXX
      out[n++] = 117;
      for (let shift = 12; shift >= 0; shift -= 4) {
        const digit = (c >> shift) & 15;
        out[n++] = digit + (digit > 9 ? 87 : 48); // 0-9, a-f
      }
    } else {
      if (graph && c === 47) out[n++] = 92;
      out[n++] = c;
    }
  }
  return out;
}

/**
 * JSON text with every non-ASCII character escaped as a lowercase `\uXXXX` (UTF-16 code units, so
 * an emoji is a surrogate pair), as Meta serializes the bodies it signs.
 *
 * @example
 * ```ts
 * escapeNonAscii(JSON.stringify({ body: "Olá 👋" })); // '{"body":"Ol\\u00e1 \\ud83d\\udc4b"}'
 * ```
 */
export function escapeNonAscii(json: string): string {
  const bytes = escapedBytes(json, false, json.length);
  return bytes ? new TextDecoder().decode(bytes) : json;
}

/**
 * What {@link verifyWebhookSignature} checks.
 *
 * @example
 * ```ts
 * const input: VerifyWebhookSignatureInput = { rawBody: await request.text(), signature: request.headers.get("x-hub-signature-256"), appSecret };
 * ```
 */
export interface VerifyWebhookSignatureInput {
  /** The request body exactly as received: a string, or its bytes. Never a re-serialized object. */
  rawBody: string | Uint8Array | ArrayBuffer;
  /** The `X-Hub-Signature-256` header value (`sha256=<hex>`); missing or malformed is a `false`. */
  signature: string | null | undefined;
  /** Your app secret. */
  appSecret: string;
}

/**
 * Whether `signature` is the HMAC-SHA256 of `rawBody` under `appSecret`, compared in constant time
 * by `crypto.subtle.verify`. A missing, malformed or non-`sha256=` header is `false`, never an
 * exception.
 *
 * Meta signs a body whose non-ASCII characters are escaped as `\uXXXX`. A body that reached you
 * unescaped (a proxy or framework decoded and re-encoded it) still verifies: when the body as given
 * fails and holds non-ASCII characters, `/` or `@`, the escaped forms are tried too (non-ASCII
 * escaped; then also `/` as `\/` and `@` as `\u0040`, as Meta's older Graph webhooks escape them).
 * Each distinct form is built in a linear pass and hashed once, so a forged body costs about what a
 * valid one of the same size does.
 *
 * @example
 * ```ts
 * const rawBody = await request.text();
 * if (!(await verifyWebhookSignature({ rawBody, signature: request.headers.get("x-hub-signature-256"), appSecret }))) {
 *   return new Response("Invalid signature", { status: 401 });
 * }
 * ```
 */
export async function verifyWebhookSignature({ rawBody, signature, appSecret }: VerifyWebhookSignatureInput): Promise<boolean> {
  const hex = typeof signature === "string" ? /^sha256=([0-9a-f]{64})$/i.exec(signature.trim())?.[1] : undefined;
  if (!hex || !appSecret) return false;
  const expected = new Uint8Array(32);
  for (let i = 0; i < 32; i++) expected[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  const key = await hmacKey(appSecret, "verify");
  const bytes = typeof rawBody === "string" ? utf8(rawBody) : new Uint8Array(rawBody);
  if (await crypto.subtle.verify("HMAC", key, expected, bytes)) return true;
  const text = typeof rawBody === "string" ? rawBody : new TextDecoder().decode(bytes);
  // Each escaped form only when it differs from the form before: one HMAC pass per distinct form.
  let tried = bytes.length;
  for (const graph of [false, true]) {
    const form = escapedBytes(text, graph, tried);
    if (!form) continue;
    if (await crypto.subtle.verify("HMAC", key, expected, form)) return true;
    tried = form.length;
  }
  return false;
}

/**
 * A webhook body ready to POST, with its signature.
 *
 * @example
 * ```ts
 * const { body, headers }: SignedWebhook = await signWebhookPayload(payload, appSecret);
 * ```
 */
export interface SignedWebhook {
  /** The exact bytes to send, as a string. */
  body: string;
  /** `sha256=<lowercase hex>`. */
  signature: string;
  /** `Content-Type` and `X-Hub-Signature-256`, for `fetch`. */
  headers: { "Content-Type": string; "X-Hub-Signature-256": string };
}

/**
 * Signs a webhook the way Meta does, for tests and for a gateway that delivers webhooks: an object
 * is serialized with non-ASCII characters escaped (`\uXXXX`); a string is signed as is.
 *
 * @example
 * ```ts
 * const { body, headers } = await signWebhookPayload(payload, "app-secret");
 * const response = await fetch("http://127.0.0.1:3000/webhook", { method: "POST", body, headers });
 * ```
 */
export async function signWebhookPayload(payload: WebhookPayload | string, appSecret: string): Promise<SignedWebhook> {
  const body = typeof payload === "string" ? payload : escapeNonAscii(JSON.stringify(payload));
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(appSecret, "sign"), utf8(body)));
  const signature = `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  return { body, signature, headers: { "Content-Type": "application/json", "X-Hub-Signature-256": signature } };
}
