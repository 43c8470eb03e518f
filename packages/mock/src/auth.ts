// API keys are stored as an HMAC-SHA256 hash (under a per-gateway random secret) and a prefix; the
// plaintext is never kept. No Node built-ins: the secret comes from WebCrypto's getRandomValues
// and the HMAC is computed synchronously (see sha256.ts), so this runs in browsers too.
import { HmacSha256 } from "./sha256.js";

/** How many leading characters of a key are kept in clear, to find its record. */
export const KEY_PREFIX_LENGTH = 16;

/** The part of an API key kept in clear: its first 16 characters, never more than half of it. */
export const keyPrefix = (key: string): string => key.slice(0, Math.min(KEY_PREFIX_LENGTH, Math.floor(key.length / 2)));

const encoder = new TextEncoder();

/** Hashes API keys with HMAC-SHA256 under a random secret that lives only in memory. */
export class KeyHasher {
  private readonly hmac: HmacSha256;

  constructor(secret?: Uint8Array) {
    const key = new Uint8Array(32);
    if (secret) key.set(secret.subarray(0, 32));
    else globalThis.crypto.getRandomValues(key);
    this.hmac = new HmacSha256(key);
  }

  /** HMAC-SHA256 of the key. */
  hash(plaintext: string): Uint8Array {
    return this.hmac.sign(encoder.encode(plaintext));
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
