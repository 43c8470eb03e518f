// Webhook delivery: what the store reports changed becomes Meta's payloads, queued per
// subscription (queue.ts), batched (batching.ts), POSTed signed (transport.ts) and logged (log.ts);
// subscriptions in subscriptions.ts. This class wires them and owns their state.
//
// Where the state lives: beside the store, not in it. The store is the single writer of the
// gateway's business state, which the API reads and a snapshot shows: synchronous, deterministic,
// replaced whole by a reset. The subscriptions, the queue and the delivery log are none of that:
// the queue changes when real requests complete (in flight, timed out, retried on real timers), and
// the API never reads them. So `WebhookDeliveries` is their single writer instead: it only reads
// the store and is told of its changes (`Store.onChange`), and a reset replaces its state together
// with the store's (`reset`), attempts of an older state being ignored when they complete.
import { normalizePhone } from "@sigfollow/client/rules";
import { invalidParameter } from "../http/errors.js";
import { type Clock, MockClock } from "../state/clock.js";
import type { Ids } from "../state/ids.js";
import type { OutboundRecord, Store, StoreEvent } from "../state/store.js";
import { check } from "../validation.js";
import { combine } from "./batching.js";
import { DeliveryLog, type WebhookDeliveryRecord } from "./log.js";
import { inboundChange, payloadOf, type SentMessage, type UserIdentity, statusChange, templateCategoryChange, templateStatusChange, type WebhookChange, webhookBody } from "./payloads.js";
import { DeliveryQueue, type Started } from "./queue.js";
import { type RecipientOutcome, type StatusDelays, WEBHOOK_LIMITS, type WebhookBatch, type WebhookFaultInput } from "./schema.js";
import { checkTarget, type OwnServer, type SubscribeInput, Subscriptions, type WebhookSubscription, view } from "./subscriptions.js";
import { Transport, type WebhookTransport } from "./transport.js";

export type { WebhookDeliveryRecord } from "./log.js";
export type { SubscribeInput, WebhookFunction, WebhookSubscription } from "./subscriptions.js";
export type { WebhookTransport } from "./transport.js";

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
  /**
   * Changes held at most, over every subscription (waiting, in flight or awaiting a retry; a
   * batched POST counts each of its changes); past it the oldest delivery is dropped, and logged:
   * a subscription's consecutive drops are one record whose `changes` counts them. @default 10000
   */
  queueLimit?: number;
  /**
   * Bytes of payload bodies held at most, over every subscription (a body counts once for each
   * subscription it goes to; a failed batch keeps its body, up to 3 MB, until retried); past it
   * the oldest delivery is dropped (and logged, as for `queueLimit`). A message status is queued
   * unbuilt (a description of the send) and built when a subscription sends it: until then it
   * counts an upper bound of its body (1,536 bytes plus 6 per character of the strings it
   * carries, as many times as it carries them: several times a typical status body), which also
   * bounds what its description holds; then its body's real length. @default 67108864 (64 MiB)
   */
  queueByteLimit?: number;
  /** POSTs in flight at most per subscription (the rest wait their turn). @default 10 */
  concurrency?: number;
}

/** Default status delays (ms after the send, mock clock). */
export const DEFAULT_DELAYS: Required<StatusDelays> = { sentMs: 0, deliveredMs: 1000, readMs: 5000 };
/** Default retry backoff: 10 s, 1 min, 10 min, 1 h, 6 h, 24 h (7 attempts over about 31 hours). */
export const DEFAULT_BACKOFF_MS: readonly number[] = [10_000, 60_000, 600_000, 3_600_000, 21_600_000, 86_400_000];
/** Default of `queueByteLimit`: 64 MiB of bodies. */
export const DEFAULT_QUEUE_BYTES = 64 * 1024 * 1024;

/** Who a user is in webhooks, when their recipient settings say (a business-scoped user id, a username, a hidden phone). */
function identityOf(r: RecipientOutcome | undefined): UserIdentity | undefined {
  return r?.userId === undefined ? undefined : { userId: r.userId, username: r.username, phoneHidden: r.phoneHidden === true };
}

/** The webhook deliveries of one gateway: state replaced by each reset (seed subscriptions and outcomes). */
export class WebhookDeliveries {
  private readonly subscriptions = new Subscriptions();
  private outcomes = new Map<string, RecipientOutcome>();
  private queue!: DeliveryQueue;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly log: DeliveryLog;
  private readonly transport: Transport;
  /** What this gateway's deliveries and handshakes carry in their `X-SigFollow-Mock-Delivery` header. */
  get mark(): string {
    return this.transport.mark;
  }
  private store!: Store;
  private clock!: Clock;
  private ids!: Ids;
  private delays: Required<StatusDelays> = DEFAULT_DELAYS;
  private readonly backoff: readonly number[];
  private faults = { failNext: 0, status: 500, duplicateNext: 0 };
  /** Most changes per POST (1: not batched). */
  private maxChanges = 1;
  /** Bumped by each reset: attempts of an older state are forgotten when they complete. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the armed timer fires (mock clock). */
  private timerAt = Infinity;
  private pumpQueued = false;
  /** Standalone servers of this gateway: subscriptions to them are refused. */
  private readonly servers: OwnServer[] = [];

  constructor(
    private readonly options: WebhookOptions & { validate?: boolean },
    private readonly nextId: (prefix: string) => string,
    transport: WebhookTransport = (request) => fetch(request),
    /** The origins the gateway's MSW handlers answer (subscriptions to them are refused). */
    private readonly origins: readonly string[] = [],
  ) {
    this.log = new DeliveryLog(options.logLimit ?? 1000, nextId);
    this.backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.transport = new Transport(transport, options.timeoutMs ?? 10_000);
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
    const { queueLimit = 10_000, queueByteLimit = DEFAULT_QUEUE_BYTES, concurrency = 10 } = this.options;
    this.queue = new DeliveryQueue(
      { changes: queueLimit, bytes: queueByteLimit, concurrency },
      (id, changes, dropped, describe) => this.log.drop(id, changes, this.clock.now(), dropped, describe),
      (change) => (change.body ??= this.checked(webhookBody(payloadOf(change)))),
    );
    this.inFlight.clear();
    this.log.clear();
    this.faults = { failNext: 0, status: 500, duplicateNext: 0 };
    this.maxChanges = seed.batch?.maxChanges ?? 1;
    this.disarm();
    for (const s of seed.subscriptions) this.add(s, false);
    for (const r of seed.recipients) this.setRecipient(r);
    env.store.onChange = (event) => this.observe(event);
  }

  /** Refuses (400 code 100) a seed whose subscriptions point at the mock itself, before a reset replaces anything with it. */
  checkSeed(subscriptions: SubscribeInput[]): void {
    for (const s of subscriptions) checkTarget(s, true, this.origins, this.servers);
  }

  /** A standalone server now serves this gateway at `port` (and `hosts`): subscriptions to it are refused. */
  addServer(server: OwnServer): void {
    this.servers.push(server);
  }

  // ---------------------------------------------------------------- subscriptions

  private add(input: SubscribeInput, verified: boolean): WebhookSubscription {
    checkTarget(input, this.store.wabas.has(input.wabaId), this.origins, this.servers);
    return view(this.subscriptions.add(input, verified, this.ids.short("whsub"), this.clock.now()));
  }

  /** Subscribes a URL (or function) to a WABA's webhooks; with a verify token, after Meta's GET handshake. */
  async subscribe(input: SubscribeInput): Promise<WebhookSubscription> {
    checkTarget(input, this.store.wabas.has(input.wabaId), this.origins, this.servers);
    const generation = this.generation;
    if (input.verifyToken !== undefined) {
      const challenge = this.ids.numeric("challenge");
      const problem = await this.transport.handshake(input.url, input.verifyToken, challenge);
      if (problem !== null) {
        throw invalidParameter(`url: the webhook handshake failed: GET with hub.challenge=${challenge} got ${problem}; the receiver must answer 200 with the challenge as its body`);
      }
    }
    if (generation !== this.generation) throw invalidParameter("webhooks: the gateway was reset during the handshake");
    return this.add(input, input.verifyToken !== undefined);
  }

  list(): WebhookSubscription[] {
    return this.subscriptions.list();
  }

  unsubscribe(id: string): boolean {
    this.queue.remove(id);
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
    const options = { identity }; // shared by the statuses
    for (let i = 0; i <= last; i++) {
      const [status, delay] = steps[i]!;
      this.enqueue(statusChange(phone, sent, status, now + delay, options), now + delay);
    }
  }

  /** Emits a change the store does not hold (a template quality change). */
  emit(change: WebhookChange): void {
    this.enqueue(change, this.clock.now());
  }

  private enqueue(change: WebhookChange, dueAt: number): void {
    this.queue.add(this.subscriptions.to(change.wabaId, change.field), change, dueAt, this.clock.now());
    this.schedulePump();
  }

  /** A body, checked against the spec's webhook schema when the gateway validates its responses (every body built: a change's, a batch's). */
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
   * Starts what is due (per-message order, concurrency and batching are the queue's); with a
   * running clock, arms a timer for the next due delivery.
   */
  pump(): void {
    const now = this.clock.now();
    for (const delivery of this.queue.start(now, this.maxChanges, (changes) => combine(changes, (body) => this.checked(body)))) this.start(delivery);
    const next = this.queue.nextDue();
    if (next === this.timerAt) return;
    this.disarm();
    if (next !== undefined && this.clock instanceof MockClock && this.clock.mode === "running") {
      this.timerAt = next;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.timerAt = Infinity;
        this.pump();
      }, Math.min(Math.max(0, next - now), 2 ** 31 - 1));
      (this.timer as { unref?: () => void }).unref?.();
    }
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
  }

  /** Resolves once every due delivery (retries due now included) completed. */
  async flush(): Promise<{ attempts: number; pending: number }> {
    const before = this.log.recorded;
    this.pump();
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
      this.pump();
    }
    return { attempts: this.log.recorded - before, pending: this.queue.changes };
  }

  private start(delivery: Started): void {
    const generation = this.generation;
    const attempt = this.attempt(delivery, generation).finally(() => {
      this.inFlight.delete(attempt);
      if (generation === this.generation) this.schedulePump(); // one pump for the attempts completing together
    });
    this.inFlight.add(attempt);
  }

  private async attempt(delivery: Started, generation: number): Promise<void> {
    const target = delivery.owner.subscription;
    let outcome: { status: number | null; error: string | null };
    if (this.faults.failNext > 0) {
      this.faults.failNext--;
      outcome = { status: this.faults.status, error: `injected fault: answered ${this.faults.status} without contacting the receiver` };
    } else {
      outcome = await this.transport.post(target.target, target.appSecret, delivery.body);
    }
    if (generation !== this.generation) return;
    const now = this.clock.now();
    if (outcome.error === null) {
      this.queue.settle(delivery, null, now);
      this.log.record(delivery, now, outcome, null);
      if (this.faults.duplicateNext > 0) {
        this.faults.duplicateNext--;
        const again = await this.transport.post(target.target, target.appSecret, delivery.body);
        if (generation === this.generation) this.log.record(delivery, now, again, null, true);
      }
      return;
    }
    const wait = this.backoff[delivery.attempts - 1];
    if (wait === undefined) {
      this.queue.settle(delivery, null, now);
      this.log.record(delivery, now, { status: outcome.status, error: `${outcome.error}; dropped after ${delivery.attempts} attempts` }, null);
      return;
    }
    this.queue.settle(delivery, now + wait, now);
    this.log.record(delivery, now, outcome, now + wait);
  }
}
