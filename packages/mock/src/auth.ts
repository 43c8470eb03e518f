// API keys are stored as an HMAC-SHA256 hash (under a per-gateway random secret) and a prefix; the
// plaintext is never kept. WebCrypto by default (`globalThis.crypto`: getRandomValues for the secret,
// `subtle.sign` for the HMAC), no Node built-ins, so the same code runs under setupWorker; the
// standalone server hands in node:crypto's HMAC (see HmacSha256).

/** How many leading characters of a key are kept in clear, to find its record. */
export const KEY_PREFIX_LENGTH = 16;

/** The part of an API key kept in clear: its first 16 characters, never more than half of it. */
export const keyPrefix = (key: string): string => key.slice(0, Math.min(KEY_PREFIX_LENGTH, Math.floor(key.length / 2)));

const encoder = new TextEncoder();

/** WebCrypto's SubtleCrypto, or a clear error where it is missing (browsers outside a secure context). */
function subtle(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) {
    throw new Error(
      "@sigfollow/mock: WebCrypto (crypto.subtle) is not available; API keys are hashed with it. In a browser, serve the page from a secure context (https:// or http://localhost).",
    );
  }
  return subtle;
}

/**
 * A synchronous HMAC-SHA256 made for one secret, for platforms that have one: the standalone
 * server passes node:crypto's, which answers in-thread where WebCrypto's `sign` is a round trip to
 * a worker thread. Same algorithm, same secret, same hashes.
 *
 * @example
 * ```ts
 * import { createHmac } from "node:crypto";
 * const hmac: HmacSha256 = (secret) => (message) => createHmac("sha256", secret).update(message).digest();
 * ```
 */
export type HmacSha256 = (secret: Uint8Array) => (message: string) => Uint8Array;

/** Hashes API keys with HMAC-SHA256 (WebCrypto unless given another) under a random secret that lives only in memory. */
export class KeyHasher {
  /** The imported secret: imported once, reused for every hash. */
  private readonly pending: Promise<CryptoKey> | undefined;
  private key: CryptoKey | undefined;
  private readonly sign: ((message: string) => Uint8Array) | undefined;

  /**
   * @param secret The HMAC secret (its first 32 bytes); random by default.
   * @param hmac A synchronous HMAC-SHA256 to use instead of WebCrypto's `subtle.sign`.
   */
  constructor(secret?: Uint8Array, hmac?: HmacSha256) {
    const bytes = new Uint8Array(32);
    if (secret) bytes.set(secret.subarray(0, 32));
    else globalThis.crypto.getRandomValues(bytes);
    if (hmac) {
      this.sign = hmac(bytes);
      return;
    }
    this.pending = subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    this.pending.then(
      (key) => (this.key = key),
      () => undefined, // reported by the first hash()
    );
  }

  /** HMAC-SHA256 of the key. */
  async hash(plaintext: string): Promise<Uint8Array> {
    if (this.sign) return this.sign(plaintext);
    const key = this.key ?? (await this.pending!);
    return new Uint8Array(await subtle().sign("HMAC", key, encoder.encode(plaintext)));
  }
}

/** Compares two hashes in time that depends only on their length. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The key of an `Authorization: Bearer <key>` header, or `null`. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match ? match[1]! : null;
}

/**
 * What a query parameter's name holds when it names a credential, once normalized: Meta's
 * `access_token`, `hub.verify_token`, `api_key`, `client_secret`, `password`, `signature`,
 * `session`... Generous on purpose: a parameter wrongly redacted costs a line of debugging, a key
 * kept in the log leaks it.
 */
const CREDENTIAL_WORD = /token|key|secret|pass|pwd|auth|credential|signature|session|cookie|bearer|jwt/;

/** A value shaped like one of the gateway's API keys (`sflo_test_…`, `sflo_live_…`), whatever its parameter. */
const API_KEY_SHAPE = /sflo_(test|live)_/i;

/**
 * Whether a query parameter's name (percent-decoded, as URLSearchParams gives it) names a
 * credential: compared NFKC-normalized, lower-cased, and without anything but ASCII letters and
 * digits, so `access_token[]`, `Access-Token\0`, `access%5Ftoken` and `hub.verify_token ` are all
 * `accesstoken`-like and match.
 */
const isCredentialName = (name: string): boolean => CREDENTIAL_WORD.test(name.normalize("NFKC").toLowerCase().replace(/[^a-z0-9]/g, ""));

/**
 * A query string (`?a=b` or `""`) with the values of credential parameters ({@link isCredentialName})
 * and names and values shaped like an API key replaced by `[redacted]`; the others as they were.
 */
export function redactQuery(search: string): string {
  if (search.length <= 1) return search;
  const kept = new URLSearchParams();
  let redacted = false;
  for (const [name, value] of new URLSearchParams(search)) {
    const keyAsName = API_KEY_SHAPE.test(name);
    const secret = keyAsName || isCredentialName(name) || API_KEY_SHAPE.test(value);
    redacted ||= secret;
    kept.append(keyAsName ? "[redacted]" : name, secret ? "[redacted]" : value);
  }
  return redacted ? `?${kept.toString()}` : search;
}
