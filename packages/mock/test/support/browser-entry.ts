// Runs in Chromium (bundled by test/browser.test.ts): the gateway under msw/browser's setupWorker,
// driven with fetch, with @sigfollow/client and with the rule table; results posted back to the
// test server.
import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
import { message } from "@sigfollow/client/builders";
import { createWebhookHandler } from "@sigfollow/client/webhooks";
import { setupWorker } from "msw/browser";
import { createMockGateway } from "../../src/index.js";
import { playRuleCases } from "./rule-cases.js";
import { IDS, KEYS, testSeed } from "./seed.js";

const BASE = "https://api.sigfollow.test";

async function call(method: string, path: string, key: string | null, json?: unknown) {
  const headers: Record<string, string> = {};
  if (key) headers.Authorization = `Bearer ${key}`;
  if (json !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(BASE + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
  const body = await res.json();
  return { status: res.status, body };
}

async function run() {
  const gateway = createMockGateway({ seed: testSeed(), baseUrl: BASE, validateResponses: true });
  await setupWorker(...gateway.handlers).start({ serviceWorker: { url: "/mockServiceWorker.js" }, quiet: true, onUnhandledRequest: "bypass" });
  const results: Record<string, unknown> = {};
  // The rule table, as conformance.test.ts plays it in process and standalone (it resets first).
  results.rules = await playRuleCases(BASE);
  await call("POST", "/__mock/reset", null, {});
  // 25 parallel tag assignments through the service worker: exactly 20 succeed.
  const contact = (await call("POST", "/v1/contacts", KEYS.all, { phone: "+44 7700 900500" })).body.id as string;
  const tags = await Promise.all(
    Array.from({ length: 25 }, (_, i) => call("POST", `/v1/contacts/${contact}/tags`, KEYS.all, { tag_id: `cm_tag_${String(i + 1).padStart(2, "0")}` })),
  );
  results.tagStatuses = tags.map((t) => t.status).sort();
  // The client, bundled for the browser: a send (Alice's window is open again after the reset),
  // an upload, a thrown error, a 429 retried.
  const client = createSigFollowClient({ apiKey: KEYS.all, baseUrl: BASE });
  results.clientSend = (await client.messages.send(IDS.phoneA1, message(IDS.alicePhone).text("from the client").build())).messages[0]!.id;
  const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: "image/jpeg" });
  results.clientUpload = typeof (await client.media.upload(IDS.phoneA1, { file, filename: "pixel.jpg" })).id;
  results.clientError = await client.contacts.get(IDS.bob).then(
    () => "not thrown",
    (error: unknown) => ({ notFound: isSigFollowError(error, "not_found"), status: isSigFollowError(error) ? error.status : null }),
  );
  gateway.faults.add({ kind: "rate_limit", route: "getContact", count: 1, retryAfterSeconds: 1 });
  results.clientRetried = (await client.contacts.get(IDS.alice)).id === IDS.alice;
  results.rateLimited = gateway.requests().filter((r) => r.operationId === "getContact" && r.status === 429).length;
  // Webhooks in the browser: a function receiver built with createWebhookHandler, and a URL of the
  // page's origin, reached past the service worker (the test server checks its signature).
  const seen: string[] = [];
  const handle = createWebhookHandler({ appSecret: "browser-app-secret", onStatus: ({ status }) => void seen.push(`${status.status} ${status.id}`) });
  await gateway.webhooks.subscribe({ wabaId: IDS.wabaA, url: handle, appSecret: "browser-app-secret" });
  await gateway.webhooks.subscribe({ wabaId: IDS.wabaA, url: `${location.origin}/webhook`, appSecret: "browser-app-secret" });
  const wamid = (await client.messages.send(IDS.phoneA1, message(IDS.alicePhone).text("webhooks").build())).messages[0]!.id;
  gateway.advanceClock(5000);
  await gateway.webhooks.flush();
  results.webhooks = { wamid, seen, statuses: gateway.webhooks.deliveries().map((d) => d.status) };
  results.reset = await call("POST", "/__mock/reset", null, {});
  results.recorded = gateway.messages().length;
  return results;
}

run().then(
  (results) => fetch("/results", { method: "POST", body: JSON.stringify({ ok: true, results }) }),
  (error: unknown) => fetch("/results", { method: "POST", body: JSON.stringify({ ok: false, error: String(error instanceof Error ? error.stack : error) }) }),
);
