/**
 * Shortest phone number the gateway accepts, counted after {@link normalizePhone}.
 *
 * @example
 * ```ts
 * normalizePhone("+1 23").length < PHONE_MIN_LENGTH; // true: the gateway refuses it (400, code 100)
 * ```
 */
export const PHONE_MIN_LENGTH = 5;
/**
 * Longest phone number the gateway accepts, counted after {@link normalizePhone}.
 *
 * @example
 * ```ts
 * const ok = normalizePhone(input).length <= PHONE_MAX_LENGTH;
 * ```
 */
export const PHONE_MAX_LENGTH = 32;

/**
 * Normalizes a phone number the way the SigFollow gateway does: strips `+`, spaces and `-`.
 * Nothing else is changed (no country code is added, other characters are kept).
 *
 * @example
 * ```ts
 * normalizePhone("+1 650-555-1234"); // "16505551234"
 * ```
 */
export function normalizePhone(phone: string): string {
  return phone.replace(/[+\s-]/g, "");
}

/**
 * Whether a phone number is 5 to 32 characters long once normalized, the gateway's rule for
 * contact and blacklist phones.
 *
 * @example
 * ```ts
 * isValidPhone("+1 650-555-1234"); // true
 * isValidPhone("+12 3"); // false (3 characters once normalized)
 * ```
 */
export function isValidPhone(phone: string): boolean {
  const { length } = normalizePhone(phone);
  return length >= PHONE_MIN_LENGTH && length <= PHONE_MAX_LENGTH;
}
