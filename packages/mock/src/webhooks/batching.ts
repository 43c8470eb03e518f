// Batching: which fresh changes may share a POST (at most `maxChanges`, their bodies under 3 MB),
// and the one body they then make. The queue decides which changes are due together and keeps
// their order; this module only measures and combines.
import { batchPayload, type WebhookChange, webhookBody } from "./payloads.js";
import { MAX_BATCH_BYTES, type WebhookField } from "./schema.js";

/** Summaries a batch's log record shows at most. */
const SUMMARY_CHANGES = 5;

/** A delivery's summary for the log: its change's, or the first changes' of a batch and how many more. */
export function summarize(changes: readonly WebhookChange[]): string {
  const shown = changes.slice(0, SUMMARY_CHANGES).map((c) => c.summary);
  return changes.length > SUMMARY_CHANGES ? `${shown.join("; ")}; … ${changes.length - SUMMARY_CHANGES} more` : shown.join("; ");
}

/**
 * Whether one more change, of a body of `bytes`, joins a batch of `count` changes whose bodies
 * add up to `total` (more than the combined body's: one envelope, so a bound on it). A first
 * change always does.
 */
export const joins = (count: number, total: number, bytes: number, maxChanges: number): boolean =>
  count === 0 || (count < maxChanges && total + bytes <= MAX_BATCH_BYTES);

/** What a POST of several changes carries: one body holding them in order, and what the log says of it. */
export interface Combined {
  body: string;
  field: WebhookField;
  summary: string;
  changes: number;
}

/** One POST's body and log fields for changes, in order (their bodies built with `body`, e.g. checked against the spec). */
export function combine(changes: readonly WebhookChange[], build: (body: string) => string = (b) => b): Combined {
  return { body: build(webhookBody(batchPayload(changes))), field: changes[0]!.field, summary: summarize(changes), changes: changes.length };
}
