// The webhook examples: each receiver (a server) is started, does the GET handshake, gets every
// webhook example of the spec signed the Meta way (a unicode one included), then tampered,
// wrongly signed, unsigned and malformed deliveries; what it prints must be exactly the events
// `parseWebhook` of @sigfollow/client/webhooks finds, in order. Each receiver also subscribes to the
// standalone mock (its handshake included) and prints the events of the mock's real deliveries: a
// send's statuses, a unicode inbound text, a quick-reply tap, a template approval. The curl + openssl delivery is
// sent to an in-process receiver built on `createNodeWebhookHandler`.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
// The built client (the root test command builds it before the tests run).
import {
  parseWebhook,
  signWebhookPayload,
  type WebhookEvent,
  type WebhookPayload,
} from "../../packages/client/dist/webhooks.js";
import { createNodeWebhookHandler } from "../../packages/client/dist/webhooks/node.js";
import { webhookExamples } from "../catalog.mjs";
import { examplesDir, languages, run, unavailable, type Language } from "./languages.js";
import { startMock, WORLD } from "./mock.js";

const APP_SECRET = "examples-app-secret";
const VERIFY_TOKEN = "examples-verify-token";

type Node = Record<string, any>;
const spec = parse(readFileSync(join(examplesDir, "..", "openapi", "sigfollow.yaml"), "utf8")) as Node;

/** Every example payload of the spec's webhooks, by `<webhook>.<example>`. */
const PAYLOADS: [string, WebhookPayload][] = Object.entries(spec.webhooks as Node).flatMap(([webhook, item]) =>
  Object.entries((item.post?.requestBody.content["application/json"].examples ?? {}) as Node).map(
    ([name, example]) => [`${webhook}.${name}`, example.value as WebhookPayload] as [string, WebhookPayload],
  ),
);
const UNKNOWN_FIELD: WebhookPayload = {
  object: "whatsapp_business_account",
  entry: [{ id: "102290129340398", time: 1751247900, changes: [{ field: "account_update", value: { event: "VERIFIED_ACCOUNT" } }] }],
};

/** The line a receiver prints for an event (the format of WEBHOOK_LINES in examples/catalog.mjs). */
function line(event: WebhookEvent): string {
  switch (event.kind) {
    case "message": {
      const m = event.message;
      const detail =
        m.type === "text" ? m.text.body
        : m.type === "button" ? m.button.payload
        : m.type === "interactive" ? (m.interactive?.type === "button_reply" ? m.interactive.button_reply.id : m.interactive?.type === "list_reply" ? m.interactive.list_reply.id : m.interactive?.type)
        : undefined;
      return `message ${m.type} ${m.id} from ${m.from ?? m.from_user_id}${detail === undefined ? "" : `: ${detail}`}`;
    }
    case "status": {
      const s = event.status;
      return `status ${s.status} ${s.id} to ${s.recipient_id ?? s.recipient_user_id}${s.errors?.[0] ? ` error ${s.errors[0].code}` : ""}`;
    }
    case "error":
      return `error ${event.error.code}`;
    case "template_status":
      return `template_status ${event.update.event} ${event.update.message_template_name}`;
    case "template_quality":
      return `template_quality ${event.update.new_quality_score} ${event.update.message_template_name}`;
    case "template_category":
      return `template_category ${event.update.new_category} ${event.update.message_template_name}`;
    case "user_preference": // the receivers print the fields they do not model as unknown
    case "unknown":
      return `unknown ${event.field}`;
  }
}

interface Receiver {
  url: string;
  /** Lines printed since start, without the "Listening on" one. */
  lines(): string[];
  stop(): void;
}

/** Starts a receiver example on a free port and resolves once it prints where it listens. */
function startReceiver(language: Language, id: string): Promise<Receiver> {
  const [command, args, cwd] = language.command(id);
  const child: ChildProcessWithoutNullStreams = spawn(command, args, {
    cwd: cwd ?? examplesDir,
    env: { ...process.env, WHATSAPP_APP_SECRET: APP_SECRET, WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN, PORT: "0", HOST: "127.0.0.1" },
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error("the receiver did not say where it listens within 30 s")), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    child.once("exit", (code) => fail(new Error(`the receiver exited with ${code}`)));
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
      const url = /^Listening on (http:\/\/\S+)$/m.exec(stdout)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      resolve({
        url,
        lines: () => stdout.split("\n").filter((l) => l && !l.startsWith("Listening on")),
        stop: () => void child.kill(),
      });
    });
  });
}

async function post(url: string, body: string, signature?: string): Promise<number> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (signature) headers["X-Hub-Signature-256"] = signature;
  const response = await fetch(url, { method: "POST", body, headers });
  await response.text();
  return response.status;
}

/** Waits until `read()` has `count` items (output arrives through a pipe), then returns them. */
async function settled<T>(read: () => T[], count: number): Promise<T[]> {
  for (let waited = 0; read().length < count && waited < 5_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
  return read();
}

const receiver = webhookExamples.find((e) => e.kind === "receiver")!;
for (const language of languages().filter((l) => (receiver.languages as string[]).includes(l.name))) {
  if (language.missing) {
    unavailable(`the ${language.name} webhook receiver`, language.missing);
    continue;
  }
  describe(`${language.name} webhook receiver`, () => {
    let running: Receiver;
    beforeAll(async () => {
      language.prepare?.();
      running = await startReceiver(language, receiver.id);
    }, 60_000);
    afterAll(() => running?.stop());

    it("answers the handshake: the challenge for the right token, 403 otherwise", async () => {
      const get = (query: string) => fetch(`${running.url}?${query}`).then(async (r) => [r.status, await r.text()]);
      expect(await get(`hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`)).toEqual([200, "1158201444"]);
      expect((await get("hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1"))[0]).toBe(403);
      expect((await get(`hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN.slice(0, -1)}&hub.challenge=1`))[0]).toBe(403);
      expect((await get(`hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`))[0]).toBe(403);
    });

    it("prints every event of every signed example, batched and unicode ones included, in order", async () => {
      const before = running.lines().length;
      const expected: string[] = [];
      for (const [name, payload] of [...PAYLOADS, ["unknown field", UNKNOWN_FIELD] as const]) {
        const { body, signature } = await signWebhookPayload(payload, APP_SECRET);
        expect(await post(running.url, body, signature), name).toBe(200);
        expected.push(...parseWebhook(payload).map(line));
      }
      expect(expected).toContain("message text wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA= from 16505551234: Olá! Does it come in another color? 👀");
      expect(expected.filter((l) => /^(message|status) /.test(l)).length).toBeGreaterThanOrEqual(30);
      const printed = (await settled(running.lines, before + expected.length)).slice(before);
      expect(printed).toEqual(expected);
    });

    it("refuses tampered, wrongly signed and unsigned deliveries with 401, and prints nothing for them", async () => {
      const before = running.lines().length;
      const payload = PAYLOADS.find(([name]) => name === "messages.text")![1];
      const { body, signature } = await signWebhookPayload(payload, APP_SECRET);
      const other = await signWebhookPayload(payload, "not-the-app-secret");
      expect(await post(running.url, body.replace("color", "colour"), signature)).toBe(401);
      expect(await post(running.url, body, other.signature)).toBe(401);
      expect(await post(running.url, body, `sha1=${signature.slice(7, 47)}`)).toBe(401);
      expect(await post(running.url, body)).toBe(401);
      // Malformed JSON, correctly signed: 400.
      const broken = await signWebhookPayload('{"object":"whatsapp_business_account","entry":[', APP_SECRET);
      expect(await post(running.url, broken.body, broken.signature)).toBe(400);
      // Then a good one still goes through: only its line was printed.
      expect(await post(running.url, body, signature)).toBe(200);
      expect((await settled(running.lines, before + 1)).slice(before)).toEqual(parseWebhook(payload).map(line));
    });

    it("prints the events of the standalone mock's real deliveries: a send's statuses, inbound messages, a template event", { timeout: 60_000 }, async () => {
      const mock = await startMock();
      try {
        const before = running.lines().length;
        // Subscribing performs the GET handshake against the receiver.
        expect(await mock.control("POST", "/webhooks", { wabaId: WORLD.wabaId, url: running.url, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN })).toMatchObject({ verified: true });
        const sent = await fetch(`${mock.url}/v1/${WORLD.phoneNumberId}/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${WORLD.apiKey}`, "content-type": "application/json" },
          body: JSON.stringify({
            messaging_product: "whatsapp", to: WORLD.recipient, type: "template",
            template: {
              name: "shipping_with_actions", language: { code: "en_US" },
              components: [
                { type: "body", parameters: [{ type: "text", text: "ORD-90211" }] },
                { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "TRACK_PKG_90211" }] },
                { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "ORD-90211" }] },
              ],
            },
          }),
        }).then((r) => r.json() as Promise<{ messages: { id: string }[] }>);
        const wamid = sent.messages[0]!.id;
        // One step at a time, each flushed: the receiver prints in a known order.
        const steps: [string, unknown][] = [
          ["/clock/advance", { seconds: 5 }],
          ["/inbound", { phoneNumberId: WORLD.phoneNumberId, from: WORLD.recipient, text: "Olá 👋 ça va?", profileName: "José" }],
          ["/inbound", { phoneNumberId: WORLD.phoneNumberId, from: WORLD.recipient, type: "button", replyTo: wamid, button: 0 }],
          ["/templates/1234567890/approve", {}],
        ];
        for (const [path, body] of steps) {
          await mock.control("POST", path, body);
          await mock.control("POST", "/webhooks/flush", {});
        }
        const { data } = await mock.control<{ data: { status: number; body: string }[] }>("GET", "/webhooks/deliveries");
        expect(data.map((d) => d.status)).toEqual(data.map(() => 200));
        const expected = data.flatMap((d) => parseWebhook(JSON.parse(d.body)).map(line));
        expect(expected).toEqual([
          `status sent ${wamid} to ${WORLD.recipient}`,
          `status delivered ${wamid} to ${WORLD.recipient}`,
          `status read ${wamid} to ${WORLD.recipient}`,
          expect.stringMatching(new RegExp(`^message text wamid\\.\\S+ from ${WORLD.recipient}: Olá 👋 ça va\\?$`)),
          expect.stringMatching(new RegExp(`^message button wamid\\.\\S+ from ${WORLD.recipient}: TRACK_PKG_90211$`)),
          "template_status APPROVED order_shipped",
        ]);
        expect((await settled(running.lines, before + expected.length)).slice(before)).toEqual(expected);
      } finally {
        await mock.stop();
      }
    });

    if (language.name === "javascript") {
      it("verifies a unicode body that was re-encoded (unescaped) on the way, as the SDK does", async () => {
        const before = running.lines().length;
        const payload = PAYLOADS.find(([name]) => name === "messages.text")![1];
        const { body, signature } = await signWebhookPayload(payload, APP_SECRET);
        const reencoded = JSON.stringify(JSON.parse(body));
        expect(reencoded).not.toBe(body);
        expect(await post(running.url, reencoded, signature)).toBe(200);
        expect((await settled(running.lines, before + 1)).slice(before)).toEqual(parseWebhook(payload).map(line));
      });
    }
  });
}

/** A node:http server on a free port. */
async function listen(listener: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

// ------------------------------------------------------------------ curl + openssl, by hand

const delivery = webhookExamples.find((e) => e.kind === "delivery")!;
const curl = languages().find((l) => l.name === "curl")!;
const opensslMissing = spawnSync("openssl", ["version"], { stdio: "ignore" }).status === 0 ? null : "openssl is not installed";
if (curl.missing || opensslMissing) {
  unavailable("the curl webhook delivery", (curl.missing ?? opensslMissing)!);
} else {
  describe("curl + openssl webhook delivery", () => {
    const script = join(examplesDir, "curl", `${delivery.id}.sh`);
    const { webhook, example } = delivery.payload!;
    const payload = PAYLOADS.find(([name]) => name === `${webhook}.${example}`)![1];
    // Asynchronous: the receiver answering it runs in this process.
    const deliver = (url: string, secret: string) => run(curl, delivery.id, { WEBHOOK_URL: url, WHATSAPP_APP_SECRET: secret });

    it("sends the body Meta would send (non-ASCII escaped), exactly the one signWebhookPayload signs", async () => {
      const { body } = await signWebhookPayload(payload, APP_SECRET);
      expect(readFileSync(script, "utf8")).toContain(`\n${body}\n`);
      expect(body).toMatch(/\\u00e1/);
    });

    it("delivers it signed: a receiver verifies it and gets the event; a wrong secret gets 401", async () => {
      const seen: WebhookEvent[] = [];
      const { url, server } = await listen(createNodeWebhookHandler({ appSecret: APP_SECRET, onEvent: (e) => void seen.push(e) }));
      try {
        const ok = await deliver(`${url}/webhook`, APP_SECRET);
        expect(ok.code, ok.stderr).toBe(0);
        expect(ok.stdout).toContain("HTTP 200");
        expect(seen.map(line)).toEqual(parseWebhook(payload).map(line));
        const refused = await deliver(`${url}/webhook`, "not-the-app-secret");
        expect(refused.code).not.toBe(0);
        expect(refused.stdout).toContain("HTTP 401");
        expect(seen).toHaveLength(1);
      } finally {
        server.close();
      }
    });
  });
}
