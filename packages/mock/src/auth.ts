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

/** Query parameters that carry credentials (`?access_token=` as Meta's Graph API accepts it): never recorded. */
const CREDENTIAL_PARAM = /^(access_token|api_key|apikey|token|key)$/i;

/** A query string (`?a=b` or `""`) with the values of credential parameters replaced by `[redacted]`. */
export function redactQuery(search: string): string {
  if (!/token|key/i.test(search)) return search;
  const params = new URLSearchParams(search);
  let redacted = false;
  for (const name of new Set(params.keys())) {
    if (!CREDENTIAL_PARAM.test(name)) continue;
    params.set(name, "[redacted]");
    redacted = true;
  }
  return redacted ? `?${params.toString()}` : search;
}
