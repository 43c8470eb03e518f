/** A deterministic pseudo-random source: numbers in [0, 1), integers and bytes. */
export interface Rng {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** `length` random bytes. */
  bytes(length: number): Uint8Array;
}

/** String hash (cyrb53-style, 32 bits) used to derive one stream per purpose from the seed. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  return h1 >>> 0;
}

/** mulberry32: small, fast and good enough for ids that only need to look random and be stable. */
function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max) => Math.floor(next() * max),
    bytes: (length) => {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = Math.floor(next() * 256);
      return out;
    },
  };
}

/**
 * Independent deterministic streams derived from one seed, one per purpose ("contact", "wamid",
 * ...), so that e.g. an extra error response does not shift the contact ids that follow.
 */
export class RngStreams {
  private readonly streams = new Map<string, Rng>();
  constructor(private readonly seed: number | string) {}

  stream(name: string): Rng {
    let rng = this.streams.get(name);
    if (!rng) {
      rng = mulberry32(hash(`${this.seed}:${name}`));
      this.streams.set(name, rng);
    }
    return rng;
  }
}
