// The control API over HTTP, under /__mock: one declarative table (method, path, input schema,
// operation). `GET /__mock` lists it, the dispatcher below answers from it, and a test checks the
// READMEs' control tables against it.
import { DISPLAY_NAME_MAX_LENGTH } from "@sigfollow/client/rules";
import { z } from "zod";
import { faultSchema } from "../faults.js";
import { MAX_JSON_BYTES, mediaType, readJson } from "../http/body.js";
import { ok, type Reply } from "../http/context.js";
import { objectNotFound, unknownControlRoute } from "../http/errors.js";
import type { Incoming } from "../http/incoming.js";
import type { MockSeed } from "../seed/schema.js";
import { SCOPES, spec } from "../spec.js";
import { MAX_TAGS_PER_TENANT, TAG_NAME_MAX_LENGTH, TEMPLATE_STATUSES } from "../state/store.js";
import { QUALITY_SCORES } from "../webhooks/payloads.js";
import {
  inboundContentShape,
  recipientSchema,
  subscriptionSchema,
  systemMessageSchema,
  valueErrorsSchema,
  webhookBatchSchema,
  webhookFaultSchema,
} from "../webhooks/schema.js";
import { parseInput } from "./input.js";
import { addTagsSchema, type ControlOperations } from "./operations.js";

const isoTime = z.iso.datetime({ offset: true });
/** A rejection reason (Meta's are short codes such as `INVALID_FORMAT`). */
const reasonText = z.string().min(1).max(256);
/** WhatsApp's limit on a text message's body: the spec's `TextObject.body.maxLength` (4096). */
const TEXT_BODY_MAX_LENGTH = (spec.components as { schemas: { TextObject: { properties: { body: { maxLength: number } } } } }).schemas.TextObject.properties.body.maxLength;

/** What an operation of the table gets: the operations, the validated body, `{id}` and the query. */
interface Call<I> {
  ops: ControlOperations;
  input: I;
  id: string;
  query: URLSearchParams;
}

/** One control route. */
export interface ControlRoute<I = unknown> {
  method: "GET" | "POST" | "DELETE";
  /** Under `/__mock`; `{id}` stands for one path segment. */
  path: string;
  /** The JSON body's schema; `optional` when the body may be left out; `summary` shows it in `GET /__mock` instead of its field list. */
  input?: { schema: z.ZodType<I>; optional?: boolean; summary?: string };
  /** Query parameters it reads. */
  query?: string[];
  /** What it does, for `GET /__mock`. */
  summary: string;
  run(call: Call<I>): unknown;
}

const route = <I>(r: ControlRoute<I>): ControlRoute => r as ControlRoute;

const advance = z
  .strictObject({
    ms: z.number().optional(),
    seconds: z.number().optional(),
    minutes: z.number().optional(),
    hours: z.number().optional(),
    days: z.number().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "give ms, seconds, minutes, hours or days" });

/** Every control route. */
export const CONTROL_TABLE: readonly ControlRoute[] = [
  route({ method: "GET", path: "/__mock", summary: "this list", run: () => ({ routes: CONTROL_ROUTES }) }),
  route({
    method: "POST",
    path: "/__mock/reset",
    input: { schema: z.strictObject({ seed: z.unknown().optional() }), optional: true },
    summary: "restore the seed (or a new one): state, clock, ids, records, faults",
    run: async ({ ops, input }) => {
      const report = await ops.reset(input.seed as MockSeed | undefined);
      return { ok: true, now: ops.now(), apiKeys: report.apiKeys };
    },
  }),
  route({ method: "GET", path: "/__mock/clock", summary: "{ now }", run: ({ ops }) => ({ now: ops.now() }) }),
  route({
    method: "POST",
    path: "/__mock/clock/advance",
    input: { schema: advance, summary: "{ ms | seconds | minutes | hours | days }" },
    summary: "move the clock forward",
    run: ({ ops, input: b }) => ({
      now: ops.advanceClock((b.ms ?? 0) + (b.seconds ?? 0) * 1e3 + (b.minutes ?? 0) * 6e4 + (b.hours ?? 0) * 3.6e6 + (b.days ?? 0) * 8.64e7),
    }),
  }),
  route({
    method: "POST",
    path: "/__mock/clock/set",
    input: { schema: z.strictObject({ now: isoTime }) },
    summary: "set the clock",
    run: ({ ops, input }) => ({ now: ops.setClock(input.now) }),
  }),
  route({
    method: "POST",
    path: "/__mock/inbound",
    input: {
      schema: z.strictObject({
        phoneNumberId: z.string().min(1).max(64),
        from: z.string().min(1).max(64),
        profileName: z.string().max(DISPLAY_NAME_MAX_LENGTH).optional(),
        at: isoTime.optional(),
        ...inboundContentShape,
      }),
    },
    summary: "an inbound message of any type (a reply names the message it answers): opens the 24-hour window, lazily upserts the contact, delivers the webhook",
    run: ({ ops, input }) => ops.receiveInbound(input),
  }),
  route({ method: "GET", path: "/__mock/inbound", summary: "simulated inbound messages", run: ({ ops }) => ({ data: ops.inboundMessages() }) }),
  route({
    method: "POST",
    path: "/__mock/inbound/system",
    input: { schema: systemMessageSchema },
    summary: "a system message: the user changed their number (contact and window move) or their user id",
    run: ({ ops, input }) => ops.receiveSystem(input),
  }),
  route({ method: "POST", path: "/__mock/templates/{id}/approve", summary: "template → APPROVED", run: ({ ops, id }) => ops.approveTemplate(id) }),
  route({
    method: "POST",
    path: "/__mock/templates/{id}/reject",
    input: { schema: z.strictObject({ reason: reasonText.optional() }), optional: true },
    summary: "template → REJECTED",
    run: ({ ops, id, input }) => ops.rejectTemplate(id, input.reason),
  }),
  route({ method: "POST", path: "/__mock/templates/{id}/pause", summary: "template → PAUSED", run: ({ ops, id }) => ops.pauseTemplate(id) }),
  route({
    method: "POST",
    path: "/__mock/templates/{id}/status",
    input: { schema: z.strictObject({ status: z.enum(TEMPLATE_STATUSES), reason: reasonText.optional() }) },
    summary: "template → any status",
    run: ({ ops, id, input }) => ops.setTemplateStatus(id, input.status, input.reason),
  }),
  route({
    method: "POST",
    path: "/__mock/templates/{id}/category",
    input: { schema: z.strictObject({ category: z.enum(["UTILITY", "MARKETING", "AUTHENTICATION"]) }) },
    summary: "recategorize a template (template_category_update)",
    run: ({ ops, id, input }) => ops.setTemplateCategory(id, input.category),
  }),
  route({
    method: "POST",
    path: "/__mock/templates/{id}/quality",
    input: { schema: z.strictObject({ score: z.enum(QUALITY_SCORES), previous: z.enum(QUALITY_SCORES).optional() }) },
    summary: "a template quality change (message_template_quality_update)",
    run: ({ ops, id, input }) => ops.setTemplateQuality(id, input.score, input.previous),
  }),
  route({
    method: "POST",
    path: "/__mock/webhooks",
    input: { schema: subscriptionSchema.extend({ wabaId: z.string().min(1).max(128) }) },
    summary: "subscribe a callback URL to a WABA's webhooks (GET handshake first when verifyToken is given)",
    run: ({ ops, input }) => ops.subscribeWebhook(input),
  }),
  route({ method: "GET", path: "/__mock/webhooks", summary: "webhook subscriptions", run: ({ ops }) => ({ data: ops.webhookSubscriptions() }) }),
  route({
    method: "DELETE",
    path: "/__mock/webhooks/{id}",
    summary: "unsubscribe",
    run: ({ ops, id }) => {
      if (!ops.unsubscribeWebhook(id)) throw objectNotFound(id);
      return { ok: true };
    },
  }),
  route({
    method: "POST",
    path: "/__mock/webhooks/flush",
    summary: "deliver every due webhook (retries due now included); answers once all completed",
    run: ({ ops }) => ops.flushWebhooks(),
  }),
  route({ method: "GET", path: "/__mock/webhooks/deliveries", summary: "webhook delivery attempts, oldest first", run: ({ ops }) => ({ data: ops.webhookDeliveries() }) }),
  route({
    method: "POST",
    path: "/__mock/webhooks/recipients",
    input: { schema: recipientSchema },
    summary: "how far a recipient's messages get in status webhooks (read, delivered, sent, failed with errorCode), and who they are in webhooks (userId, username, phoneHidden)",
    run: ({ ops, input }) => ops.setWebhookRecipient(input),
  }),
  route({
    method: "POST",
    path: "/__mock/webhooks/faults",
    input: { schema: webhookFaultSchema },
    summary: "fail the next N delivery attempts (as status), or deliver the next N payloads twice",
    run: ({ ops, input }) => ops.addWebhookFault(input),
  }),
  route({
    method: "POST",
    path: "/__mock/webhooks/batch",
    input: { schema: webhookBatchSchema },
    summary: "batch the webhooks due together for a subscription into POSTs of up to maxChanges changes (1..1000; 1, the default: one change per POST)",
    run: ({ ops, input }) => ops.setWebhookBatch(input),
  }),
  route({
    method: "POST",
    path: "/__mock/webhooks/errors",
    input: { schema: valueErrorsSchema },
    summary: "a messages change with value-level errors only (e.g. 130429: the number's throughput reached)",
    run: ({ ops, input }) => ops.sendValueErrors(input),
  }),
  route({
    method: "POST",
    path: "/__mock/api-keys",
    input: {
      schema: z.strictObject({
        tenantId: z.string().min(1).max(128),
        scopes: z.array(z.enum(SCOPES as [string, ...string[]])).max(SCOPES.length).optional(),
        allowedPhoneNumberIds: z.array(z.string().min(1).max(64)).max(100).optional(),
        name: z.string().max(128).optional(),
        environment: z.enum(["test", "live"]).optional(),
        rateLimitPerSecond: z.number().int().positive().optional(),
      }),
    },
    summary: "a new API key; the plaintext is returned once",
    run: ({ ops, input }) => ops.createApiKey(input),
  }),
  route({
    method: "POST",
    path: "/__mock/tags",
    input: { schema: addTagsSchema, summary: "{ tenantId, tags: [{ id?, name }] }" },
    summary: `add tags to a tenant's catalog, all or none (names up to ${TAG_NAME_MAX_LENGTH} characters, ${MAX_TAGS_PER_TENANT} tags per tenant; ids generated when left out)`,
    run: ({ ops, input }) => ops.addTags(input),
  }),
  route({
    method: "DELETE",
    path: "/__mock/api-keys/{id}",
    summary: "revoke an API key",
    run: ({ ops, id }) => {
      if (!ops.revokeApiKey(id)) throw objectNotFound(id);
      return { ok: true };
    },
  }),
  route({
    method: "GET",
    path: "/__mock/messages",
    query: ["tenantId", "phoneNumberId", "to"],
    summary: "accepted outbound messages",
    run: ({ ops, query }) => ({
      data: ops.messages({ tenantId: query.get("tenantId") ?? undefined, phoneNumberId: query.get("phoneNumberId") ?? undefined, to: query.get("to") ?? undefined }),
    }),
  }),
  route({ method: "GET", path: "/__mock/requests", summary: "recorded API requests", run: ({ ops }) => ({ data: ops.requests() }) }),
  route({
    method: "DELETE",
    path: "/__mock/requests",
    summary: "forget recorded requests and messages",
    run: ({ ops }) => {
      ops.clearRecords();
      return { ok: true };
    },
  }),
  route({ method: "GET", path: "/__mock/faults", summary: "active faults", run: ({ ops }) => ({ data: ops.faults.list() }) }),
  route({ method: "POST", path: "/__mock/faults", input: { schema: faultSchema }, summary: "inject a fault", run: ({ ops, input }) => ops.faults.add(input) }),
  route({
    method: "DELETE",
    path: "/__mock/faults",
    summary: "remove every fault",
    run: ({ ops }) => {
      ops.faults.clear();
      return { ok: true };
    },
  }),
  route({
    method: "DELETE",
    path: "/__mock/faults/{id}",
    summary: "remove one fault",
    run: ({ ops, id }) => {
      if (!ops.faults.remove(id)) throw objectNotFound(id);
      return { ok: true };
    },
  }),
  route({ method: "GET", path: "/__mock/snapshot", summary: "the whole state as JSON", run: ({ ops }) => ops.snapshot() }),
];

/** The fields of a route's JSON body, optional ones marked `name?`. */
export function inputFields(r: ControlRoute): string[] {
  const shape = (r.input?.schema as { shape?: Record<string, z.ZodType> } | undefined)?.shape ?? {};
  return Object.entries(shape).map(([name, field]) => (field.safeParse(undefined).success ? `${name}?` : name));
}

/** A route as a line of `GET /__mock`: method, path with its query, input, what it does. */
function describe(r: ControlRoute): string {
  const path = r.query ? `${r.path}?${r.query.join("&")}` : r.path;
  const input = r.input ? `${r.input.optional ? "optional " : ""}${r.input.summary ?? `{ ${inputFields(r).join(", ")} }`}: ` : "";
  return `${r.method.padEnd(7)}${path.padEnd(43)}${input}${r.summary}`;
}

/** The control routes, one line each, as `GET /__mock` lists them (and the READMEs document them). */
export const CONTROL_ROUTES: readonly string[] = CONTROL_TABLE.map(describe);

/** Each route's path segments under `/__mock`. */
const SEGMENTS = new Map(CONTROL_TABLE.map((r) => [r, r.path.split("/").slice(2)]));

/** The route for a method and a path's segments under `/__mock`, with its `{id}`. */
function find(method: string, parts: string[]): { route: ControlRoute; id: string } | null {
  for (const [r, segments] of SEGMENTS) {
    if (r.method !== method || segments.length !== parts.length) continue;
    if (!segments.every((s, i) => s === "{id}" || s === parts[i])) continue;
    const at = segments.indexOf("{id}");
    return { route: r, id: at < 0 ? "" : parts[at]! };
  }
  return null;
}

/** The validated JSON body of a control call (`{}` for an optional body left out). */
async function readInput<I>(request: Incoming, input: NonNullable<ControlRoute<I>["input"]>): Promise<I> {
  // An optional body may be left out: no Content-Type, or an empty body.
  const absent = input.optional === true && (!mediaType(request) || (await request.bytes(MAX_JSON_BYTES)).byteLength === 0);
  return parseInput(input.schema, absent ? {} : await readJson(request));
}

/**
 * Answers one control request. `pathname` is the request's path (still percent-encoded), `path` the
 * part of it after `/__mock`, `search` the query string.
 */
export async function answerControl(ops: ControlOperations, request: Incoming, url: { pathname: string; path: string; search: string }): Promise<Reply> {
  const { path, search } = url;
  const parts = path
    .split("/")
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const found = find(request.method, parts);
  if (!found) throw unknownControlRoute(request.method, url.pathname);
  const { route: r, id } = found;
  const input = r.input ? await readInput(request, r.input) : undefined;
  return ok(await r.run({ ops, input, id, query: new URLSearchParams(search) }));
}
