/**
 * The small core every builder shares: a frozen state, and `with()` that returns a new builder of
 * the same class over a copied state, so a builder can be reused as a base for many messages
 * without one call leaking into another.
 *
 * @example
 * ```ts
 * class Greeting extends Builder<{ name?: string }> {
 *   name(name: string) { return this.with({ name }); }
 * }
 * ```
 */
export abstract class Builder<S extends object> {
  /** The builder's state; read-only, never mutated. */
  protected readonly state: Readonly<S>;

  constructor(state: S) {
    this.state = Object.freeze(state);
    Object.freeze(this);
  }

  /** A new builder of the same class with `patch` applied; `this` is left unchanged. */
  protected with(patch: Partial<S>): any {
    return new (this.constructor as new (state: S) => this)({ ...this.state, ...patch });
  }
}

/**
 * Drops `undefined` properties, keeping the order of the others: the documented key order is
 * written once as an object literal, and optional fields that were not set disappear.
 *
 * @example
 * ```ts
 * compact({ body: "Hi", preview_url: undefined }); // { body: "Hi" }
 * ```
 */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
