// The delivery log: one record per attempt, and one per run of a subscription's deliveries dropped
// by the full queue, the newest kept, bounded by count and by the bytes of their bodies. A record is
// kept raw (times as numbers) and shaped when read; a drop that continues a run only adds to its
// record's count, so a queue dropping deliveries under load pays almost nothing per drop.
import { iso } from "../state/clock.js";
import { RingLog } from "../state/store.js";
import type { WebhookField } from "./schema.js";

/** One delivery attempt, as the log keeps it. */
export interface WebhookDeliveryRecord {
  id: string;
  subscriptionId: string;
  /** The field of the (first) change it carries. */
  field: WebhookField;
  /** What it carries: `status read wamid…`, `message text wamid…`, `template 123 APPROVED`; for a batch, the first changes' joined by `; `. */
  summary: string;
  /**
   * How many changes the POST carried: 1 unless batched (at most 1000). For the queue's drops
   * (`error: "dropped: the delivery queue is full"`), how many changes the run of drops it stands
   * for dropped: the subscription's drops since its previous record, while that record is kept.
   */
  changes: number;
  /** 1 for the first attempt. */
  attempt: number;
  /** Mock-clock time the attempt started. */
  at: string;
  /** The receiver's HTTP status, or `null` when it could not be reached. */
  status: number | null;
  /** Why the attempt failed (no answer, injected fault, non-2xx or redirect; never the receiver's body). */
  error: string | null;
  /** When the next attempt is due, or `null` (delivered, or dropped after the last attempt). */
  nextRetryAt: string | null;
  /** Whether this POST re-delivered an already delivered payload (an injected duplicate). */
  duplicate: boolean;
  /** The exact body POSTed. */
  body: string;
}

/** What a record says of the delivery it is about. */
export interface Logged {
  readonly subscriptionId: string;
  readonly field: WebhookField;
  readonly summary: string;
  readonly changes: number;
  readonly attempts: number;
  /** Mock-clock time of the latest attempt, `null` before the first. */
  readonly startedAt: number | null;
  readonly body: string;
}

type Raw = Omit<WebhookDeliveryRecord, "at" | "nextRetryAt"> & { at: number; nextRetryAt: number | null };

/** What a record of the full queue's drops says. */
export const QUEUE_FULL = { status: null, error: "dropped: the delivery queue is full" };

export class DeliveryLog {
  private readonly ring: RingLog<Raw>;
  /** Records made so far (the log keeps only the newest); each drop counts. */
  recorded = 0;
  /** Per subscription, the record of its current run of drops and its number in the ring. */
  private readonly runs = new Map<string, { raw: Raw; n: number }>();

  constructor(
    limit: number,
    private readonly nextId: (prefix: string) => string,
  ) {
    // Bounded by count and by the bodies' bytes (16 MiB, like the request log): a batch can be 3 MB.
    this.ring = new RingLog(limit, (record) => record.body.length);
  }

  /** Records an attempt of `delivery` (or its drop), at `now` when it was never attempted. */
  record(delivery: Logged, now: number, outcome: { status: number | null; error: string | null }, nextRetryAt: number | null, duplicate = false): void {
    this.recorded++;
    this.runs.delete(delivery.subscriptionId);
    this.push(delivery, now, outcome, nextRetryAt, duplicate);
  }

  /**
   * Records a delivery of `changes` changes the full queue dropped (`describe(dropped)` says what
   * it was, asked only for a new run's record): one more in its subscription's run when the run's
   * record is still kept and nothing else was recorded for the subscription since, else the record
   * of a new run.
   */
  drop<T>(subscriptionId: string, changes: number, now: number, dropped: T, describe: (dropped: T, subscriptionId: string) => Logged): void {
    this.recorded++;
    const run = this.runs.get(subscriptionId);
    if (run && run.n >= this.ring.evicted) {
      run.raw.changes += changes;
      return;
    }
    this.runs.set(subscriptionId, this.push(describe(dropped, subscriptionId), now, QUEUE_FULL, null, false));
  }

  /** Keeps a record; it and its number in the ring. */
  private push(delivery: Logged, now: number, outcome: { status: number | null; error: string | null }, nextRetryAt: number | null, duplicate: boolean): { raw: Raw; n: number } {
    const { subscriptionId, field, summary, changes, attempts, startedAt, body } = delivery;
    const { status, error } = outcome;
    const raw = { id: this.nextId("whd"), subscriptionId, field, summary, changes, attempt: attempts, at: startedAt ?? now, status, error, nextRetryAt, duplicate, body };
    return { raw, n: this.ring.push(raw) };
  }

  list(): WebhookDeliveryRecord[] {
    return this.ring.list().map((r) => ({ ...r, at: iso(r.at), nextRetryAt: r.nextRetryAt === null ? null : iso(r.nextRetryAt) }));
  }

  clear(): void {
    this.ring.clear();
    this.runs.clear();
  }
}
