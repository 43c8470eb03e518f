// A binary min-heap whose items know their place (`heapIndex`), so one can be removed in O(log n)
// wherever it is: the delivery queue's timers and ready lists, which change on every event and must
// not be rescanned.

/** An item that can be in one heap at a time: `heapIndex` is its place there, -1 when in none. */
export interface HeapItem {
  heapIndex: number;
}

export class Heap<T extends HeapItem> {
  private readonly items: T[] = [];

  /** `before(a, b)`: whether `a` comes out before `b`. */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  has(item: T): boolean {
    return this.items[item.heapIndex] === item;
  }

  push(item: T): void {
    item.heapIndex = this.items.length;
    this.items.push(item);
    this.up(item.heapIndex);
  }

  pop(): T | undefined {
    const top = this.items[0];
    if (top) this.remove(top);
    return top;
  }

  /** Takes `item` out (nothing when it is not in this heap). */
  remove(item: T): void {
    const at = item.heapIndex;
    if (this.items[at] !== item) return;
    const last = this.items.pop()!;
    item.heapIndex = -1;
    if (last === item) return;
    this.items[at] = last;
    last.heapIndex = at;
    this.down(at);
    this.up(last.heapIndex);
  }

  /** Every item, in no order. */
  values(): readonly T[] {
    return this.items;
  }

  private up(i: number): void {
    const { items } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(items[i]!, items[parent]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const { items } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < items.length && this.before(items[l]!, items[least]!)) least = l;
      if (r < items.length && this.before(items[r]!, items[least]!)) least = r;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(a: number, b: number): void {
    const { items } = this;
    const x = items[a]!;
    const y = items[b]!;
    items[a] = y;
    items[b] = x;
    x.heapIndex = b;
    y.heapIndex = a;
  }
}
