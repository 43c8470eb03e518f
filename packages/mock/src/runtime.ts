// The gateway's state as one object: the store and clock of the current seed, the request log,
// the faults and the key hasher. The pipeline answers requests over it, the control operations
// change it; neither knows the other, and only the store writes business state.
import { KeyHasher } from "./auth.js";
import { FaultRegistry, type Fault } from "./faults.js";
import { MAX_JSON_BYTES, MAX_UPLOAD_BYTES } from "./http/body.js";
import { type GatewayEnv, type RecordedBody, recordedBodySize } from "./http/context.js";
import type { MockGatewayOptions } from "./options.js";
import { applySeed, DEFAULT_CLOCK_START, type SeedReport, storeApiKeys } from "./seed/apply.js";
import type { ParsedSeed } from "./seed/schema.js";
import { type Clock, MockClock } from "./state/clock.js";
import { Ids } from "./state/ids.js";
import { RngStreams } from "./state/rng.js";
import { RingLog, Store } from "./state/store.js";
import { WebhookDeliveries, type WebhookTransport } from "./webhooks/deliveries.js";

/** One API request as the gateway saw it. */
export interface RecordedRequest {
  id: string;
  /** Mock-clock time of arrival. */
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** The matched operation, or `null` for an unknown route. */
  operationId: string | null;
  status: number;
  /** `error.code` of an error answer. */
  errorCode: number | null;
  tenantId: string | null;
  apiKeyId: string | null;
  /**
   * The parsed body (multipart files summarized), when the handler read it; a body (or multipart
   * field) over 16 KiB is `{ truncated: true, bytes, preview }` (its UTF-8 size and first 1,024 characters).
   */
  body: unknown;
  /** The injected fault that answered, if any. */
  fault: Fault["kind"] | null;
}

/** A recorded request as kept in memory: time as a number, query and body as text, shaped when read. */
export type RawRecord = Omit<RecordedRequest, "at" | "query" | "body"> & { at: number; query: string; body: RecordedBody };

/** What one seed produced: the live state, replaced as a whole by a reset. */
export interface State {
  env: GatewayEnv;
  seed: ParsedSeed;
  rateLimit: number | null;
  /** Whether the seed's API keys are hashed and stored (requests wait for it). */
  keysStored: boolean;
}

/** The state of one gateway and what outlives a reset (options, hasher, id counter). */
export class Runtime {
  state!: State;
  /** Resolves once the current seed's API keys are stored. */
  ready!: Promise<SeedReport>;
  readonly hasher: KeyHasher;
  readonly requestLog: RingLog<RawRecord>;
  readonly faults: FaultRegistry;
  readonly webhooks: WebhookDeliveries;
  /** The path prefix of the base URL (`""` for none), without a trailing slash. */
  readonly basePath: string;
  /** The origin and path prefix the handlers answer, or `"*"`. */
  readonly base: string;
  private seq = 0;

  constructor(
    readonly options: MockGatewayOptions,
    seed: ParsedSeed,
    webhookTransport?: WebhookTransport,
  ) {
    this.hasher = new KeyHasher(undefined, options.hmac);
    this.requestLog = new RingLog(options.requestLogLimit ?? 1000, (r) => r.path.length + r.query.length + recordedBodySize(r.body) + 256);
    this.faults = new FaultRegistry(() => this.nextId("fault"));
    this.base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    this.basePath = this.base === "*" ? "" : new URL(this.base).pathname.replace(/\/+$/, "");
    // Subscriptions to the origin the handlers answer are refused: deliveries there would loop.
    const origins = this.base === "*" ? [] : [new URL(this.base).origin];
    this.webhooks = new WebhookDeliveries({ ...options.webhooks, validate: options.validateResponses === true }, (prefix) => this.nextId(prefix), webhookTransport, origins);
    this.load(seed);
  }

  get env(): GatewayEnv {
    return this.state.env;
  }

  get clock(): Clock {
    return this.state.env.clock;
  }

  /** `<prefix>_<n>`, from a counter that survives resets (request and fault ids). */
  nextId(prefix: string): string {
    return `${prefix}_${++this.seq}`;
  }

  /** Replaces the state with a fresh one built from `seed`; `ready` resolves when its keys are stored. */
  load(seed: ParsedSeed): Promise<SeedReport> {
    const o = this.options;
    const clock =
      o.clock ?? new MockClock(Date.parse(seed.clock?.start ?? DEFAULT_CLOCK_START), o.clockMode ?? seed.clock?.mode ?? "frozen");
    const ids = new Ids(new RngStreams(o.rngSeed ?? seed.rngSeed ?? "sigfollow"), o.randomApiKeys === true);
    const reviewOption = o.templateReview ?? seed.templateReview ?? { mode: "manual" };
    const review =
      reviewOption.mode === "auto"
        ? { delayMs: (reviewOption.delaySeconds ?? 60) * 1000, outcome: reviewOption.outcome ?? "APPROVED" }
        : { delayMs: null, outcome: "APPROVED" as const };
    const store = new Store(ids, { messages: o.messageLogLimit ?? 10_000 });
    const { report, keys } = applySeed(store, seed, { ids, now: clock.now(), review });
    const state: State = {
      env: { store, clock, ids, review, limits: { jsonBytes: o.limits?.jsonBytes ?? MAX_JSON_BYTES, uploadBytes: o.limits?.uploadBytes ?? MAX_UPLOAD_BYTES } },
      seed,
      rateLimit: o.rateLimitPerSecond === undefined ? (seed.rateLimitPerSecond ?? null) : o.rateLimitPerSecond,
      keysStored: false,
    };
    this.state = state;
    this.requestLog.clear();
    this.faults.clear();
    this.webhooks.reset(state.env, {
      subscriptions: seedSubscriptions(seed),
      recipients: seed.webhookRecipients,
      delays: seed.webhookDelays,
      batch: seed.webhookBatch,
    });
    // Requests wait for `ready` before they authenticate, so no key is missing when they do.
    this.ready = storeApiKeys(store, this.hasher, keys).then(() => {
      state.keysStored = true;
      return report;
    });
    return this.ready;
  }

  /** Resolves once the current state's keys are hashed (a reset while waiting means waiting again). */
  async settled(): Promise<void> {
    let ready: Promise<SeedReport>;
    do {
      ready = this.ready;
      await ready;
    } while (ready !== this.ready);
  }
}

/** The webhook subscriptions a seed makes. */
export const seedSubscriptions = (seed: ParsedSeed) => seed.tenants.flatMap((t) => t.wabas.flatMap((w) => w.webhooks.map((s) => ({ ...s, wabaId: w.id }))));

/** The base URL the handlers answer for by default: SigFollow's, as the client uses. */
export const DEFAULT_BASE_URL = "https://api.sigfollow.com";
