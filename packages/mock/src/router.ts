// Matches a method and path to a spec operation. Paths overlap by design
// (`/v1/{phoneNumberId}/messages` vs `/v1/contacts/{contactId}`): literal segments win, from left
// to right.
import type { OperationSpec } from "./spec.js";

/** A matched operation and its decoded path parameters. */
export interface RouteMatch {
  operation: OperationSpec;
  params: Record<string, string>;
}

interface Route {
  operation: OperationSpec;
  /** Literal segment, or `null` for a parameter. */
  literals: (string | null)[];
  names: (string | null)[];
}

/** Whether route `a` is more specific than `b` (first differing segment literal in `a`). */
function moreSpecific(a: Route, b: Route): boolean {
  for (let i = 0; i < a.literals.length; i++) {
    const la = a.literals[i] !== null;
    const lb = b.literals[i] !== null;
    if (la !== lb) return la;
  }
  return false;
}

/** The router over a set of operations. */
export class Router {
  private readonly byMethod = new Map<string, Map<number, Route[]>>();

  constructor(operations: readonly OperationSpec[]) {
    for (const operation of operations) {
      const literals = operation.segments.map((s) => (s.startsWith("{") ? null : s));
      const names = operation.segments.map((s) => (s.startsWith("{") ? s.slice(1, -1) : null));
      const route: Route = { operation, literals, names };
      const bySize = this.byMethod.get(operation.method) ?? new Map<number, Route[]>();
      const list = bySize.get(literals.length) ?? [];
      list.push(route);
      // Most specific first, so the first match wins.
      list.sort((a, b) => (moreSpecific(a, b) ? -1 : moreSpecific(b, a) ? 1 : 0));
      bySize.set(literals.length, list);
      this.byMethod.set(operation.method, bySize);
    }
  }

  /** The operation for `method` and `pathname` (still percent-encoded), or `null`. */
  match(method: string, pathname: string): RouteMatch | null {
    const bySize = this.byMethod.get(method);
    if (!bySize) return null;
    // parts[0] is the empty string before the leading slash; one trailing slash is allowed after
    // at least one segment; any other empty segment (`//`) makes the path unmatchable.
    const parts = pathname.split("/");
    let count = parts.length - 1;
    if (count > 1 && parts[count] === "") count--;
    for (let i = 1; i <= count; i++) if (parts[i] === "") return null;
    const routes = bySize.get(count);
    if (!routes) return null;
    for (const route of routes) {
      const params: Record<string, string> = {};
      let ok = true;
      for (let i = 0; i < count; i++) {
        const literal = route.literals[i];
        const segment = parts[i + 1]!;
        if (literal !== null) {
          if (literal !== segment) {
            ok = false;
            break;
          }
        } else {
          const decoded = safeDecode(segment);
          if (decoded === null || decoded === "") {
            ok = false;
            break;
          }
          params[route.names[i]!] = decoded;
        }
      }
      if (ok) return { operation: route.operation, params };
    }
    return null;
  }
}

function safeDecode(segment: string): string | null {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
