// Webhook delivery: subscriptions per WABA, a queue of due deliveries driven by the mock clock,
// optional batching, retries with backoff, per-message order, faults and a bounded delivery log.
// The store tells it what changed (Store.onChange); it turns that into Meta's payloads and POSTs
// them signed.
import { normalizePhone } from "@sigfollow/client/rules";
import { signWebhookPayload } from "@sigfollow/client/webhooks";
import { invalidParameter, objectNotFound } from "../http/errors.js";
import { type Clock, iso, MockClock } from "../state/clock.js";
import type { Ids } from "../state/ids.js";
import { type OutboundRecord, RingLog, type Store, type StoreEvent } from "../state/store.js";
import { check } from "../validation.js";
import { batchPayload, inboundChange, type SentMessage, type UserIdentity, statusChange, templateCategoryChange, templateStatusChange, type WebhookChange, webhookBody } from "./payloads.js";
import {
  MAX_BATCH_BYTES,
  type RecipientOutcome,
  type StatusDelays,
  type SubscriptionInput,
  WEBHOOK_FIELDS,
  WEBHOOK_LIMITS,
  type WebhookBatch,
  type WebhookField,
  type WebhookFaultInput,
} from "./schema.js";

/** How the deliveries reach a URL (the MSW adapter passes one that gets past MSW's interception). */
export type WebhookTransport = (request: Request) => Promise<Response>;

/** A receiver given in process instead of a URL. */
export type WebhookFunction = (request: Request) => Response | Promise<Response>;

/** Options of the webhook deliveries (`createMockGateway({ webhooks })`). */
export interface WebhookOptions {
  /** When the statuses of an accepted message go out, in ms after the send. @default { sentMs: 0, deliveredMs: 1000, readMs: 5000 } */
  delays?: StatusDelays;
  /** Waits before each retry of a failed attempt (its length + 1 is the number of attempts). @default DEFAULT_BACKOFF_MS */
  backoffMs?: number[];
  /** An attempt that takes longer (real time) fails as a timeout. @default 10000 */
  timeoutMs?: number;
  /** Delivery attempts kept in the log (newest; at most 16 MiB of bodies). @default 1000 */
  logLimit?: number;
  /** Deliveries waiting at most; past it the oldest is dropped (and logged). @default 10000 */
  queueLimit?: number;
  /** POSTs in flight at most per subscription (the rest wait their turn). @default 10 */
  concurrency?: number;
}

/** Default status delays (ms after the send, mock clock). */
export const DEFAULT_DELAYS: Required<StatusDelays> = { sentMs: 0, deliveredMs: 1000, readMs: 5000 };
/** Default retry backoff: 10 s, 1 min, 10 min, 1 h, 6 h, 24 h (7 attempts over about 31 hours). */
export const DEFAULT_BACKOFF_MS: readonly number[] = [10_000, 60_000, 600_000, 3_600_000, 21_600_000, 86_400_000];

/** A subscription as listed (the app secret and verify token are never shown). */
export interface WebhookSubscription {
  id: string;
  wabaId: string;
  /** The callback URL, or `"function"` for an in-process receiver. */
  url: string;
  fields: WebhookField[];
  /** Whether the GET handshake was performed and answered. */
  verified: boolean;
  createdAt: string;
}

/** One delivery attempt, as the log keeps it. */
export interface WebhookDeliveryRecord {
  id: string;
  subscriptionId: string;
  /** The field of the (first) change it carries. */
  field: WebhookField;
  /** What it carries: `status read wamid…`, `message text wamid…`, `template 123 APPROVED`; for a batch, the first changes' joined by `; `. */
  summary: string;
  /** How many changes the POST carried: 1 unless batched (at most 1000). */
  changes: number;
  /** 1 for the first attempt. */
  attempt: number;
  /** Mock-clock time the attempt started. */
  at: string;
  /** The receiver's HTTP status, or `null` when it could not be reached. */
  status: number | null;
  /** Why the attempt failed (network error, timeout, injected fault, non-2xx). */
  error: string | null;
  /** When the next attempt is due, or `null` (delivered, or dropped after the last attempt). */
  nextRetryAt: string | null;
  /** Whether this POST re-delivered an already delivered payload (an injected duplicate). */
  duplicate: boolean;
  /** The exact body POSTed. */
  body: string;
}

interface Subscription {
  id: string;
  wabaId: string;
  target: string | WebhookFunction;
  appSecret: string;
  fields: Set<WebhookField>;
  verified: boolean;
  createdAt: number;
}

interface Delivery {
  /** Subscription and ordering keys: the deliveries of one lane go out one after the other (a batch holds several lanes). */
  lanes: string[];
  subscription: Subscription;
  /** The changes of the POST, in order: one, or several when batched. */
  changes: WebhookChange[];
  body: string;
  dueAt: number;
  attempts: number;
  /** Mock-clock time the latest attempt started. */
  startedAt?: number;
  inFlight: boolean;
}

/** A subscription to store: a URL or (in process) a function. */
export type SubscribeInput = Omit<SubscriptionInput, "url"> & { wabaId: string; url: string | WebhookFunction };

/** The URL a function receiver's requests carry. */
const FUNCTION_URL = "https://webhook.invalid/";

/** Reads at most `max` bytes of a response as text (the rest is discarded). */
async function readCapped(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk; reader && size <= max && !(chunk = await reader.read()).done; ) {
    chunks.push(chunk.value);
    size += chunk.value.byteLength;
  }
  await reader?.cancel().catch(() => undefined);
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, c) => (bytes.set(c, offset), offset + c.byteLength), 0);
  return new TextDecoder().decode(bytes.subarray(0, max));
}

/** Who a user is in webhooks, when their recipient settings say (a business-scoped user id, a username, a hidden phone). */
function identityOf(r: RecipientOutcome | undefined): UserIdentity | undefined {
  return r?.userId === undefined ? undefined : { userId: r.userId, username: r.username, phoneHidden: r.phoneHidden === true };
}

/** Summaries a batch's log record shows at most. */
const SUMMARY_CHANGES = 5;

/** A delivery's summary for the log: its change's, or the first changes' of a batch and how many more. */
function summarize(changes: readonly WebhookChange[]): string {
  const shown = changes.slice(0, SUMMARY_CHANGES).map((c) => c.summary);
  return changes.length > SUMMARY_CHANGES ? `${shown.join("; ")}; … ${changes.length - SUMMARY_CHANGES} more` : shown.join("; ");
}

/** Due fresh deliveries of one subscription being gathered into one POST. */
interface Batch {
  subscription: Subscription;
  members: Delivery[];
  /** The members' bodies' lengths summed: more than the combined body's (one envelope), so a bound on it. */
  bytes: number;
}

const message = (error: unknown) => (error instanceof Error ? (error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message) : String(error));

/** The webhook deliveries of one gateway: state replaced by each reset (seed subscriptions and outcomes). */
export class WebhookDeliveries {
  private subscriptions = new Map<string, Subscription>();
  private outcomes = new Map<string, RecipientOutcome>();
  private queue: Delivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly log: RingLog<WebhookDeliveryRecord>;
  private store!: Store;
  private clock!: Clock;
  private ids!: Ids;
  private delays: Required<StatusDelays> = DEFAULT_DELAYS;
  private readonly backoff: readonly number[];
  private readonly timeoutMs: number;
  private readonly queueLimit: number;
  private readonly concurrency: number;
  private faults = { failNext: 0, status: 500, duplicateNext: 0 };
  /** Most changes per POST (1: not batched). */
  private maxChanges = 1;
  /** Bumped by each reset: attempts of an older state are forgotten when they complete. */
  private generation = 0;
  /** Attempts recorded so far (the log keeps only the newest). */
  private attempted = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pumpQueued = false;

  constructor(
    private readonly options: WebhookOptions & { validate?: boolean },
    private readonly nextId: (prefix: string) => string,
    private readonly transport: WebhookTransport = (request) => fetch(request),
  ) {
    // Bounded by count and by the bodies' bytes (16 MiB, like the request log): a batch can be 3 MB.
    this.log = new RingLog(options.logLimit ?? 1000, (record) => record.body.length);
    this.backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.queueLimit = options.queueLimit ?? 10_000;
    this.concurrency = options.concurrency ?? 10;
  }

  /** Starts over on a new state: the seed's subscriptions, outcomes and delays; nothing queued or logged. */
  reset(
    env: { store: Store; clock: Clock; ids: Ids },
    seed: { subscriptions: SubscribeInput[]; recipients: RecipientOutcome[]; delays: StatusDelays | undefined; batch?: WebhookBatch | undefined },
  ): void {
    this.generation++;
    this.store = env.store;
    this.clock = env.clock;
    this.ids = env.ids;
    this.delays = { ...DEFAULT_DELAYS, ...seed.delays, ...this.options.delays };
    this.subscriptions.clear();
    this.outcomes.clear();
    this.queue = [];
    this.inFlight.clear();
    this.log.clear();
    this.faults = { failNext: 0, status: 500, duplicateNext: 0 };
    this.maxChanges = seed.batch?.maxChanges ?? 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const s of seed.subscriptions) this.add(s, false);
    for (const r of seed.recipients) this.setRecipient(r);
    env.store.onChange = (event) => this.observe(event);
  }

  // ---------------------------------------------------------------- subscriptions

  private add(input: SubscribeInput, verified: boolean): Subscription {
    if (!this.store.wabas.has(input.wabaId)) throw objectNotFound(input.wabaId);
    if (this.subscriptions.size >= WEBHOOK_LIMITS.subscriptions) throw invalidParameter(`webhooks: at most ${WEBHOOK_LIMITS.subscriptions} subscriptions`);
    const subscription: Subscription = {
      id: this.ids.short("whsub"),
      wabaId: input.wabaId,
      target: input.url,
      appSecret: input.appSecret,
      fields: new Set(input.fields ?? WEBHOOK_FIELDS),
      verified,
      createdAt: this.clock.now(),
    };
    this.subscriptions.set(subscription.id, subscription);
    return subscription;
  }

  /** Subscribes a URL (or function) to a WABA's webhooks; with a verify token, after Meta's GET handshake. */
  async subscribe(input: SubscribeInput): Promise<WebhookSubscription> {
    if (!this.store.wabas.has(input.wabaId)) throw objectNotFound(input.wabaId);
    const generation = this.generation;
    if (input.verifyToken !== undefined) await this.handshake(input.url, input.verifyToken);
    if (generation !== this.generation) throw invalidParameter("webhooks: the gateway was reset during the handshake");
    return view(this.add(input, input.verifyToken !== undefined));
  }

  private async handshake(target: string | WebhookFunction, verifyToken: string): Promise<void> {
    const challenge = this.ids.numeric("challenge");
    const query = new URLSearchParams({ "hub.mode": "subscribe", "hub.verify_token": verifyToken, "hub.challenge": challenge });
    const base = typeof target === "string" ? target : FUNCTION_URL;
    const url = `${base}${base.includes("?") ? "&" : "?"}${query}`;
    let answer: string;
    try {
      const response = await this.send(target, new Request(url, { method: "GET", headers: { "User-Agent": "facebookexternalua" } }));
      const text = await readCapped(response, 256);
      if (response.status === 200 && text === challenge) return;
      answer = `${response.status} ${JSON.stringify(text)}`;
    } catch (error) {
      answer = `no answer (${message(error)})`;
    }
    throw invalidParameter(`url: the webhook handshake failed: GET with hub.challenge=${challenge} got ${answer}; the receiver must answer 200 with the challenge as its body`);
  }

  list(): WebhookSubscription[] {
    return [...this.subscriptions.values()].map(view);
  }

  unsubscribe(id: string): boolean {
    this.queue = this.queue.filter((d) => d.subscription.id !== id);
    return this.subscriptions.delete(id);
  }

  /** Sets a recipient's outcome and identity, replacing what was set before (`read` with no identity restores the default). */
  setRecipient(outcome: RecipientOutcome): void {
    const phone = normalizePhone(outcome.phone);
    const owner = outcome.userId === undefined ? undefined : [...this.outcomes.values()].find((r) => r.userId === outcome.userId && r.phone !== phone);
    if (owner) throw invalidParameter(`userId: ${outcome.userId} is already the user id of ${owner.phone}`);
    const keep = outcome.outcome !== "read" || outcome.userId !== undefined;
    if (keep && !this.outcomes.has(phone) && this.outcomes.size >= WEBHOOK_LIMITS.recipients) throw invalidParameter(`recipients: at most ${WEBHOOK_LIMITS.recipients} recipients`);
    this.outcomes.delete(phone);
    if (keep) this.outcomes.set(phone, { ...outcome, phone });
  }

  /** Fails the next attempts, or delivers the next payloads twice. */
  addFault(fault: WebhookFaultInput): { failNext: number; status: number; duplicateNext: number } {
    if (fault.failNext !== undefined) this.faults.failNext += fault.failNext;
    if (fault.status !== undefined) this.faults.status = fault.status;
    if (fault.duplicateNext !== undefined) this.faults.duplicateNext += fault.duplicateNext;
    return { ...this.faults };
  }

  /** Batches the deliveries due together for a subscription into POSTs of up to `maxChanges` changes (1: one change per POST). */
  setBatch(batch: WebhookBatch): WebhookBatch {
    this.maxChanges = batch.maxChanges;
    this.schedulePump();
    return { maxChanges: this.maxChanges };
  }

  deliveries(): WebhookDeliveryRecord[] {
    return this.log.list();
  }

  // ---------------------------------------------------------------- what to deliver

  private observe(event: StoreEvent): void {
    if (this.subscriptions.size === 0) return; // nobody listens: no payload built
    const now = this.clock.now();
    switch (event.kind) {
      case "outbound":
        return this.statuses(event.message, now);
      case "inbound": {
        const phone = this.store.phoneNumbers.get(event.message.phoneNumberId)!;
        return this.enqueue(inboundChange(phone, event.message, identityOf(this.outcomes.get(event.message.from))), Date.parse(event.message.receivedAt));
      }
      case "template_status":
        return this.enqueue(templateStatusChange(event.template, now), now);
      case "template_category":
        return this.enqueue(templateCategoryChange(event.template, event.previous, now), now);
    }
  }

  /** Queues the statuses of an accepted message: sent, delivered, read (or up to the recipient's outcome). */
  private statuses(record: OutboundRecord & { bodyText: string }, now: number): void {
    const phone = this.store.phoneNumbers.get(record.phoneNumberId)!;
    const body = JSON.parse(record.bodyText) as { biz_opaque_callback_data?: string; template?: { name: string; language: { code: string } } };
    const template = body.template && this.store.template(this.store.wabas.get(phone.wabaId)!, body.template.name, body.template.language.code, now);
    const sent: SentMessage = {
      id: record.id,
      waId: record.waId,
      category: template ? template.category.toLowerCase() : "service",
      bizOpaqueCallbackData: body.biz_opaque_callback_data,
      sentAt: record.createdAt,
    };
    const outcome = this.outcomes.get(record.waId);
    const identity = identityOf(outcome);
    const { sentMs, deliveredMs, readMs } = this.delays;
    if (outcome?.outcome === "failed") return this.enqueue(statusChange(phone, sent, "failed", now + sentMs, { errorCode: outcome.errorCode }), now + sentMs);
    const steps = [["sent", sentMs], ["delivered", deliveredMs], ["read", readMs]] as const;
    const last = outcome ? steps.findIndex(([s]) => s === outcome.outcome) : steps.length - 1;
    for (const [status, delay] of steps.slice(0, last + 1)) this.enqueue(statusChange(phone, sent, status, now + delay, { identity }), now + delay);
  }

  /** Emits a change the store does not hold (a template quality change). */
  emit(change: WebhookChange): void {
    this.enqueue(change, this.clock.now());
  }

  private enqueue(change: WebhookChange, dueAt: number): void {
    const body = this.checked(webhookBody(change.payload));
    for (const subscription of this.subscriptions.values()) {
      if (subscription.wabaId !== change.wabaId || !subscription.fields.has(change.field)) continue;
      if (this.queue.length >= this.queueLimit) this.record(this.queue.shift()!, null, "dropped: the delivery queue is full", null, false);
      this.queue.push({ lanes: [`${subscription.id}\u0000${change.key}`], subscription, changes: [change], body, dueAt, attempts: 0, inFlight: false });
    }
    this.schedulePump();
  }

  /** A body, checked against the spec's webhook schema when the gateway validates its responses. */
  private checked(body: string): string {
    if (this.options.validate) {
      const problem = check("/components/schemas/WebhookPayload", JSON.parse(body), "webhook");
      if (problem) throw new Error(`webhook payload contract violation: ${problem}`);
    }
    return body;
  }

  // ---------------------------------------------------------------- delivering

  private schedulePump(): void {
    if (this.pumpQueued) return;
    this.pumpQueued = true;
    queueMicrotask(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  /**
   * Starts every delivery that is due and not behind an unfinished one of the same message and
   * subscription; with a running clock, arms a timer for the next one. When batching, the fresh
   * deliveries due for a subscription are first combined into POSTs of up to `maxChanges` changes
   * (a message's later changes join its earlier one's batch, or wait for it).
   */
  pump(): void {
    const now = this.clock.now();
    const blocked = new Set<string>();
    const busy = new Map<Subscription, number>();
    for (const delivery of this.queue) if (delivery.inFlight) busy.set(delivery.subscription, (busy.get(delivery.subscription) ?? 0) + 1);
    const free = (s: Subscription) => (busy.get(s) ?? 0) < this.concurrency;
    const take = (s: Subscription) => busy.set(s, (busy.get(s) ?? 0) + 1);
    const open = new Map<Subscription, Batch>();
    const placed = new Map<string, Batch>();
    const batches: Batch[] = [];
    let next = Infinity;
    for (const delivery of this.queue) {
      const { lanes, subscription } = delivery;
      if (lanes.some((l) => blocked.has(l))) {
        for (const l of lanes) blocked.add(l);
        continue;
      }
      if (!delivery.inFlight && delivery.dueAt > now) next = Math.min(next, delivery.dueAt);
      if (this.maxChanges > 1 && !delivery.inFlight && delivery.dueAt <= now && delivery.attempts === 0) {
        const batch = open.get(subscription);
        const fits = batch !== undefined && batch.members.length < this.maxChanges && batch.bytes + delivery.body.length <= MAX_BATCH_BYTES;
        const elsewhere = lanes.some((l) => placed.has(l) && placed.get(l) !== (fits ? batch : undefined));
        if (!elsewhere && (fits || free(subscription))) {
          let target = batch!;
          if (!fits) {
            take(subscription);
            target = { subscription, members: [], bytes: 0 };
            open.set(subscription, target);
            batches.push(target);
          }
          target.members.push(delivery);
          target.bytes += delivery.body.length;
          for (const l of lanes) placed.set(l, target);
          continue; // its lanes stay open: their next due changes may join the same batch
        }
      } else if (!delivery.inFlight && delivery.dueAt <= now && free(subscription)) {
        take(subscription);
        this.start(delivery);
      }
      for (const l of lanes) blocked.add(l);
    }
    for (const batch of batches) this.start(this.combine(batch));
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (next < Infinity && this.clock instanceof MockClock && this.clock.mode === "running") {
      this.timer = setTimeout(() => this.pump(), Math.min(Math.max(0, next - now), 2 ** 31 - 1));
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  /** One delivery for a batch's members, in the queue at the first member's place (a lone member is itself). */
  private combine({ subscription, members }: Batch): Delivery {
    if (members.length === 1) return members[0]!;
    const changes = members.flatMap((m) => m.changes);
    const combined: Delivery = {
      lanes: [...new Set(members.flatMap((m) => m.lanes))],
      subscription,
      changes,
      body: this.checked(webhookBody(batchPayload(changes))),
      dueAt: Math.max(...members.map((m) => m.dueAt)),
      attempts: 0,
      inFlight: false,
    };
    const gone = new Set(members);
    this.queue = this.queue.flatMap((d) => (d === members[0] ? [combined] : gone.has(d) ? [] : [d]));
    return combined;
  }

  /** Resolves once every due delivery (retries due now included) completed. */
  async flush(): Promise<{ attempts: number; pending: number }> {
    const before = this.attempted;
    this.pump();
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
      this.pump();
    }
    return { attempts: this.attempted - before, pending: this.queue.reduce((n, d) => n + d.changes.length, 0) };
  }

  private start(delivery: Delivery): void {
    delivery.inFlight = true;
    const generation = this.generation;
    const attempt = this.attempt(delivery, generation).finally(() => {
      this.inFlight.delete(attempt);
      if (generation === this.generation) this.schedulePump(); // one pump for the attempts completing together
    });
    this.inFlight.add(attempt);
  }

  private async attempt(delivery: Delivery, generation: number): Promise<void> {
    delivery.attempts++;
    delivery.startedAt = this.clock.now();
    let status: number | null = null;
    let error: string | null = null;
    if (this.faults.failNext > 0) {
      this.faults.failNext--;
      status = this.faults.status;
      error = `injected fault: answered ${status} without contacting the receiver`;
    } else {
      try {
        status = await this.post(delivery);
        if (status < 200 || status > 299) error = `the receiver answered ${status}`;
      } catch (e) {
        error = message(e);
      }
    }
    if (generation !== this.generation) return;
    delivery.inFlight = false;
    if (error === null) {
      this.queue = this.queue.filter((d) => d !== delivery);
      this.record(delivery, status, null, null, false);
      if (this.faults.duplicateNext > 0) {
        this.faults.duplicateNext--;
        let again: number | null = null;
        let duplicateError: string | null = null;
        try {
          again = await this.post(delivery);
        } catch (e) {
          duplicateError = message(e);
        }
        if (generation === this.generation) this.record(delivery, again, duplicateError, null, true);
      }
      return;
    }
    const wait = this.backoff[delivery.attempts - 1];
    if (wait === undefined) {
      this.queue = this.queue.filter((d) => d !== delivery);
      this.record(delivery, status, `${error}; dropped after ${delivery.attempts} attempts`, null, false);
      return;
    }
    delivery.dueAt = this.clock.now() + wait;
    this.record(delivery, status, error, delivery.dueAt, false);
  }

  private record(delivery: Delivery, status: number | null, error: string | null, nextRetryAt: number | null, duplicate: boolean): void {
    this.attempted++;
    this.log.push({
      id: this.nextId("whd"),
      subscriptionId: delivery.subscription.id,
      field: delivery.changes[0]!.field,
      summary: summarize(delivery.changes),
      changes: delivery.changes.length,
      attempt: delivery.attempts,
      at: iso(delivery.startedAt ?? this.clock.now()),
      status,
      error,
      nextRetryAt: nextRetryAt === null ? null : iso(nextRetryAt),
      duplicate,
      body: delivery.body,
    });
  }

  /** POSTs a delivery signed; its receiver's status. */
  private async post(delivery: Delivery): Promise<number> {
    const { subscription, body } = delivery;
    const { signature } = await signWebhookPayload(body, subscription.appSecret);
    const headers = { "Content-Type": "application/json", "X-Hub-Signature-256": signature, "User-Agent": "facebookexternalua" };
    const target = subscription.target;
    const response = await this.send(target, new Request(typeof target === "string" ? target : FUNCTION_URL, { method: "POST", body, headers }));
    await readCapped(response, 4096); // read rather than cancelled: a cancel can stall under MSW's interception
    return response.status;
  }

  /** Sends a request to a URL (through the transport) or a function, within the timeout. */
  private async send(target: string | WebhookFunction, request: Request): Promise<Response> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${this.timeoutMs} ms`)), this.timeoutMs);
    });
    try {
      const answer =
        typeof target === "string" ? this.transport(new Request(request, { signal: AbortSignal.timeout(this.timeoutMs) })) : Promise.resolve().then(() => target(request));
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const view = (s: Subscription): WebhookSubscription => ({
  id: s.id,
  wabaId: s.wabaId,
  url: typeof s.target === "string" ? s.target : "function",
  fields: [...s.fields],
  verified: s.verified,
  createdAt: iso(s.createdAt),
});
