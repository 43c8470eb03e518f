// Runs the gateway in one of its HTTP modes and talks to it with fetch: in process (MSW
// setupServer intercepting fetch) or standalone (startMockServer on an ephemeral port).
import { setupServer } from "msw/node";
import { afterAll } from "vitest";
import { createMockGateway, type MockGateway, type MockGatewayOptions } from "../../src/index.js";
import { startMockServer } from "../../src/node/index.js";
import { onUnhandled } from "./msw.js";
import { testSeed } from "./seed.js";

export type Mode = "in-process" | "standalone";
export const MODES: Mode[] = ["in-process", "standalone"];

let msw: ReturnType<typeof setupServer> | undefined;
let counter = 0;
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  msw?.close();
});

/** An HTTP answer, with its JSON body parsed. */
export interface Res {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export interface CallOptions {
  key?: string | null;
  json?: unknown;
  /** A raw body (string, FormData...). */
  body?: BodyInit;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

export interface Harness {
  mode: Mode;
  gateway: MockGateway;
  baseUrl: string;
  call(method: string, path: string, options?: CallOptions): Promise<Res>;
  /** A control API call (no key). */
  control(method: string, path: string, json?: unknown): Promise<Res>;
}

/** Starts a gateway (test seed by default) in `mode`. */
export async function harness(mode: Mode, options: MockGatewayOptions = {}): Promise<Harness> {
  const gatewayOptions: MockGatewayOptions = { seed: testSeed(), validateResponses: true, ...options };
  let gateway: MockGateway;
  let baseUrl: string;
  if (mode === "in-process") {
    baseUrl = `https://gw${++counter}.sigfollow.test`;
    gateway = createMockGateway({ ...gatewayOptions, baseUrl });
    if (!msw) {
      msw = setupServer();
      msw.listen(onUnhandled("bypass"));
    }
    msw.use(...gateway.handlers);
  } else {
    const server = await startMockServer({ ...gatewayOptions, port: 0 });
    closers.push(() => server.close());
    gateway = server.gateway;
    baseUrl = server.url;
  }
  await gateway.ready;
  const call = async (method: string, path: string, o: CallOptions = {}): Promise<Res> => {
    const url = new URL(baseUrl + path);
    for (const [k, v] of Object.entries(o.query ?? {})) url.searchParams.set(k, v);
    const headers: Record<string, string> = { ...o.headers };
    if (o.key) headers.Authorization = `Bearer ${o.key}`;
    let body = o.body;
    if (o.json !== undefined) {
      body = JSON.stringify(o.json);
      headers["Content-Type"] ??= "application/json";
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    mode,
    gateway,
    baseUrl,
    call,
    // Control POSTs carry a JSON Content-Type even without a body (the standalone server refuses others).
    control: (method, path, json) => call(method, `/__mock${path}`, json === undefined ? (method === "POST" ? { headers: { "Content-Type": "application/json" } } : {}) : { json }),
  };
}

/** Asserts a Meta-style error body and returns its `error`. */
export function metaError(res: Res, status: number, code: number) {
  if (res.status !== status || res.body?.error?.code !== code) {
    throw new Error(`expected ${status} code ${code}, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  const error = res.body.error;
  if (typeof error.message !== "string" || typeof error.type !== "string" || typeof error.fbtrace_id !== "string") {
    throw new Error(`not a Meta-style error: ${JSON.stringify(res.body)}`);
  }
  return error as { message: string; type: string; code: number; error_subcode?: number; error_data?: { details?: string; reason?: string } };
}

export const text = (to: string, body = "Hello") => ({ messaging_product: "whatsapp", to, type: "text", text: { body } });
