import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
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
