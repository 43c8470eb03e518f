// Fault injection: latency, a 5xx, a 429, one of Meta's send-time errors or a dropped connection,
// for the next N requests or for every request of a route, until removed.
import { ErrorCode } from "@sigfollow/client/rules";
import { z } from "zod";
import { operations, operationsById, type OperationSpec } from "./spec.js";

/** Meta's send-time errors a `meta_error` fault answers with. */
export const META_FAULT_CODES = [
  ErrorCode.ThroughputExceeded,
  ErrorCode.PairRateLimited,
  ErrorCode.SpamRateLimited,
  ErrorCode.PolicyBlocked,
  ErrorCode.WabaRateLimited,
  ErrorCode.SendFailure,
  ErrorCode.MissingParameter,
  ErrorCode.InvalidParameterValue,
] as const;

/** A fault to inject. */
export const faultSchema = z.strictObject({
  /**
   * `latency` delays the answer; `error` answers 5xx; `rate_limit` answers 429; `meta_error`
   * answers Meta's error `code` with Meta's HTTP status; `drop` drops the connection.
   */
  kind: z.enum(["latency", "error", "rate_limit", "meta_error", "drop"]),
  /** Meta's error code of a `meta_error` fault (required there, refused elsewhere). */
  code: z.literal(META_FAULT_CODES).optional(),
  /**
   * Only requests of this operation (`sendMessage`), route (`POST /v1/{phoneNumberId}/messages`) or
   * concrete path (`/v1/106540352242922/messages`, `POST /v1/106540352242922/messages`). Without a
   * method, a path matches every method. Default: every API request.
   */
  route: z.string().min(1).max(512).optional(),
  /** How many matching requests it applies to (default: every matching request until removed). */
  count: z.number().int().positive().optional(),
  /** Latency in milliseconds (kind `latency`, default 1000). */
  latencyMs: z.number().int().nonnegative().max(600_000).optional(),
  /** Status of an `error` fault: 500 (code 1) or 503 (code 2, default). */
  status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
  /** `Retry-After` in seconds: of a `rate_limit` fault (default 1), or of a `meta_error` (default: none, as Meta's documentation shows none). */
  retryAfterSeconds: z.number().int().nonnegative().max(86_400).optional(),
}).superRefine((fault, ctx) => {
  if ((fault.kind === "meta_error") !== (fault.code !== undefined)) {
    ctx.addIssue({ code: "custom", path: ["code"], message: fault.kind === "meta_error" ? `a meta_error fault needs a code: one of ${META_FAULT_CODES.join(", ")}` : "only a meta_error fault has a code" });
  }
});

/** One of {@link META_FAULT_CODES}. */
export type MetaFaultCode = (typeof META_FAULT_CODES)[number];

/** A fault as given to `faults.add` or `POST /__mock/faults`. */
export type FaultInput = z.input<typeof faultSchema>;

/** An active fault. */
export interface Fault extends FaultInput {
  id: string;
  /** Matching requests still to affect (`null`: unlimited). */
  remaining: number | null;
}

/** What the faults say about one request: extra latency, then possibly a terminal fault. */
export interface FaultDecision {
  latencyMs: number;
  terminal: Fault | null;
}

/** What a fault's `route` selects. */
interface RouteMatcher {
  /** Upper-case method, or `null` for any. */
  method: string | null;
  operationId: string | null;
  /** A path template of the spec (`/v1/{phoneNumberId}/messages`). */
  template: string | null;
  /** A concrete path, normalized (see {@link normalizePath}). */
  path: string | null;
}

/** The request a fault may apply to. */
export interface FaultTarget {
  /** The matched operation, or `null` for an unknown route. */
  operation: OperationSpec | null;
  method: string;
  /** The path relative to the gateway's base URL (`/v1/...`), still percent-encoded. */
  path: string;
}

/** Most faults active at once. */
export const MAX_FAULTS = 100;

/** The active faults of a gateway. */
export class FaultRegistry {
  private faults: { fault: Fault; matcher: RouteMatcher | null }[] = [];

  constructor(private readonly nextId: () => string) {}

  /** Adds a fault; a `route` that cannot match any request, or a 101st fault, throws a RangeError saying why. */
  add(input: FaultInput): Fault {
    const parsed = faultSchema.parse(input);
    if (this.faults.length >= MAX_FAULTS) throw new RangeError(`faults: at most ${MAX_FAULTS} active faults; remove some first`);
    const matcher = parsed.route === undefined ? null : parseRoute(parsed.route);
    const fault: Fault = { ...parsed, id: this.nextId(), remaining: parsed.count ?? null };
    this.faults.push({ fault, matcher });
    return { ...fault };
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f.fault }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.fault.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  /** Consumes the faults that apply to a request. */
  take(target: FaultTarget): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, terminal: null };
    if (this.faults.length === 0) return decision;
    let path: string | undefined;
    for (const { fault, matcher } of this.faults) {
      if (fault.remaining === 0) continue;
      if (matcher && !matches(matcher, target, () => (path ??= normalizePath(target.path)))) continue;
      if (fault.kind !== "latency" && decision.terminal) continue;
      if (fault.remaining !== null) fault.remaining--;
      if (fault.kind === "latency") decision.latencyMs += fault.latencyMs ?? 1000;
      else decision.terminal = fault;
    }
    this.faults = this.faults.filter((f) => f.fault.remaining !== 0);
    return decision;
  }
}

function matches(matcher: RouteMatcher, target: FaultTarget, path: () => string): boolean {
  if (matcher.method !== null && matcher.method !== target.method) return false;
  if (matcher.operationId !== null) return target.operation?.operationId === matcher.operationId;
  if (matcher.template !== null) return target.operation?.path === matcher.template;
  return matcher.path === path();
}

/** A path without its trailing slash, each segment percent-decoded where it decodes. */
function normalizePath(path: string): string {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  if (!trimmed.includes("%")) return trimmed;
  return trimmed
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

const ROUTE_HELP = 'give an operationId (e.g. sendMessage), "METHOD /v1/{template}" or a request path such as /v1/106540352242922/messages';

/** What a `route` selects; a RangeError naming the problem when it can select nothing. */
function parseRoute(route: string): RouteMatcher {
  const trimmed = route.trim();
  const spaced = /^([A-Za-z]+)\s+(\S.*)$/.exec(trimmed);
  const method = spaced ? spaced[1]!.toUpperCase() : null;
  const rest = spaced ? spaced[2]! : trimmed;
  if (!rest.startsWith("/")) {
    if (method === null && operationsById.has(rest)) return { method: null, operationId: rest, template: null, path: null };
    throw new RangeError(`route: ${JSON.stringify(route)} is not an operation of the spec; ${ROUTE_HELP}`);
  }
  if (method !== null && !METHODS.has(method)) throw new RangeError(`route: ${method} is not an HTTP method; ${ROUTE_HELP}`);
  if (/[?#]/.test(rest)) throw new RangeError(`route: ${JSON.stringify(route)}: give the path without query string or fragment`);
  if (rest.includes("{")) {
    if (!operations.some((o) => o.path === rest && (method === null || o.method === method))) {
      throw new RangeError(`route: no operation ${method ?? "of any method"} has the path template ${rest}; ${ROUTE_HELP}`);
    }
    return { method, operationId: null, template: rest, path: null };
  }
  return { method, operationId: null, template: null, path: normalizePath(rest) };
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
