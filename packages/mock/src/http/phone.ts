// The one phone check of the gateway's handlers and control API: the rule and normalization are
// the client's (`@sigfollow/client/rules`); this turns a violation into the 400 answer.
import { isValidPhone, normalizePhone, PHONE_MAX_LENGTH, PHONE_MIN_LENGTH } from "@sigfollow/client/rules";
import { invalidParameter } from "./errors.js";

/** The error detail of a phone that breaks the length rule. */
export const PHONE_RULE = `must be ${PHONE_MIN_LENGTH} to ${PHONE_MAX_LENGTH} characters once +, spaces and - are removed`;

/** The normalized phone, or a 400 code 100 naming `field` when it breaks the rule. */
export function requirePhone(field: string, phone: string): string {
  if (!isValidPhone(phone)) throw invalidParameter(`${field}: ${PHONE_RULE}`);
  return normalizePhone(phone);
}
