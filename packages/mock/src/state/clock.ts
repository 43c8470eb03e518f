/** Something that tells the time, in milliseconds since the epoch. */
export interface Clock {
  now(): number;
}

/** Earliest time the mock clock can show: 1970-01-01T00:00:00.000Z. */
export const CLOCK_MIN = 0;
/** Latest time the mock clock can show: 9999-12-31T23:59:59.999Z (later years are not ISO 8601 date-times). */
export const CLOCK_MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** `time` if the clock can show it; a RangeError naming `what` (and changing nothing) otherwise. */
function inRange(time: number, what: string): number {
  if (!Number.isFinite(time) || time < CLOCK_MIN || time > CLOCK_MAX) {
    throw new RangeError(`${what}: the clock must stay between 1970-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z`);
  }
  return time;
}

/** `frozen`: time moves only when told to; `running`: time moves with the wall clock from its start. */
export type ClockMode = "frozen" | "running";

/**
 * The gateway's clock: 24-hour windows, the 60 s inbound cooldown, automatic template review,
 * rate-limit windows and every timestamp the mock writes read it. Frozen by default, so snapshot
 * tests are stable; the control API advances or sets it.
 *
 * @example
 * ```ts
 * const clock = new MockClock(Date.parse("2026-05-13T22:00:00.000Z"));
 * clock.advance(25 * 3600_000); // the 24-hour window is now closed
 * ```
 */
export class MockClock implements Clock {
  private base: number;
  private anchor: number;

  /**
   * @param start Start time (ms since the epoch).
   * @param mode `frozen` (default) or `running`.
   * @param source The wall clock a `running` clock follows (default `Date.now`).
   */
  constructor(
    start: number,
    readonly mode: ClockMode = "frozen",
    private readonly source: () => number = () => Date.now(),
  ) {
    this.base = start;
    this.anchor = source();
  }

  now(): number {
    return this.mode === "frozen" ? this.base : this.base + (this.source() - this.anchor);
  }

  /** Moves the clock forward (or back, with a negative value) by `ms` milliseconds; out of range, throws a RangeError and stays. */
  advance(ms: number): number {
    const now = this.now();
    this.base += inRange(now + ms, "advance") - now;
    return this.now();
  }

  /** Sets the clock to `time` (ms since the epoch); out of range, throws a RangeError and stays. */
  set(time: number): number {
    this.base = inRange(time, "set");
    this.anchor = this.source();
    return this.now();
  }
}

/** Whether a clock can be moved by the control API. */
export function isControllable(clock: Clock): clock is Clock & Pick<MockClock, "advance" | "set"> {
  const c = clock as Partial<MockClock>;
  return typeof c.advance === "function" && typeof c.set === "function";
}

/** ISO 8601 form of a clock time. */
export const iso = (time: number): string => new Date(time).toISOString();
