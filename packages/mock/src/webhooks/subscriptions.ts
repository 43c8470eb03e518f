// Webhook subscriptions: who receives what (a WABA's fields, at a URL or an in-process function,
// signed with an app secret), as listed, and which callback URLs are refused: the mock's own
// surface (a delivery there would drive the mock itself, e.g. approve a template, which delivers
// again: a loop), besides the schema's checks (http(s), no credentials).
import { invalidParameter, objectNotFound } from "../http/errors.js";
import { iso } from "../state/clock.js";
import { type SubscriptionInput, WEBHOOK_FIELDS, WEBHOOK_LIMITS, type WebhookField } from "./schema.js";

/** A receiver given in process instead of a URL. */
export type WebhookFunction = (request: Request) => Response | Promise<Response>;

/** A subscription to store: a URL or (in process) a function. */
export type SubscribeInput = Omit<SubscriptionInput, "url"> & { wabaId: string; url: string | WebhookFunction };

/** A subscription as listed (the app secret and verify token are never shown). */
export interface WebhookSubscription {
  id: string;
  wabaId: string;
  /** The callback URL, or `"function"` for an in-process receiver. */
  url: string;
  fields: WebhookField[];
  /** Whether the GET handshake was performed and answered. */
  verified: boolean;
  createdAt: string;
}

/** A subscription as kept. */
export interface Subscription {
  id: string;
  wabaId: string;
  target: string | WebhookFunction;
  appSecret: string;
  fields: Set<WebhookField>;
  verified: boolean;
  createdAt: number;
}

export const view = (s: Subscription): WebhookSubscription => ({
  id: s.id,
  wabaId: s.wabaId,
  url: typeof s.target === "string" ? s.target : "function",
  fields: [...s.fields],
  verified: s.verified,
  createdAt: iso(s.createdAt),
});

/** A standalone server of the gateway: its port, and the host names and addresses it is reached at besides loopback ones. */
export interface OwnServer {
  port: number;
  hosts: readonly string[];
}

/** A host name as compared: lower case, without IPv6 brackets or a trailing dot. */
const bare = (hostname: string) => hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");

/** Host names that always mean this machine: loopback and unspecified addresses, `localhost` and its subdomains. */
function isLocalHost(host: string): boolean {
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (/^127\.\d+\.\d+\.\d+$/.test(host) || host === "0.0.0.0") return true;
  // IPv6 as the URL parser writes it: ::1, ::, and IPv4-mapped forms of the above (::ffff:7f00:1, ::ffff:0:0).
  if (host === "::1" || host === "::") return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const high = Number.parseInt(mapped[1]!, 16);
    return high >> 8 === 127 || (high === 0 && Number.parseInt(mapped[2]!, 16) === 0);
  }
  return false;
}

const DEFAULT_PORTS: Record<string, number> = { "http:": 80, "https:": 443 };

/**
 * Why a callback URL is the gateway's own surface, or `null`: the origin of the base URL the MSW
 * handlers answer (in process), or a standalone server's port on a local address or one of its
 * host names.
 */
export function ownSurfaceProblem(url: URL, origins: readonly string[], servers: readonly OwnServer[]): string | null {
  if (origins.includes(url.origin)) return `url: ${url.origin} is the mock gateway's own base URL; deliveries there would call the mock itself (a loop)`;
  const port = url.port === "" ? DEFAULT_PORTS[url.protocol] : Number(url.port);
  const host = bare(url.hostname);
  for (const server of servers) {
    if (port === server.port && (isLocalHost(host) || server.hosts.some((h) => bare(h) === host))) {
      return `url: port ${port} of this machine is the mock gateway's own server; deliveries there would call the mock itself (a loop)`;
    }
  }
  return null;
}

/** The subscriptions of one gateway state. */
export class Subscriptions {
  private readonly byId = new Map<string, Subscription>();
  /** The subscriptions to each WABA and field, in subscription order (until a subscription is added or removed). */
  private readonly byTopic = new Map<string, readonly Subscription[]>();

  get size(): number {
    return this.byId.size;
  }

  values(): IterableIterator<Subscription> {
    return this.byId.values();
  }

  /** Stores a subscription whose input was checked (the WABA exists, the URL is not the mock's own). */
  add(input: SubscribeInput, verified: boolean, id: string, now: number): Subscription {
    if (this.byId.size >= WEBHOOK_LIMITS.subscriptions) throw invalidParameter(`webhooks: at most ${WEBHOOK_LIMITS.subscriptions} subscriptions`);
    const subscription: Subscription = {
      id,
      wabaId: input.wabaId,
      target: input.url,
      appSecret: input.appSecret,
      fields: new Set(input.fields ?? WEBHOOK_FIELDS),
      verified,
      createdAt: now,
    };
    this.byId.set(id, subscription);
    this.byTopic.clear();
    return subscription;
  }

  /** The subscriptions a change of `wabaId` and `field` goes to, in subscription order (the same array until they change). */
  to(wabaId: string, field: WebhookField): readonly Subscription[] {
    const topic = `${wabaId} ${field}`;
    let targets = this.byTopic.get(topic);
    if (!targets) {
      targets = [...this.byId.values()].filter((s) => s.wabaId === wabaId && s.fields.has(field));
      this.byTopic.set(topic, targets);
    }
    return targets;
  }

  get(id: string): Subscription | undefined {
    return this.byId.get(id);
  }

  delete(id: string): boolean {
    this.byTopic.clear();
    return this.byId.delete(id);
  }

  clear(): void {
    this.byId.clear();
    this.byTopic.clear();
  }

  list(): WebhookSubscription[] {
    return [...this.byId.values()].map(view);
  }
}

/** The checks a subscription passes before anything is sent to it: the WABA exists, the URL is not the gateway's own. */
export function checkTarget(input: SubscribeInput, wabaExists: boolean, origins: readonly string[], servers: readonly OwnServer[]): void {
  if (!wabaExists) throw objectNotFound(input.wabaId);
  if (typeof input.url !== "string") return;
  const problem = ownSurfaceProblem(new URL(input.url), origins, servers);
  if (problem) throw invalidParameter(problem);
}
