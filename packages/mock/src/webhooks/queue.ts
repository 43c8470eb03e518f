// The delivery queue: what is to be POSTed to each subscription, when, and in what order, with
// every operation's work independent of how much is queued (a slow or failing receiver must not
// slow the API down).
//
// - A lane is a subscription and an ordering key (the statuses of one message, the messages of one
//   sender, the template events of one WABA): its fresh deliveries wait in a FIFO, and only its
//   head may go out, once due, while no earlier delivery of the lane is in flight or awaiting a
//   retry (the lane's holder). A held lane is in no list, so it costs nothing until released.
// - One heap of timers, by due time, holds the lanes whose head is not due yet and the deliveries
//   awaiting a retry; each subscription has a heap of its ready lanes and one of its due retries,
//   by enqueue order, and starts from them while it has fewer than `concurrency` POSTs in flight.
// - A POST takes the ready lanes' heads in enqueue order, as many as batching lets it (a lane's
//   next change may follow its head into the same POST when due); the changes it took then hold
//   their lanes until it is delivered or dropped.
// - A change goes in as one entry shared by the subscriptions it is for, and waits in each one's
//   FIFO of staged entries: a subscription takes its staged entries into its lanes only when it
//   has room to send. So while a subscription's receiver is slow, what is queued for it costs a
//   reference until it is sent or dropped, not a lane, a heap place and a delivery of its own.
// - A change's body is built when a subscription takes it to send (or a drop's record shows it),
//   once for all its subscriptions (`bodyOf` caches it on the change).
// - Bounds: the changes held (a batch counts each of its changes, an entry each subscription it
//   still waits for) and the bytes of the bodies held (waiting, staged, in flight or awaiting a
//   retry; a change whose body is not built counts its `bound`, an upper bound of it, and a
//   delivery counts its real length once it built it); past either the oldest delivery is dropped.
import type { Combined } from "./batching.js";
import { joins } from "./batching.js";
import { Heap, type HeapItem } from "./heap.js";
import type { WebhookChange } from "./payloads.js";
import type { WebhookField } from "./schema.js";
import type { Logged } from "./log.js";
import type { Subscription } from "./subscriptions.js";

/** A heap entry's order: `rank` (a due time, or the enqueue order), ties by `tie` (the enqueue order). */
interface Ranked extends HeapItem {
  rank: number;
  tie: number;
}
const earlier = (a: Ranked, b: Ranked) => a.rank < b.rank || (a.rank === b.rank && a.tie < b.tie);

/** A subscription's share of the queue. */
interface Owner {
  readonly subscription: Subscription;
  /** Entries waiting for this subscription, oldest first, not yet taken into its lanes. */
  readonly staged: Fifo<Entry>;
  readonly lanes: Map<string, Lane>;
  /** Lanes whose head is due, by the head's enqueue order. */
  readonly ready: Heap<Lane>;
  /** Deliveries due for a retry, by enqueue order. */
  readonly retries: Heap<Delivery>;
  /** Attempts in flight (each counted until it completes, even if its delivery was dropped meanwhile). */
  sending: number;
}

interface Lane extends Ranked {
  readonly key: string;
  readonly owner: Owner;
  /** Fresh deliveries, in enqueue order. */
  readonly waiting: Delivery[];
  /** The delivery in flight or awaiting a retry that holds the lane, or `null`. */
  holder: Delivery | null;
}

/** One POST to make: a fresh change, or (once taken) one or more changes in one body. */
export interface Delivery extends Ranked {
  /** Enqueue order (a batch: its first change's). */
  readonly seq: number;
  readonly owner: Owner;
  /** `waiting` in its lane, `held` awaiting a retry, `sending`, or `gone` (delivered or dropped). */
  state: "waiting" | "held" | "sending" | "gone";
  /** The lane it waits in or holds; a batch's, the lanes it holds. */
  lanes: Lane | Lane[];
  /** A fresh delivery's change (what a batch is built from); `null` once taken. */
  change: WebhookChange | null;
  readonly subscriptionId: string;
  field: WebhookField;
  summary: string;
  /** How many changes it carries. */
  changes: number;
  /** What it POSTs, once taken to send (or, fresh, once its change's body was built for it); `null` before. */
  body: string | null;
  /** Bytes it counts in the bound: its body's length, or its change's bound while it has no body. */
  bytes: number;
  dueAt: number;
  attempts: number;
  /** Mock-clock time of the latest attempt, `null` before the first. */
  startedAt: number | null;
  prev: Link | null;
  next: Link | null;
}

/** A change queued for subscriptions that have not taken it into their lanes yet, shared by them. */
interface Entry {
  /** Enqueue order of its first target; the target at index `i` is `seq + i`. */
  readonly seq: number;
  readonly change: WebhookChange;
  /** Bytes each target counts (the change's body length, or its bound when not built yet). */
  readonly bytes: number;
  readonly dueAt: number;
  /** The subscriptions it waits for, in subscription order; `null` once taken into a lane, dropped or unsubscribed. */
  readonly targets: (Owner | null)[];
  /** Targets not `null` (each counts one change and `bytes`). */
  live: number;
  /** The targets before it are `null`. */
  first: number;
  prev: Link | null;
  next: Link | null;
}

/** What the queue's age chain links: deliveries, and entries still staged for some subscriptions. */
type Link = Delivery | Entry;
const isEntry = (link: Link): link is Entry => "targets" in link;
/** What the queue holds (a delivery, or a change staged for subscriptions), as its drops name it. */
export type Held = Link;

/** A FIFO whose `shift` is O(1). */
class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) this.items = [];
    else if (this.head >= 1024 && this.head * 2 >= this.items.length) this.items.splice(0, this.head);
    else return item;
    this.head = 0;
    return item;
  }
}

/** The bounds of a queue. */
export interface QueueLimits {
  /** Changes held at most. */
  changes: number;
  /** Bytes of bodies held at most (a body shared by several subscriptions counts once for each; one not built yet, its change's bound). */
  bytes: number;
  /** POSTs in flight at most per subscription. */
  concurrency: number;
}

const isLane = (item: Lane | Delivery): item is Lane => "waiting" in item;

/** A delivery taken to send: its body is built. */
export type Started = Delivery & { body: string };

/** Bytes a change counts: its body's length once built, else its bound. */
const sizeOf = (change: WebhookChange): number => change.body?.length ?? change.bound!;

export class DeliveryQueue {
  private readonly owners = new Map<string, Owner>();
  /** The owners of a list of subscriptions (the lists a change's targets come in are kept while the subscriptions do not change). */
  private readonly ownersOf = new WeakMap<readonly Subscription[], Owner[]>();
  private readonly timers = new Heap<Lane | Delivery>(earlier);
  /** Subscriptions that may have something to start (something became ready, or a POST completed). */
  private readonly dirty = new Set<Owner>();
  /** Every delivery held, oldest first (a batch at its first change's place). */
  private oldest: Link | null = null;
  private newest: Link | null = null;
  private seq = 0;
  /** Changes held: waiting, in flight or awaiting a retry. */
  changes = 0;
  /** Bytes of the bodies held. */
  bytes = 0;

  constructor(
    private readonly limits: QueueLimits,
    /** Told of each delivery dropped to stay within the bounds: its subscription, how many changes it carried, and what it was (`describe(dropped, subscriptionId)`). */
    private readonly dropped: (subscriptionId: string, changes: number, dropped: Held, describe: (dropped: Held, subscriptionId: string) => Logged) => void,
    /** A change's body (built once, cached on the change). */
    private readonly bodyOf: (change: WebhookChange) => string,
  ) {}

  /** Queues a change for subscriptions, due at `dueAt` (its body built now when it has no `bound`); drops the oldest deliveries past the bounds. */
  add(subscriptions: readonly Subscription[], change: WebhookChange, dueAt: number, now: number): void {
    if (subscriptions.length === 0) return;
    if (change.bound === undefined) this.bodyOf(change);
    let owners = this.ownersOf.get(subscriptions);
    if (!owners) {
      owners = subscriptions.map((s) => this.ownerOf(s));
      this.ownersOf.set(subscriptions, owners);
    }
    const targets: (Owner | null)[] = owners.slice();
    const entry: Entry = { seq: this.seq + 1, change, bytes: sizeOf(change), dueAt, targets, live: targets.length, first: 0, prev: null, next: null };
    this.seq += targets.length;
    this.link(entry, null);
    for (const owner of owners) {
      owner.staged.push(entry);
      if (owner.sending < this.limits.concurrency) this.dirty.add(owner);
    }
    while (this.changes > this.limits.changes || this.bytes > this.limits.bytes) {
      const oldest = this.oldest!;
      if (isEntry(oldest)) {
        if (oldest === this.newest && oldest.live === 1) break; // the change just queued stays
        this.dropStaged(oldest);
      } else {
        if (oldest === this.newest) break;
        this.forget(oldest, now);
        this.dropped(oldest.subscriptionId, oldest.changes, oldest, this.describe);
      }
    }
  }

  /** Drops an entry's first remaining target (the oldest delivery held): it waited at the head of that subscription's FIFO. */
  private dropStaged(entry: Entry): void {
    while (entry.targets[entry.first] === null) entry.first++;
    const owner = entry.targets[entry.first]!;
    owner.staged.shift();
    this.untarget(entry, entry.first);
    this.dropped(owner.subscription.id, 1, entry, this.describe);
  }

  /** What a dropped delivery (or an entry's delivery to a subscription) was, for its log record. */
  private readonly describe = (dropped: Link, subscriptionId: string): Logged =>
    isEntry(dropped)
      ? { subscriptionId, field: dropped.change.field, summary: dropped.change.summary, changes: 1, attempts: 0, startedAt: null, body: this.bodyOf(dropped.change) }
      : { ...dropped, body: dropped.body ?? this.bodyOf(dropped.change!) };

  /** An entry no longer waits for its target at `index`: one change and one body fewer held; unlinked once it waits for none. */
  private untarget(entry: Entry, index: number): void {
    entry.targets[index] = null;
    entry.live--;
    this.changes--;
    this.bytes -= entry.bytes;
    if (entry.live === 0) this.unlinkLink(entry);
  }

  /** A subscription with room to send takes its staged entries into its lanes, in order. */
  private takeStaged(owner: Owner, now: number): void {
    for (let entry = owner.staged.shift(); entry; entry = owner.staged.shift()) {
      const index = entry.targets.indexOf(owner);
      this.enter(owner, entry, index, now);
      this.untarget(entry, index);
    }
  }

  /** A staged entry's delivery to one subscription, in its lane (and the age chain, just before the entry). */
  private enter(owner: Owner, entry: Entry, index: number, now: number): void {
    const { change, dueAt } = entry;
    let lane = owner.lanes.get(change.key);
    if (!lane) {
      lane = { key: change.key, owner, waiting: [], holder: null, heapIndex: -1, rank: 0, tie: 0 };
      owner.lanes.set(change.key, lane);
    }
    const delivery: Delivery = {
      seq: entry.seq + index,
      owner,
      state: "waiting",
      lanes: lane,
      change,
      subscriptionId: owner.subscription.id,
      field: change.field,
      summary: change.summary,
      changes: 1,
      body: change.body ?? null,
      bytes: sizeOf(change),
      dueAt,
      attempts: 0,
      startedAt: null,
      prev: null,
      next: null,
      heapIndex: -1,
      rank: 0,
      tie: 0,
    };
    this.link(delivery, entry);
    lane.waiting.push(delivery);
    if (lane.waiting.length === 1 && lane.holder === null) this.schedule(lane, now);
  }

  /**
   * The POSTs to start now: the timers due by `now` move to their subscription's ready lists, then
   * each subscription with room starts its oldest due retry or a new POST of its ready lanes'
   * heads (up to `maxChanges`, combined by `combine`), until it has `concurrency` in flight.
   */
  start(now: number, maxChanges: number, combine: (changes: WebhookChange[]) => Combined): Started[] {
    for (let timer = this.timers.peek(); timer && timer.rank <= now; timer = this.timers.peek()) {
      this.timers.pop();
      timer.rank = timer.tie;
      if (isLane(timer)) timer.owner.ready.push(timer);
      else timer.owner.retries.push(timer);
      this.dirty.add(timer.owner);
    }
    const started: Started[] = [];
    for (const owner of this.dirty) {
      this.dirty.delete(owner);
      if (this.owners.get(owner.subscription.id) !== owner) continue; // unsubscribed
      if (owner.sending < this.limits.concurrency) this.takeStaged(owner, now);
      while (owner.sending < this.limits.concurrency) {
        const lane = owner.ready.peek();
        const retry = owner.retries.peek();
        if (!lane && !retry) break;
        const delivery = retry && (!lane || retry.seq < lane.rank) ? (owner.retries.pop() as Started) : this.take(owner, now, maxChanges, combine);
        delivery.state = "sending";
        delivery.attempts++;
        delivery.startedAt = now;
        owner.sending++;
        started.push(delivery);
      }
    }
    return started;
  }

  /** An attempt completed: the delivery is done (delivered, or failed its last attempt) or due again at `retryAt`. */
  settle(delivery: Delivery, retryAt: number | null, now: number): void {
    delivery.owner.sending--;
    this.dirty.add(delivery.owner);
    if (delivery.state === "gone") return; // dropped while in flight
    if (retryAt === null) {
      this.forget(delivery, now);
      return;
    }
    delivery.state = "held";
    delivery.dueAt = retryAt;
    delivery.tie = delivery.seq;
    if (retryAt <= now) {
      delivery.rank = delivery.seq;
      delivery.owner.retries.push(delivery);
    } else {
      delivery.rank = retryAt;
      this.timers.push(delivery);
    }
  }

  /** Forgets a subscription's deliveries (nothing logged). */
  remove(subscriptionId: string): void {
    const owner = this.owners.get(subscriptionId);
    if (!owner) return;
    this.owners.delete(subscriptionId);
    this.dirty.delete(owner);
    for (const lane of owner.lanes.values()) this.timers.remove(lane);
    for (let entry = owner.staged.shift(); entry; entry = owner.staged.shift()) this.untarget(entry, entry.targets.indexOf(owner));
    for (let d = this.oldest; d; ) {
      const next = d.next;
      if (!isEntry(d) && d.owner === owner) {
        this.unlink(d);
        this.timers.remove(d);
        d.state = "gone";
      }
      d = next;
    }
  }

  /** When the earliest timer is due (a lane's head or a retry), or `undefined`. */
  nextDue(): number | undefined {
    return this.timers.peek()?.rank;
  }

  private ownerOf(subscription: Subscription): Owner {
    const known = this.owners.get(subscription.id);
    if (known) return known;
    const owner: Owner = { subscription, staged: new Fifo(), lanes: new Map(), ready: new Heap<Lane>(earlier), retries: new Heap<Delivery>(earlier), sending: 0 };
    this.owners.set(subscription.id, owner);
    return owner;
  }

  /** A new POST of ready lanes' heads, in enqueue order, as many as batching lets in; they hold their lanes. */
  private take(owner: Owner, now: number, maxChanges: number, combine: (changes: WebhookChange[]) => Combined): Started {
    const members: Started[] = [];
    const lanes: Lane[] = [];
    let total = 0;
    for (let lane = owner.ready.peek(); lane; lane = owner.ready.peek()) {
      const head = this.built(lane.waiting[0]!);
      if (!joins(members.length, total, head.body.length, maxChanges)) break;
      owner.ready.pop();
      lane.waiting.shift();
      members.push(head);
      total += head.body.length;
      if (lane.holder === null) lanes.push(lane);
      lane.holder = head; // until the POST is made
      const next = lane.waiting[0];
      if (next && next.dueAt <= now) {
        // The lane's next change, due too, may ride in the same POST after its head.
        lane.rank = lane.tie = next.seq;
        owner.ready.push(lane);
      }
    }
    for (const lane of lanes) owner.ready.remove(lane); // held by this POST: no other may take them
    const first = members[0]!;
    if (members.length === 1) {
      first.change = null;
      first.state = "held";
      return first;
    }
    const { body, field, summary, changes } = combine(members.map((m) => m.change!));
    const batch: Started = {
      ...first,
      state: "held",
      lanes,
      change: null,
      field,
      summary,
      changes,
      body,
      bytes: body.length,
      dueAt: Math.max(...members.map((m) => m.dueAt)),
      prev: null,
      next: null,
      heapIndex: -1,
    };
    this.link(batch, first);
    for (const member of members) {
      this.unlink(member);
      member.state = "gone";
    }
    for (const lane of lanes) lane.holder = batch;
    return batch;
  }

  /** A fresh delivery with its body: built (once for the change), and counted at its real length. */
  private built(delivery: Delivery): Started {
    if (delivery.body === null) {
      delivery.body = this.bodyOf(delivery.change!);
      this.bytes += delivery.body.length - delivery.bytes;
      delivery.bytes = delivery.body.length;
    }
    return delivery as Started;
  }

  /** Takes a delivery out of the queue: its counts, its place in its lane or its hold on its lanes, its timer. */
  private forget(delivery: Delivery, now: number): void {
    this.unlink(delivery);
    if (delivery.state === "waiting") {
      const lane = delivery.lanes as Lane;
      const at = lane.waiting.indexOf(delivery);
      lane.waiting.splice(at, 1);
      if (at === 0 && lane.holder === null) {
        this.unschedule(lane);
        this.settleLane(lane, now);
      }
    } else {
      this.unschedule(delivery);
      const { lanes } = delivery;
      if (Array.isArray(lanes)) for (const lane of lanes) this.release(lane, delivery, now);
      else this.release(lanes, delivery, now);
    }
    delivery.state = "gone";
  }

  /** Frees a lane held by `delivery`. */
  private release(lane: Lane, delivery: Delivery, now: number): void {
    if (lane.holder !== delivery) return;
    lane.holder = null;
    this.settleLane(lane, now);
  }

  /** A lane no longer held: its head scheduled, or the lane forgotten when empty. */
  private settleLane(lane: Lane, now: number): void {
    if (lane.waiting.length > 0) this.schedule(lane, now);
    else if (lane.owner.lanes.get(lane.key) === lane) lane.owner.lanes.delete(lane.key);
  }

  /** A free lane's head: ready when due, else a timer. */
  private schedule(lane: Lane, now: number): void {
    const head = lane.waiting[0]!;
    lane.tie = head.seq;
    if (head.dueAt <= now) {
      lane.rank = head.seq;
      lane.owner.ready.push(lane);
      this.dirty.add(lane.owner);
    } else {
      lane.rank = head.dueAt;
      this.timers.push(lane);
    }
  }

  private unschedule(item: Lane | Delivery): void {
    this.timers.remove(item);
    if (isLane(item)) item.owner.ready.remove(item);
    else item.owner.retries.remove(item);
  }

  /** Puts a delivery or an entry in the chain before `before` (at the end when `null`) and counts it (an entry: its targets). */
  private link(delivery: Link, before: Link | null): void {
    const prev = before ? before.prev : this.newest;
    delivery.prev = prev;
    delivery.next = before;
    if (prev) prev.next = delivery;
    else this.oldest = delivery;
    if (before) before.prev = delivery;
    else this.newest = delivery;
    const copies = isEntry(delivery) ? delivery.live : 1;
    this.changes += isEntry(delivery) ? copies : delivery.changes;
    this.bytes += delivery.bytes * copies;
  }

  private unlink(delivery: Delivery): void {
    if (delivery.state === "gone") return;
    this.unlinkLink(delivery);
    this.changes -= delivery.changes;
    this.bytes -= delivery.bytes;
  }

  /** Takes a delivery or an entry out of the chain (its counts are the caller's). */
  private unlinkLink(delivery: Link): void {
    const { prev, next } = delivery;
    if (prev) prev.next = next;
    else this.oldest = next;
    if (next) next.prev = prev;
    else this.newest = prev;
    delivery.prev = delivery.next = null;
  }
}
