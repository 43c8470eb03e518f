// The options of createMockGateway (and of the standalone server, which adds where to listen).
import type { HmacSha256 } from "./auth.js";
import type { MockSeed } from "./seed/schema.js";
import type { Clock, ClockMode } from "./state/clock.js";
import type { WebhookOptions } from "./webhooks/deliveries.js";

/** How created templates leave `PENDING`. */
export type TemplateReviewOption =
  | { mode: "manual" }
  | {
      mode: "auto";
      /** Delay on the mock clock (default 60 s; 0 decides at creation). */
      delaySeconds?: number | undefined;
      /** Outcome (default `APPROVED`). A Cloud API media id used as header handle is always rejected. */
      outcome?: "APPROVED" | "REJECTED" | undefined;
    };

/** Options of {@link createMockGateway}. Options given here win over the seed's. */
export interface MockGatewayOptions {
  /**
   * The starting state, restored by every reset. Validated; a bad seed throws a `SeedError` naming
   * each problem.
   * @default the demo tenant (`DEMO_SEED`)
   */
  seed?: MockSeed | undefined;
  /**
   * The origin (and optional path prefix) the handlers answer for; `"*"` answers every `…/v1/…` and
   * `…/__mock/…` request of any origin (what the standalone server uses).
   * @default "https://api.sigfollow.com" (the client's default base URL)
   */
  baseUrl?: string | undefined;
  /** The clock. @default a `MockClock` at the seed's `clock.start`, frozen unless `clockMode` says otherwise */
  clock?: Clock | undefined;
  /** Mode of the default clock. @default the seed's `clock.mode`, else `"frozen"` */
  clockMode?: ClockMode | undefined;
  /** Seed of the deterministic ids. @default the seed's `rngSeed`, else `"sigfollow"` */
  rngSeed?: number | string | undefined;
  /** Default per-key requests per second (a key's own limit wins). `null`: unlimited. @default the seed's, else unlimited */
  rateLimitPerSecond?: number | null | undefined;
  /** Template review. @default the seed's, else `{ mode: "manual" }` */
  templateReview?: TemplateReviewOption | undefined;
  /**
   * Check every response against the spec (status documented for the operation, body schema,
   * required headers); a mismatch answers 500 code 1 naming the problem. For tests of the mock.
   * @default false
   */
  validateResponses?: boolean | undefined;
  /**
   * Recorded requests kept (newest; 0 keeps none). Whatever the count, the log keeps at most
   * 16 MiB, and a body over 16 KiB is kept truncated with its size. @default 1000
   */
  requestLogLimit?: number | undefined;
  /** Recorded outbound and inbound messages kept (newest; 0 keeps none), at most 16 MiB each. @default 10000 */
  messageLogLimit?: number | undefined;
  /** Body size limits in bytes. @default { jsonBytes: 1 MB, uploadBytes: 16 MB } */
  limits?: { jsonBytes?: number | undefined; uploadBytes?: number | undefined } | undefined;
  /** Serve the control API under `/__mock`. @default true */
  controlApi?: boolean | undefined;
  /**
   * Generate API keys (the demo key included) from `crypto.getRandomValues` instead of the seeded
   * id stream, so they cannot be predicted; other ids stay deterministic. The standalone server
   * sets it off loopback.
   * @default false
   */
  randomApiKeys?: boolean | undefined;
  /**
   * A synchronous HMAC-SHA256 for hashing API keys instead of WebCrypto's `subtle.sign` (the
   * standalone server passes node:crypto's). Same hashes; only faster.
   */
  hmac?: HmacSha256 | undefined;
  /** Webhook delivery: status delays (win over the seed's), retry backoff, attempt timeout, log size. */
  webhooks?: WebhookOptions | undefined;
}
