// @sigfollow/client/webhooks/node on real servers listening on 127.0.0.1: node:http, Express and
// Fastify, mounted as the client README shows, and mounted wrongly (after a JSON body parser).
import { createServer, request as httpRequest, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import express from "express";
import Fastify, { type FastifyInstance } from "fastify";
import ts from "typescript";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signWebhookPayload, type WebhookEvent } from "../src/webhooks/index.js";
import { BODY_ALREADY_READ, createNodeWebhookHandler } from "../src/webhooks/node.js";
import { APP_SECRET, webhookExample } from "./fixtures/webhooks.js";
import { compileSnippets, describeDiagnostic, strictApp } from "./support/type-check.js";

const VERIFY_TOKEN = "node-verify-token";
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(closers.splice(0).map((close) => close()));
});

function recording(maxBodyBytes?: number) {
  const events: WebhookEvent[] = [];
  const handle = createNodeWebhookHandler({
    appSecret: APP_SECRET,
    verifyToken: VERIFY_TOKEN,
    onEvent: (event) => void events.push(event),
    ...(maxBodyBytes !== undefined && { maxBodyBytes }),
  });
  return { handle, events };
}

async function listenNode(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function listenFastify(app: FastifyInstance): Promise<string> {
  closers.push(() => app.close());
  return app.listen({ port: 0, host: "127.0.0.1" });
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/webhook`, { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } });
  return { status: response.status, text: await response.text() };
}

/** A signed delivery, its handshake and a tampered copy, through the server at `url`. */
async function exchange(url: string) {
  const { body, headers } = await signWebhookPayload(webhookExample("messages", "batched"), APP_SECRET);
  const handshake = await fetch(`${url}/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=4242`);
  return {
    handshake: [handshake.status, await handshake.text()],
    delivery: await post(url, body, headers),
    tampered: (await post(url, body.replace("messages", "messagez"), headers)).status,
  };
}

const EXPECTED = { handshake: [200, "4242"], delivery: { status: 200, text: "OK" }, tampered: 401 };

describe("createNodeWebhookHandler", () => {
  it("serves node:http as is: handshake, signed delivery (each event to its handler), tampered body", async () => {
    const { handle, events } = recording();
    const url = await listenNode(createServer(handle));
    expect(await exchange(url)).toEqual(EXPECTED);
    expect(events.map((e) => e.kind)).toEqual(["message", "message", "status", "status", "message"]);
  });

  it("refuses a body over maxBodyBytes with 413, by its Content-Length or while it streams in", async () => {
    const { handle, events } = recording(64);
    const url = await listenNode(createServer(handle));
    const { body, headers } = await signWebhookPayload(webhookExample("messages", "text"), APP_SECRET);
    expect((await post(url, body, headers)).status).toBe(413);
    // Chunked, no Content-Length: counted as it arrives.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${url}/webhook`, { method: "POST", headers }, (res) => resolve(res.statusCode!));
      req.on("error", reject);
      req.write(body.slice(0, 50));
      setTimeout(() => req.end(body.slice(50)), 20);
    });
    expect(status).toBe(413);
    expect(events).toEqual([]);
  });

  it("is Express middleware: before any body parser, or after express.raw()", async () => {
    const { handle, events } = recording();
    const bare = express().post("/webhook", handle).get("/webhook", handle);
    const raw = express().all("/webhook", express.raw({ type: "application/json" }), handle);
    const jsonElsewhere = express().all("/webhook", handle).use(express.json());
    for (const app of [bare, raw, jsonElsewhere]) expect(await exchange(await listenNode(createServer(app)))).toEqual(EXPECTED);
    expect(events).toHaveLength(15);
  });

  it("answers 500 and says how to mount it when express.json() consumed the body first", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { handle, events } = recording();
    const url = await listenNode(createServer(express().use(express.json()).all("/webhook", handle)));
    const { body, headers } = await signWebhookPayload(webhookExample("messages", "text"), APP_SECRET);
    const answer = await post(url, body, headers);
    expect(answer).toEqual({ status: 500, text: BODY_ALREADY_READ });
    expect(answer.text).toContain('express.raw({ type: "application/json" })');
    expect(error).toHaveBeenCalledWith(BODY_ALREADY_READ);
    expect(events).toEqual([]);
  });

  it("is a Fastify handler with a content-type parser that keeps the buffer", async () => {
    const { handle, events } = recording();
    const app = Fastify();
    app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    app.all("/webhook", handle);
    expect(await exchange(await listenFastify(app))).toEqual(EXPECTED);
    expect(events).toHaveLength(5);
  });

  it("answers 500 and names the content-type parser when Fastify's JSON parser consumed the body", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { handle, events } = recording();
    const app = Fastify();
    app.all("/webhook", handle);
    const url = await listenFastify(app);
    const { body, headers } = await signWebhookPayload(webhookExample("messages", "text"), APP_SECRET);
    const answer = await post(url, body, headers);
    expect(answer).toEqual({ status: 500, text: BODY_ALREADY_READ });
    expect(answer.text).toContain('addContentTypeParser("application/json", { parseAs: "buffer" }');
    expect(events).toEqual([]);
    // The handshake needs no body, so it works either way.
    const handshake = await fetch(`${url}/webhook?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=7`);
    expect([handshake.status, await handshake.text()]).toEqual([200, "7"]);
  });

  it("validates its options as createWebhookHandler does", () => {
    expect(() => createNodeWebhookHandler({ appSecret: "" })).toThrow(TypeError);
    expect(() => createNodeWebhookHandler({ appSecret: "s", maxBodyBytes: -1 })).toThrow(/maxBodyBytes/);
  });
});

/**
 * The errors of each snippet compiled as an app would, against the built declaration files, with only
 * the ES2022 lib and @types/node (no DOM): the snippets' own and those of the client's declarations.
 */
function consumerErrors(snippets: Record<string, string>): string[] {
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  const options: ts.CompilerOptions = {
    ...strictApp,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    skipLibCheck: false,
    paths: { "@sigfollow/client/webhooks/node": [`${dist}webhooks/node.d.ts`] },
  };
  const { program, files } = compileSnippets(snippets, options);
  const loaded = program.getSourceFiles().map((f) => f.fileName);
  expect(loaded).toContain(`${dist}webhooks/node.d.ts`);
  expect(loaded.filter((name) => /lib\.dom\.d\.ts$/.test(name))).toEqual([]);
  // The libraries' own declaration files are theirs to check.
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && (files.has(d.file.fileName) || d.file.fileName.startsWith(dist)))
    .map((d) => `${d.file!.fileName.replace(dist, "dist/")}:${describeDiagnostic(d)}`);
}

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const nodeSection = readme.slice(readme.indexOf("\n### Node.js servers\n"), readme.indexOf("\n## ", readme.indexOf("\n### Node.js servers\n")));

describe("@sigfollow/client/webhooks/node, as a TypeScript consumer compiles it", () => {
  it("types node:http, Express and Fastify mounts with only the ES2022 lib and @types/node (no DOM)", { timeout: 60_000 }, () => {
    const snippet = `
import { createServer } from "node:http";
import express from "express";
import Fastify from "fastify";
import { createNodeWebhookHandler, type WebhookHandlerOptions } from "@sigfollow/client/webhooks/node";
const options: WebhookHandlerOptions = { appSecret: process.env.WHATSAPP_APP_SECRET!, onMessage: ({ message }) => console.log(message.type) };
const handle = createNodeWebhookHandler(options);
createServer(handle).listen(3000);
createServer((req, res) => void handle(req, res));
express().post("/webhook", express.raw({ type: "application/json" }), handle);
const app = Fastify();
app.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
app.all("/webhook", handle);
app.post("/other", (request, reply) => handle(request, reply));
// @ts-expect-error a plain object is not a Node.js request
void handle({ method: "POST" }, {});
`;
    const fromReadme = [...nodeSection.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(fromReadme.join("\n")).toContain("createNodeWebhookHandler");
    expect(consumerErrors({ usage: snippet, ...Object.fromEntries(fromReadme.map((code, i) => [`readme${i}`, code])) })).toEqual([]);
  });
});
