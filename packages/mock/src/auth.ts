// API keys are stored as an HMAC-SHA256 hash (under a per-gateway random secret) and a prefix; the
// plaintext is never kept. WebCrypto only (`globalThis.crypto`: getRandomValues for the secret,
// `subtle.sign` for the HMAC), no Node built-ins, so the same code runs under setupWorker.

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

/** Hashes API keys with HMAC-SHA256 (WebCrypto) under a random secret that lives only in memory. */
export class KeyHasher {
  private readonly subtle: SubtleCrypto;
  /** The imported secret: imported once, reused for every hash. */
  private readonly pending: Promise<CryptoKey>;
  private key: CryptoKey | undefined;

  /** @param secret The HMAC secret (its first 32 bytes); random by default. */
  constructor(secret?: Uint8Array) {
    this.subtle = subtle();
    const bytes = new Uint8Array(32);
    if (secret) bytes.set(secret.subarray(0, 32));
    else globalThis.crypto.getRandomValues(bytes);
    this.pending = this.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    this.pending.then(
      (key) => (this.key = key),
      () => undefined, // reported by the first hash()
    );
  }

  /** HMAC-SHA256 of the key. */
  async hash(plaintext: string): Promise<Uint8Array> {
    const key = this.key ?? (await this.pending);
    return new Uint8Array(await this.subtle.sign("HMAC", key, encoder.encode(plaintext)));
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
