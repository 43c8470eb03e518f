import type { Rng, RngStreams } from "./rng.js";

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function chars(rng: Rng, alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[rng.int(alphabet.length)];
  return out;
}

/** `length` characters of `alphabet` from crypto.getRandomValues (rejection sampling: no bias). */
function randomChars(alphabet: string, length: number): string {
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** Standard base64 of bytes, without Node's Buffer (the handlers also run in browsers). */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 of a UTF-8 string. */
export const base64Text = (text: string): string => base64(new TextEncoder().encode(text));

/** Decodes base64 to a UTF-8 string; `null` when it is not valid base64. */
export function fromBase64Text(value: string): string | null {
  try {
    const binary = atob(value);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Id factories, each on its own deterministic stream: the same seed and the same sequence of
 * requests give the same ids.
 */
export class Ids {
  /** @param randomKeys generate API keys from `crypto.getRandomValues` rather than the seeded stream (unpredictable keys). */
  constructor(
    private readonly rng: RngStreams,
    private readonly randomKeys = false,
  ) {}

  /** A CUID-like id (`cm` + 23 base-36 characters), as SigFollow uses for contacts, tags, files. */
  cuid(kind: string): string {
    return `cm${chars(this.rng.stream(`cuid:${kind}`), BASE36, 23)}`;
  }

  /** A numeric id such as Meta uses for templates and media (16 digits). */
  numeric(kind: string): string {
    const rng = this.rng.stream(`numeric:${kind}`);
    return `${1 + rng.int(9)}${chars(rng, "0123456789", 15)}`;
  }

  /** A WhatsApp message id: `wamid.` and base64. */
  wamid(): string {
    const bytes = this.rng.stream("wamid").bytes(30);
    return `wamid.HBg${base64(bytes).replace(/=+$/, "")}`;
  }

  /** A Meta-style resumable-upload handle, `4::<base64 mime>:<opaque>`. */
  headerHandle(mimeType: string): string {
    return `4::${base64Text(mimeType)}:ARZ${chars(this.rng.stream("handle"), BASE62, 40)}`;
  }

  /** An `fbtrace_id`. */
  trace(): string {
    return chars(this.rng.stream("trace"), BASE62, 22);
  }

  /** A plaintext API key: `sflo_test_` (or `sflo_live_`) and 32 base-62 characters. */
  apiKey(environment: "test" | "live" = "test"): string {
    return `sflo_${environment}_${this.randomKeys ? randomChars(BASE62, 32) : chars(this.rng.stream("api-key"), BASE62, 32)}`;
  }

  /** An API key record id. */
  apiKeyId(): string {
    return `key_${chars(this.rng.stream("api-key-id"), BASE36, 12)}`;
  }

  /** The HMAC secret of a gateway instance (keys are stored as HMAC-SHA256 under it). */
  secret(): Uint8Array {
    return this.rng.stream("hmac-secret").bytes(32);
  }

  /** A short id for faults, requests and inbound messages. */
  short(kind: string): string {
    return `${kind}_${chars(this.rng.stream(`short:${kind}`), BASE36, 10)}`;
  }
}
