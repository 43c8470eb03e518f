// Fault injection: latency, a 5xx, a 429 or a dropped connection, for the next N requests or for
// every request of a route, until removed.
import { z } from "zod";
import type { OperationSpec } from "./spec.js";

/** A fault to inject. */
export const faultSchema = z.strictObject({
  /** `latency` delays the answer; `error` answers 5xx; `rate_limit` answers 429; `drop` drops the connection. */
  kind: z.enum(["latency", "error", "rate_limit", "drop"]),
  /** Only requests of this operation (`sendMessage`) or route (`POST /v1/{phoneNumberId}/messages`). Default: every API request. */
  route: z.string().min(1).optional(),
  /** How many matching requests it applies to (default: every matching request until removed). */
  count: z.number().int().positive().optional(),
  /** Latency in milliseconds (kind `latency`, default 1000). */
  latencyMs: z.number().int().nonnegative().max(600_000).optional(),
  /** Status of an `error` fault: 500 (code 1) or 503 (code 2, default). */
  status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
  /** `Retry-After` of a `rate_limit` fault, in seconds (default 1). */
  retryAfterSeconds: z.number().int().nonnegative().max(86_400).optional(),
});

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

/** The active faults of a gateway. */
export class FaultRegistry {
  private faults: Fault[] = [];

  constructor(private readonly nextId: () => string) {}

  add(input: FaultInput): Fault {
    const parsed = faultSchema.parse(input);
    const fault: Fault = { ...parsed, id: this.nextId(), remaining: parsed.count ?? null };
    this.faults.push(fault);
    return { ...fault };
  }

  list(): Fault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  /** Consumes the faults that apply to a request of `operation` (or of no operation: unknown route). */
  take(operation: OperationSpec | null): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, terminal: null };
    if (this.faults.length === 0) return decision;
    for (const fault of this.faults) {
      if (fault.remaining === 0) continue;
      if (fault.route !== undefined && !matches(fault.route, operation)) continue;
      if (fault.kind !== "latency" && decision.terminal) continue;
      if (fault.remaining !== null) fault.remaining--;
      if (fault.kind === "latency") decision.latencyMs += fault.latencyMs ?? 1000;
      else decision.terminal = fault;
    }
    this.faults = this.faults.filter((f) => f.remaining !== 0);
    return decision;
  }
}

function matches(route: string, operation: OperationSpec | null): boolean {
  if (!operation) return false;
  return route === operation.operationId || route === `${operation.method} ${operation.path}`;
}
