// How a webhook request reaches its receiver: the signed POST of a delivery and the GET handshake,
// to a URL through the transport (MSW's `bypass`, or `fetch`) or to an in-process function, within
// the timeout. What comes back is the status and a fixed reason, never the receiver's body, and a
// network failure is one reason whatever its cause, so subscriptions cannot probe what a URL serves
// or which ports are open. Redirects are not followed (as Meta's deliveries): a 3xx is a failure.
import { signWebhookPayload } from "@sigfollow/client/webhooks";
import type { WebhookFunction } from "./subscriptions.js";

/** How the deliveries reach a URL (the MSW adapter passes one that gets past MSW's interception). */
export type WebhookTransport = (request: Request) => Promise<Response>;

/** The URL a function receiver's requests carry. */
const FUNCTION_URL = "https://webhook.invalid/";

/** The header marking the requests of a gateway's deliveries and handshakes with its instance's random id, so that the gateway refuses them if they reach it. */
export const DELIVERY_MARK = "x-sigfollow-mock-delivery";

/** The one reason given for a receiver that could not be reached: refused, reset, unknown host or timed out alike. */
export const NO_ANSWER = "no answer: the receiver could not be reached or did not answer in time";

/** The outcome of one request: the receiver's status (`null` when none), and why it failed (`null`: 2xx). */
export interface Outcome {
  status: number | null;
  error: string | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the timeout rejects with. */
class Timeout extends Error {}

/**
 * Reads at most `max` bytes of a response as text. The rest is cancelled, not awaited: under MSW's
 * interception a cancel can stall, even of a body read to its end.
 */
async function readCapped(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = !reader;
  while (!done && size <= max) {
    const chunk = await reader!.read();
    if (chunk.done) done = true;
    else {
      chunks.push(chunk.value);
      size += chunk.value.byteLength;
    }
  }
  if (!done) void reader!.cancel().catch(() => undefined);
  const bytes = new Uint8Array(size);
  chunks.reduce((offset, c) => (bytes.set(c, offset), offset + c.byteLength), 0);
  return new TextDecoder().decode(bytes.subarray(0, max));
}

/** Whether an answer is a redirect: a 3xx, or the opaque answer `redirect: "manual"` gives in a browser. */
const isRedirect = (response: Response) => response.type === "opaqueredirect" || (response.status >= 300 && response.status <= 399);

/** What a receiver answered, for an error: its status, and that a redirect was not followed. */
const answered = (response: Response) =>
  isRedirect(response) ? `${response.status || "a redirect"} (redirects are not followed)` : String(response.status);

/**
 * The handshake URL: the callback URL with `hub.mode`, `hub.verify_token` and `hub.challenge` added
 * to its query (an existing query kept, before any `#fragment`, which is not sent).
 */
export function handshakeUrl(target: string, verifyToken: string, challenge: string): string {
  const url = new URL(target);
  const query = new URLSearchParams({ "hub.mode": "subscribe", "hub.verify_token": verifyToken, "hub.challenge": challenge });
  url.search = url.search.length > 1 ? `${url.search}&${query}` : `?${query}`;
  return url.href;
}

export class Transport {
  /** This instance's mark ({@link DELIVERY_MARK}). */
  readonly mark = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

  constructor(
    private readonly fetcher: WebhookTransport,
    private readonly timeoutMs: number,
  ) {}

  /** POSTs a body signed with the app secret; the outcome (a 2xx is a success). */
  async post(target: string | WebhookFunction, appSecret: string, body: string): Promise<Outcome> {
    const { signature } = await signWebhookPayload(body, appSecret);
    const headers = { "Content-Type": "application/json", "X-Hub-Signature-256": signature, "User-Agent": "facebookexternalua", [DELIVERY_MARK]: this.mark };
    return this.exchange(target, typeof target === "string" ? target : FUNCTION_URL, { method: "POST", body, headers }, async (response) => {
      await readCapped(response, 4096);
      return response.status >= 200 && response.status <= 299 ? null : `the receiver answered ${answered(response)}`;
    });
  }

  /** Meta's GET handshake: `null` when the receiver answered 200 with the challenge, else what it got instead (its body never quoted). */
  async handshake(target: string | WebhookFunction, verifyToken: string, challenge: string): Promise<string | null> {
    const url = handshakeUrl(typeof target === "string" ? target : FUNCTION_URL, verifyToken, challenge);
    const { error } = await this.exchange(target, url, { method: "GET", headers: { "User-Agent": "facebookexternalua", [DELIVERY_MARK]: this.mark } }, async (response) => {
      if (response.status !== 200) return answered(response);
      return (await readCapped(response, challenge.length + 1)) === challenge ? null : "200 without the challenge as its body";
    });
    return error;
  }

  /** Sends one request within the timeout and judges its answer; any failure of a URL's request is {@link NO_ANSWER}. */
  private async exchange(target: string | WebhookFunction, url: string, init: RequestInit, judge: (response: Response) => Promise<string | null>): Promise<Outcome> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), this.timeoutMs);
    });
    try {
      const answer =
        typeof target === "string"
          ? this.fetcher(new Request(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(this.timeoutMs) }))
          : Promise.resolve().then(() => target(new Request(url, init)));
      const response = await Promise.race([answer, timeout]);
      const error = await Promise.race([judge(response), timeout]);
      return { status: response.type === "opaqueredirect" ? null : response.status, error };
    } catch (error) {
      // An in-process function is the test's own code: what it threw helps; a URL's failure says nothing of its cause.
      return { status: null, error: typeof target === "string" || error instanceof Timeout ? NO_ANSWER : `the receiver threw: ${message(error)}` };
    } finally {
      clearTimeout(timer);
    }
  }
}
