import { createHmac } from "node:crypto";
import { Session } from "node:inspector/promises";
import { describe, expect, it, vi } from "vitest";
import { messagesValue, webhookExample } from "../../test/fixtures/webhooks.js";
import { escapeNonAscii, signWebhookPayload, verifyWebhookSignature } from "./signature.js";
import type { InboundMessage } from "./types.js";

const appSecret = "5f0b4c1e2d3a";
/** The signature Meta would send for these exact bytes (computed with node:crypto, independently). */
const metaSignature = (body: string, secret = appSecret) => `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;

/** A payload whose text has accents, emoji, `/` and `@`. */
function tricky(): { meta: string; decoded: string } {
  const payload = webhookExample("messages", "text");
  const message = messagesValue(payload).messages![0]! as InboundMessage;
  if (message.type !== "text") throw new Error("unexpected example");
  message.text.body = "Olá José, ça coûte 12 € 👋🏽 — see https://shop.example.com/a/b or mail ana@example.com";
  const decoded = JSON.stringify(payload);
  return { meta: escapeNonAscii(decoded), decoded };
}

describe("escapeNonAscii", () => {
  it("escapes every non-ASCII UTF-16 unit as lowercase \\uXXXX, as Meta's serializer does", () => {
    expect(escapeNonAscii(JSON.stringify({ body: "Olá 👋 Ω" }))).toBe('{"body":"Ol\\u00e1 \\ud83d\\udc4b \\u03a9"}');
    expect(JSON.parse(escapeNonAscii(JSON.stringify({ body: "Olá 👋" })))).toEqual({ body: "Olá 👋" });
    expect(escapeNonAscii('{"a":"/@~"}')).toBe('{"a":"/@~"}');
    const everyUnit = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, i) => i));
    expect(escapeNonAscii(everyUnit)).toBe(everyUnit.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  });
});

describe("verifyWebhookSignature", () => {
  it("accepts Meta's signature over the body as sent, given as a string, bytes or an ArrayBuffer", async () => {
    const { meta } = tricky();
    const signature = metaSignature(meta);
    const bytes = new TextEncoder().encode(meta);
    expect(await verifyWebhookSignature({ rawBody: meta, signature, appSecret })).toBe(true);
    expect(await verifyWebhookSignature({ rawBody: bytes, signature, appSecret })).toBe(true);
    expect(await verifyWebhookSignature({ rawBody: bytes.buffer, signature, appSecret })).toBe(true);
  });

  it("accepts a body with accents, emoji, / and @ that reached the receiver unescaped (re-encoded)", async () => {
    const { meta, decoded } = tricky();
    expect(meta).not.toBe(decoded);
    const signature = metaSignature(meta);
    expect(await verifyWebhookSignature({ rawBody: decoded, signature, appSecret })).toBe(true);
    expect(await verifyWebhookSignature({ rawBody: new TextEncoder().encode(decoded), signature, appSecret })).toBe(true);
  });

  it("accepts a body signed with / as \\/ and @ as \\u0040 (older Graph webhooks) that was re-encoded", async () => {
    const { meta, decoded } = tricky();
    const graphStyle = meta.replace(/\//g, "\\/").replace(/@/g, "\\u0040");
    expect(JSON.parse(graphStyle)).toEqual(JSON.parse(decoded));
    expect(await verifyWebhookSignature({ rawBody: decoded, signature: metaSignature(graphStyle), appSecret })).toBe(true);
    expect(await verifyWebhookSignature({ rawBody: graphStyle, signature: metaSignature(graphStyle), appSecret })).toBe(true);
  });

  it("accepts an ASCII body (with / and @) signed as is", async () => {
    const body = '{"object":"whatsapp_business_account","entry":[],"url":"https://x.example/a","mail":"a@b.c"}';
    expect(await verifyWebhookSignature({ rawBody: body, signature: metaSignature(body), appSecret })).toBe(true);
  });

  it("refuses a wrong secret, a tampered body and a tampered unicode body", async () => {
    const { meta, decoded } = tricky();
    const signature = metaSignature(meta);
    expect(await verifyWebhookSignature({ rawBody: meta, signature: metaSignature(meta, "other-secret"), appSecret })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: meta, signature, appSecret: "other-secret" })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: meta.replace("12", "13"), signature, appSecret })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: decoded.replace("Olá", "Ola"), signature, appSecret })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: decoded.replace("👋🏽", "👍"), signature, appSecret })).toBe(false);
    expect(await verifyWebhookSignature({ rawBody: `${meta} `, signature, appSecret })).toBe(false);
  });

  it("answers false, never throws, for a missing, malformed or wrong-prefix header", async () => {
    const body = '{"object":"whatsapp_business_account","entry":[]}';
    const good = metaSignature(body);
    const hex = good.slice("sha256=".length);
    for (const signature of [null, undefined, "", hex, `sha1=${hex}`, `sha256=${hex.slice(2)}`, `sha256=${hex}00`, `sha256=${"z".repeat(64)}`, "sha256=", `sha256=${hex},sha256=${hex}`]) {
      await expect(verifyWebhookSignature({ rawBody: body, signature, appSecret }), String(signature)).resolves.toBe(false);
    }
    await expect(verifyWebhookSignature({ rawBody: body, signature: good, appSecret: "" })).resolves.toBe(false);
    expect(await verifyWebhookSignature({ rawBody: body, signature: good.toUpperCase().replace("SHA256", "sha256"), appSecret })).toBe(true);
  });
});

describe("signWebhookPayload", () => {
  it("serializes like Meta (non-ASCII escaped) and signs exactly those bytes", async () => {
    const payload = webhookExample("messages", "text");
    const signed = await signWebhookPayload(payload, appSecret);
    expect(signed.body).toBe(escapeNonAscii(JSON.stringify(payload)));
    expect(signed.body).toMatch(/^[\x20-\x7e]+$/);
    expect(signed.signature).toBe(metaSignature(signed.body));
    expect(signed.headers).toEqual({ "Content-Type": "application/json", "X-Hub-Signature-256": signed.signature });
    expect(await verifyWebhookSignature({ rawBody: signed.body, signature: signed.signature, appSecret })).toBe(true);
  });

  it("signs a string as is, for bodies a test wants byte for byte", async () => {
    const body = '{"object":"whatsapp_business_account","entry":[],"note":"não"}';
    const signed = await signWebhookPayload(body, appSecret);
    expect(signed.body).toBe(body);
    expect(signed.signature).toBe(metaSignature(body));
  });
});

describe("verifyWebhookSignature: the cost of a forged body", () => {
  const forged = `sha256=${"0".repeat(64)}`;
  /** A body of `copies` tricky messages, as a proxy that re-encoded it would forward it. */
  const bodyOf = (text: string, copies: number) => JSON.stringify({ object: "whatsapp_business_account", entry: [], notes: Array(copies).fill(text) });

  /** The byte lengths hashed by each HMAC pass of one verification. */
  async function hmacPasses(rawBody: string | Uint8Array): Promise<number[]> {
    const verify = vi.spyOn(crypto.subtle, "verify");
    try {
      expect(await verifyWebhookSignature({ rawBody, signature: forged, appSecret })).toBe(false);
      return verify.mock.calls.map(([, , , data]) => (data as Uint8Array).byteLength);
    } finally {
      verify.mockRestore();
    }
  }

  /** How many times the functions of signature.ts were called during `run`, by V8's precise call counts. */
  async function callsDuring(run: () => Promise<unknown>): Promise<number> {
    const session = new Session();
    session.connect();
    try {
      await session.post("Profiler.enable");
      await session.post("Profiler.startPreciseCoverage", { callCount: true, detailed: false });
      await session.post("Profiler.takePreciseCoverage"); // resets the counts
      await run();
      const { result } = await session.post("Profiler.takePreciseCoverage");
      const own = result.filter((script) => new URL(script.url, "file:///").pathname.endsWith("/webhooks/signature.ts"));
      expect(own).toHaveLength(1);
      return own.flatMap((script) => script.functions).reduce((sum, f) => sum + (f.ranges[0]?.count ?? 0), 0);
    } finally {
      await session.post("Profiler.stopPreciseCoverage");
      session.disconnect();
    }
  }

  it("hashes each distinct accepted form once: the body as given, then non-ASCII escaped, then / and @ too", async () => {
    const { decoded } = tricky();
    const escaped = escapeNonAscii(decoded);
    const graph = escaped.replace(/\//g, "\\/").replace(/@/g, "\\u0040");
    const size = (text: string) => new TextEncoder().encode(text).byteLength;
    expect(await hmacPasses(decoded)).toEqual([size(decoded), size(escaped), size(graph)]);
    expect(await hmacPasses(new TextEncoder().encode(decoded))).toEqual([size(decoded), size(escaped), size(graph)]);
    // A form that is the same bytes as the one before is not hashed again.
    const noSlash = decoded.replace(/[/@]/g, "-");
    expect(await hmacPasses(noSlash)).toEqual([size(noSlash), size(escapeNonAscii(noSlash))]);
    expect(await hmacPasses(escaped)).toEqual([size(escaped), size(graph)]);
    const plain = escapeNonAscii(noSlash);
    expect(await hmacPasses(plain)).toEqual([size(plain)]);
  });

  it("does work per character only in loops, never a call per character, so a long forged body costs no more calls than a short one", async () => {
    const { decoded } = tricky();
    const short = bodyOf(decoded, 1);
    const long = bodyOf(decoded, 200);
    const calls = async (body: string) => callsDuring(() => verifyWebhookSignature({ rawBody: new TextEncoder().encode(body), signature: forged, appSecret }));
    await calls(short); // warm-up
    expect(await calls(long)).toBe(await calls(short));
  });
});
