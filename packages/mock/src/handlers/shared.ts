import { PHONE_MAX_LENGTH, PHONE_MIN_LENGTH } from "@sigfollow/client/rules";

/** The error detail of a phone that breaks the length rule. */
export const PHONE_RULE = `must be ${PHONE_MIN_LENGTH} to ${PHONE_MAX_LENGTH} characters once +, spaces and - are removed`;
