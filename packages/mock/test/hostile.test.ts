// Hostile input against the standalone server (`sigfollow-mock`, as users start it): each case
// of the hardening issue replayed with its documented answer, then the server still answers and
// its memory stayed under the README's ceiling. Repetitions are scaled down: what proves the bound
// is the recorded bytes staying bounded, not gigabytes pushed through.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockGateway } from "../src/index.js";
import { startMockServer } from "../src/node/index.js";
import { IDS, KEYS, testSeed } from "./support/seed.js";
import { CLI, type Standalone, startStandalone } from "./support/standalone.js";

/** The README's ceiling on the server's resident memory under the suite's hostile input. */
const RSS_CEILING_MB = 300;

let mock: Standalone;
let host: string;
const auth = (key: string = KEYS.all) => ({ Authorization: `Bearer ${key}` });
const JSON_TYPE = { "Content-Type": "application/json" };

/** One raw HTTP/1.1 exchange over a fresh socket: the answer (`closing`: it says `Connection: close`). */
function raw(request: string | Buffer, waitMs = 3_000): Promise<{ status: number; text: string; body: any; closing: boolean }> {
  const url = new URL(mock.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let data = "";
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0);
      const text = data.slice(data.indexOf("\r\n\r\n") + 4);
      let body: unknown = null;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON
      }
      resolve({ status, text, body, closing: /\r\nconnection: close\r\n/i.test(data.slice(0, data.indexOf("\r\n\r\n") + 2)) });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
      // The answer is complete once its Content-Length is in.
      const length = Number(/content-length: (\d+)/i.exec(data)?.[1] ?? NaN);
      const start = data.indexOf("\r\n\r\n");
      if (start >= 0 && Buffer.byteLength(data.slice(start + 4), "latin1") >= length) finish();
    });
    socket.on("close", finish);
    socket.on("error", (error) => (data ? finish() : reject(error)));
    socket.write(request);
  });
}

const head = (lines: string[]) => `${lines.join("\r\n")}\r\n\r\n`;

/** The server process's resident memory in MB. */
const rssMb = () => Number(execFileSync("ps", ["-o", "rss=", "-p", String(mock.child.pid)]).toString().trim()) / 1024;

const control = (method: string, path: string, json?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${mock.url}/__mock${path}`, { method, headers: { ...(method === "POST" ? JSON_TYPE : {}), ...headers }, body: json === undefined ? undefined : JSON.stringify(json) });

/** Asserts a Meta-style error body with this status and code; returns its details. */
function metaError(status: number, body: any, expected: number, code: number): string {
  expect({ status, code: body?.error?.code }).toEqual({ status: expected, code });
  expect(typeof body.error.message).toBe("string");
  expect(typeof body.error.fbtrace_id).toBe("string");
  return body.error.error_data?.details ?? "";
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sigfollow-hostile-"));
  const seed = join(dir, "seed.json");
  writeFileSync(seed, JSON.stringify(testSeed()));
  mock = await startStandalone(["--seed", seed, "--rate-limit", "0", "--clock", "frozen", "--quiet"]);
  host = new URL(mock.url).host;
});
afterAll(() => mock?.stop());

describe("hostile input against the standalone server", () => {
  it("records bodies truncated with their size: the request log stays bounded in bytes", async () => {
    const big = JSON.stringify(Array.from({ length: 100_000 }, () => 1234567)); // ~0.8 MB, answered 400
    const name = "n".repeat(900_000); // a valid upsert (the name is stored capped at 128)
    for (let i = 0; i < 10; i++) {
      expect((await fetch(`${mock.url}/v1/contacts`, { method: "POST", headers: { ...auth(), ...JSON_TYPE }, body: big })).status).toBe(400);
      expect((await fetch(`${mock.url}/v1/contacts`, { method: "POST", headers: { ...auth(), ...JSON_TYPE }, body: JSON.stringify({ phone: "+1 650 555 0199", display_name: name }) })).status).toBe(200);
    }
    const form = new FormData();
    form.set("note", "f".repeat(2_000_000));
    form.set("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" }), "a.jpg");
    expect((await fetch(`${mock.url}/v1/library/assets`, { method: "POST", headers: auth(), body: form })).status).toBe(200);
    const log = await (await control("GET", "/requests")).text();
    // 21 requests carrying 17 MB of bodies: the log holds markers, sizes and 1 KB previews.
    expect(log.length).toBeLessThan(200_000);
    const records = JSON.parse(log).data as { body: any }[];
    expect(records.at(-2)!.body).toMatchObject({ truncated: true, bytes: name.length + 45 });
    expect(records.at(-3)!.body).toMatchObject({ truncated: true, bytes: big.length });
    expect(records.at(-1)!.body.note).toMatchObject({ truncated: true, bytes: 2_000_000 });
    expect(records.at(-1)!.body.note.preview).toHaveLength(1024);
  });

  it("limits control inputs: an inbound text over WhatsApp's 4096 characters is refused", async () => {
    const inbound = (text: string) => control("POST", "/inbound", { phoneNumberId: IDS.phoneA1, from: IDS.bobPhone, text });
    const refused = await inbound("x".repeat(4097));
    expect(metaError(refused.status, await refused.json(), 400, 100)).toMatch(/^text: /);
    expect((await inbound("x".repeat(4096))).status).toBe(200);
    const profile = await control("POST", "/inbound", { phoneNumberId: IDS.phoneA1, from: IDS.bobPhone, profileName: "p".repeat(129) });
    expect(metaError(profile.status, await profile.json(), 400, 100)).toMatch(/^profileName: /);
  });

  it("reads no body before routing and auth: a held-back 16 MB body to an unknown path or without a key is answered at once", async () => {
    const partial = (path: string, headers: string[] = []) =>
      raw(Buffer.concat([Buffer.from(head([`POST ${path} HTTP/1.1`, `Host: ${host}`, "Content-Type: application/json", "Content-Length: 16838656", ...headers])), Buffer.alloc(64 * 1024)]));
    const before = rssMb();
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, () => partial("/nope")),
      ...Array.from({ length: 20 }, () => partial("/v1/contacts")),
      partial("/v1/contacts", [`Authorization: Bearer ${KEYS.all}`]),
    ]);
    for (const a of answers.slice(0, 20)) metaError(a.status, a.body, 404, 100);
    for (const a of answers.slice(20, 40)) metaError(a.status, a.body, 401, 190);
    expect(metaError(answers[40]!.status, answers[40]!.body, 413, 100)).toMatch(/larger than the 1 MB limit/);
    // Each connection is closed rather than drained.
    expect(answers.every((a) => a.closing)).toBe(true);
    expect(rssMb() - before).toBeLessThan(100);
  });

  it("holds at most 64 MB of bodies in flight: beyond, uploads are answered 503 code 2", async () => {
    const url = new URL(mock.url);
    const upload = (bytes: number) =>
      Buffer.concat([
        Buffer.from(head([`POST /v1/${IDS.phoneA1}/media HTTP/1.1`, `Host: ${host}`, `Authorization: Bearer ${KEYS.all}`, "Content-Type: multipart/form-data; boundary=x", `Content-Length: ${16_000_000}`])),
        Buffer.alloc(bytes),
      ]);
    // Four uploads of 15 MB each, their last megabyte held back: 60 MB held by the server.
    const held = Array.from({ length: 4 }, () => {
      const socket = connect(Number(url.port), url.hostname);
      socket.on("error", () => undefined);
      socket.write(upload(15_000_000));
      return socket;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const fifth = await raw(upload(15_000_000));
      metaError(fifth.status, fifth.body, 503, 2);
    } finally {
      for (const socket of held) socket.destroy();
    }
    // Released: the next upload is read and answered as usual.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("file", new Blob([new Uint8Array(1_000_000)], { type: "image/jpeg" }), "a.jpg");
    expect((await fetch(`${mock.url}/v1/${IDS.phoneA1}/media`, { method: "POST", headers: auth(), body: form })).status).toBe(200);
  });

  it("keeps nothing with requestLogLimit: 0 and messageLogLimit: 0", async () => {
    const gateway = createMockGateway({ seed: testSeed(), requestLogLimit: 0, messageLogLimit: 0 });
    await gateway.ready;
    const res = await gateway.fetch(`https://api.sigfollow.com/v1/${IDS.phoneA1}/messages`, {
      method: "POST",
      headers: { ...auth(), ...JSON_TYPE },
      body: JSON.stringify({ messaging_product: "whatsapp", to: IDS.alicePhone, type: "text", text: { body: "hi" } }),
    });
    expect(res.status).toBe(200);
    gateway.receiveInbound({ phoneNumberId: IDS.phoneA1, from: IDS.bobPhone, text: "hi" });
    expect([gateway.requests().length, gateway.messages().length, gateway.inboundMessages().length]).toEqual([0, 0, 0]);
  });

  it("refuses cross-origin browser requests to the control API, and text/plain or empty-typed POSTs", async () => {
    const preflight = await fetch(`${mock.url}/__mock/reset`, { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    const browsers: Record<string, string>[] = [{ Origin: "https://evil.example" }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }];
    for (const headers of browsers) {
      const res = await control("POST", "/api-keys", { tenantId: IDS.tenantA }, headers);
      metaError(res.status, await res.json(), 403, 200);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
    for (const type of ["text/plain", ""]) {
      const res = await fetch(`${mock.url}/__mock/api-keys`, { method: "POST", headers: type ? { "Content-Type": type } : {}, body: JSON.stringify({ tenantId: IDS.tenantA }) });
      expect(metaError(res.status, await res.json(), 400, 100)).toMatch(/^Content-Type: /);
    }
    // None of them minted a key; the same request with a JSON type from a same-origin page does.
    expect((await (await control("GET", "/snapshot")).json()).tenants[0].apiKeys).toHaveLength(6);
    expect((await control("POST", "/api-keys", { tenantId: IDS.tenantA }, { Origin: mock.url, "Sec-Fetch-Site": "same-origin" })).status).toBe(200);
    expect((await control("POST", "/reset", {})).status).toBe(200);
  });

  it("answers the control API only under loopback Host names (no DNS rebinding)", async () => {
    const asHost = (name: string) => raw(head([`GET /__mock/requests HTTP/1.1`, `Host: ${name}`, "Connection: close"]));
    const rebound = await asHost("attacker.example");
    expect(metaError(rebound.status, rebound.body, 403, 200)).toMatch(/^Host: attacker\.example/);
    expect((await asHost(`localhost:${new URL(mock.url).port}`)).status).toBe(200);
    expect((await asHost(host)).status).toBe(200);
  });

  it("answers absolute-form targets (RFC 9112), their authority standing for the Host header in every check", async () => {
    const get = (target: string, hostHeader = host, extra: string[] = []) =>
      raw(head([`GET ${target} HTTP/1.1`, `Host: ${hostHeader}`, `Authorization: Bearer ${KEYS.all}`, "Connection: close", ...extra]));
    const contact = await get(`http://${host}/v1/contacts/${IDS.alice}`);
    expect([contact.status, contact.body.id]).toEqual([200, IDS.alice]);
    for (const phone of ["+1 650 555 0101", "+1 650 555 0102"]) {
      await fetch(`${mock.url}/v1/blacklist`, { method: "POST", headers: { ...auth(), ...JSON_TYPE }, body: JSON.stringify({ phone }) });
    }
    const page = await get(`http://${host}/v1/blacklist?limit=1`, "attacker.example");
    expect([page.status, page.body.data.length, page.body.paging.next.startsWith(`${mock.url}/v1/blacklist?`)]).toEqual([200, 1, true]);
    expect((await get(`HTTP://localhost:${new URL(mock.url).port}/__mock/clock`, "attacker.example")).status).toBe(200);
    // A foreign authority is refused as a foreign Host is, whatever the Host header says.
    for (const authority of ["attacker.example", `attacker.example:${new URL(mock.url).port}`]) {
      const rebound = await get(`http://${authority}/__mock/requests`);
      expect(metaError(rebound.status, rebound.body, 403, 200)).toMatch(/^Host: attacker\.example/);
    }
    const origin = await get(`http://attacker.example/__mock/clock`, host, [`Origin: http://${host}`]);
    metaError(origin.status, origin.body, 403, 200);
    // Dot segments cannot move one surface to the other in this form either.
    const moved = await raw(head([`POST http://${host}/v1/../__mock/reset HTTP/1.1`, `Host: ${host}`, "Content-Type: application/json", "Content-Length: 2", "Connection: close"]) + "{}");
    metaError(moved.status, moved.body, 404, 100);
    // Credentials in the authority, or another scheme, are not a target the server answers.
    for (const target of [`http://user:secret@${host}/v1/contacts/${IDS.alice}`, `ftp://${host}/v1/contacts/${IDS.alice}`, `http:///v1/contacts/${IDS.alice}`]) {
      const refused = await get(target);
      expect(metaError(refused.status, refused.body, 400, 100)).toMatch(/^request target: /);
    }
    // Recorded with the path and query of the absolute form.
    const log = (await (await control("GET", "/requests")).json()).data as { path: string; query: Record<string, string> }[];
    expect(log.at(-1)).toMatchObject({ path: "/v1/blacklist", query: { limit: "1" } });
  });

  it("builds paging.next from its own origin, whatever the Host header says", async () => {
    for (const phone of ["+1 650 555 0101", "+1 650 555 0102"]) {
      await fetch(`${mock.url}/v1/blacklist`, { method: "POST", headers: { ...auth(), ...JSON_TYPE }, body: JSON.stringify({ phone }) });
    }
    const page = await raw(head(["GET /v1/blacklist?limit=1 HTTP/1.1", "Host: attacker.example", `Authorization: Bearer ${KEYS.all}`, "Connection: close"]));
    expect(page.status).toBe(200);
    expect(page.body.paging.next.startsWith(`${mock.url}/v1/blacklist?`)).toBe(true);
  });

  it("does not reach one surface through the other's prefix", async () => {
    await control("POST", "/clock/advance", { hours: 1 });
    const before = await (await control("GET", "/clock")).json();
    for (const path of ["/v1/../__mock/reset", "/v1/%2e%2e/__mock/reset", "/__mock/../v1/contacts"]) {
      const res = await raw(head([`POST ${path} HTTP/1.1`, `Host: ${host}`, `Authorization: Bearer ${KEYS.all}`, "Content-Type: application/json", "Content-Length: 2", "Connection: close"]) + "{}");
      metaError(res.status, res.body, 404, 100);
    }
    expect(await (await control("GET", "/clock")).json()).toEqual(before);
  });

  it("redacts credentials in recorded requests", async () => {
    const secret = "sflo_test_SECRETSECRETSECRET0000000";
    await fetch(`${mock.url}/v1/contacts/by-phone?phone=${IDS.alicePhone}&access_token=${secret}`, { headers: auth() });
    const log = await (await control("GET", "/requests")).text();
    expect(log).not.toContain(secret);
    expect(log).not.toContain(KEYS.all);
    expect(JSON.parse(log).data.at(-1).query).toEqual({ phone: IDS.alicePhone, access_token: "[redacted]" });
  });

  it("redacts credential query parameters whatever their spelling, and values shaped like an API key", async () => {
    // As sent (percent-encoded) → as recorded (decoded): each one's value is redacted.
    const names: [string, string][] = [
      ["access_token%00", "access_token\u0000"],
      ["access_token[]", "access_token[]"],
      ["access_token%5B0%5D", "access_token[0]"],
      ["ACCESS_TOKEN", "ACCESS_TOKEN"],
      ["Access-Token", "Access-Token"],
      ["access%5Ftoken", "access_token"],
      ["%61ccess%5f%74oken", "access_token"],
      ["access_token%20", "access_token "],
      ["access_token+", "access_token "],
      ["%20access_token", " access_token"],
      ["hub.verify_token", "hub.verify_token"],
      ["api_key", "api_key"],
      ["apiKey", "apiKey"],
      ["x-api-key", "x-api-key"],
      ["key", "key"],
      ["token", "token"],
      ["password", "password"],
      ["client_secret", "client_secret"],
      ["Authorization", "Authorization"],
      ["signature", "signature"],
      ["session_id", "session_id"],
      ["%EF%BD%94%EF%BD%8F%EF%BD%8B%EF%BD%85%EF%BD%8E", "ｔｏｋｅｎ"],
    ];
    const secret = (i: number) => `credential${i}value`;
    for (const [i, [name]] of names.entries()) {
      await fetch(`${mock.url}/v1/contacts/by-phone?phone=${IDS.alicePhone}&${name}=${secret(i)}&limit=5`, { headers: auth() });
    }
    // A key given as a parameter's value or name, whatever the parameter.
    await fetch(`${mock.url}/v1/contacts/by-phone?phone=${IDS.alicePhone}&note=${KEYS.otherTenant}&${KEYS.limited}`, { headers: auth() });
    const log = await (await control("GET", "/requests")).text();
    for (const [i] of names.entries()) expect(log).not.toContain(secret(i));
    expect(log).not.toContain(KEYS.otherTenant);
    expect(log).not.toContain(KEYS.limited);
    const recorded = (JSON.parse(log).data as { query: Record<string, string> }[]).slice(-names.length - 1);
    expect(recorded.map((r) => r.query)).toEqual([
      ...names.map(([, decoded]) => ({ phone: IDS.alicePhone, [decoded]: "[redacted]", limit: "5" })),
      { phone: IDS.alicePhone, note: "[redacted]", "[redacted]": "[redacted]" },
    ]);
  });

  it("a clock move that fails changes nothing", async () => {
    const before = await (await control("GET", "/clock")).json();
    for (const [path, json] of [["/clock/advance", { ms: 1e308 }], ["/clock/advance", { days: -1e6 }], ["/clock/set", { now: "+275760-09-13T00:00:00.001Z" }]] as const) {
      const res = await control("POST", path, json);
      expect(res.status).toBe(400);
    }
    expect(await (await control("GET", "/clock")).json()).toEqual(before);
    expect((await fetch(`${mock.url}/v1/contacts/${IDS.alice}`, { headers: auth() })).status).toBe(200);
  });

  it("keeps upload handles and media ids to their tenant", async () => {
    const upload = new FormData();
    upload.set("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" }), "a.jpg");
    const { header_handle } = await (await fetch(`${mock.url}/v1/${IDS.wabaA}/template_media`, { method: "POST", headers: auth(), body: upload })).json();
    const template = (name: string, handle: string) => ({
      name,
      language: "en_US",
      category: "MARKETING",
      components: [{ type: "HEADER", format: "IMAGE", example: { header_handle: [handle] } }, { type: "BODY", text: "Hi" }],
    });
    const create = (key: string, waba: string, name: string, handle: string) =>
      fetch(`${mock.url}/v1/${waba}/message_templates`, { method: "POST", headers: { ...auth(key), ...JSON_TYPE }, body: JSON.stringify(template(name, handle)) });
    const foreign = await create(KEYS.otherTenant, IDS.wabaB, "stolen_handle", header_handle);
    expect(metaError(foreign.status, await foreign.json(), 400, 100)).toMatch(/header_handle\[0\]: unknown handle/);
    // Unknown to tenant B means as unknown as a handle never issued; tenant A may still use it once.
    const never = await create(KEYS.otherTenant, IDS.wabaB, "made_up_handle", header_handle.replace(/ARZ.{4}/, "ARZabcd"));
    expect(metaError(never.status, await never.json(), 400, 100)).toMatch(/unknown handle/);
    expect((await create(KEYS.all, IDS.wabaA, "own_handle", header_handle)).status).toBe(200);
  });

  it("keeps an upload's media type without its parameters, and refuses a file name over 255 characters", async () => {
    const upload = (path: string, file: File, fields: Record<string, string> = {}) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.set(name, value);
      form.set("file", file);
      return fetch(`${mock.url}${path}`, { method: "POST", headers: auth(), body: form });
    };
    const png = (name: string, type = "image/png; name=banner") => new File([new Uint8Array([0x89, 0x50, 0x4e])], name, { type });
    const asset = await upload("/v1/library/assets", png("f".repeat(255)));
    expect(await asset.json()).toMatchObject({ mime_type: "image/png", filename: "f".repeat(255) });
    const { header_handle } = await (await upload(`/v1/${IDS.wabaA}/template_media`, png("a.png"))).json();
    expect(atob(header_handle.split(":")[2])).toBe("image/png");
    for (const path of ["/v1/library/assets", `/v1/${IDS.wabaA}/template_media`, `/v1/${IDS.phoneA1}/media`]) {
      const refused = await upload(path, png("f".repeat(256)), { messaging_product: "whatsapp" });
      expect(metaError(refused.status, await refused.json(), 400, 100)).toBe("file: the file name is longer than 255 characters");
    }
  });

  it("answers what node:http cannot parse with a Meta-style body", async () => {
    const longHeader = await raw(head(["GET /v1/contacts/x HTTP/1.1", `Host: ${host}`, `X-Long: ${"a".repeat(20_000)}`]));
    expect(metaError(longHeader.status, longHeader.body, 431, 100)).toMatch(/16 KB/);
    const longUrl = await raw(head([`GET /v1/${"a".repeat(100_000)} HTTP/1.1`, `Host: ${host}`]));
    metaError(longUrl.status, longUrl.body, 431, 100);
    const badByte = await raw(Buffer.concat([Buffer.from("GET /v1/\xff HTTP/1.1\r\n", "latin1"), Buffer.from(`Host: ${host}\r\n\r\n`)]));
    metaError(badByte.status, badByte.body, 400, 100);
    const badMethod = await raw(head(["FROB /v1/contacts HTTP/1.1", `Host: ${host}`]));
    metaError(badMethod.status, badMethod.body, 400, 100);
  });

  it("still answers, with its memory under the documented ceiling", async () => {
    expect((await control("GET", "/clock")).status).toBe(200);
    expect((await fetch(`${mock.url}/v1/contacts/${IDS.alice}`, { headers: auth() })).status).toBe(200);
    expect(rssMb()).toBeLessThan(RSS_CEILING_MB);
  });
});

/** How long a connection stays open (ms) until the server closes it, or `null` if it was still open after `maxMs`. */
function openFor(port: number, maxMs: number, talk: (socket: Socket) => void = () => undefined): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const start = performance.now();
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, maxMs);
    socket.on("error", () => undefined);
    socket.on("connect", () => talk(socket));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(performance.now() - start);
    });
  });
}

/** Writes `chunk` to the socket every 200 ms, after `first` (a request line and headers, or a whole head). */
const drip = (first: string, chunk: string) => (socket: Socket) => {
  socket.write(first);
  const timer = setInterval(() => (socket.writable ? socket.write(chunk) : clearInterval(timer)), 200);
  socket.on("close", () => clearInterval(timer));
};

describe("timeouts", () => {
  it("closes a connection whose headers or body are late within a second of the limit, and keeps idle keep-alive connections", { timeout: 30_000 }, async () => {
    // The documented header limit of the standalone server (10 s), and shorter limits on a server in process.
    const standalone = Number(new URL(mock.url).port);
    const quick = await startMockServer({ port: 0, seed: testSeed() });
    quick.server.headersTimeout = 1_000;
    quick.server.requestTimeout = 2_000;
    try {
      const headDrip = drip(`GET /v1/contacts/${IDS.alice} HTTP/1.1\r\nHost: 127.0.0.1\r\n`, "X-Drip: 1\r\n");
      const bodyDrip = drip(head([`POST /v1/contacts HTTP/1.1`, "Host: 127.0.0.1", `Authorization: Bearer ${KEYS.all}`, "Content-Type: application/json", "Content-Length: 1000"]), " ");
      const keepAlive = async () => {
        const socket = connect(quick.port, "127.0.0.1");
        const answers: string[] = [];
        socket.on("data", (chunk) => answers.push(chunk.toString("latin1")));
        const get = head([`GET /v1/contacts/${IDS.alice} HTTP/1.1`, "Host: 127.0.0.1", `Authorization: Bearer ${KEYS.all}`]);
        socket.write(get);
        // Idle for longer than both limits, then a second request on the same connection.
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        socket.write(get);
        await new Promise((resolve) => setTimeout(resolve, 500));
        socket.destroy();
        return answers.join("").match(/HTTP\/1\.1 \d{3}/g);
      };
      const [idle, headers, body, idleQuick, headersQuick, kept] = await Promise.all([
        openFor(standalone, 15_000),
        openFor(standalone, 15_000, headDrip),
        openFor(quick.port, 6_000, bodyDrip),
        openFor(quick.port, 6_000),
        openFor(quick.port, 6_000, headDrip),
        keepAlive(),
      ]);
      const within = (limit: number) => expect.toSatisfy((ms: number | null) => ms !== null && ms >= limit - 50 && ms <= limit + 1_500, `closed within 1.5 s after ${limit} ms`);
      expect({ idle, headers, body, idleQuick, headersQuick }).toEqual({
        idle: within(10_000),
        headers: within(10_000),
        body: within(2_000),
        idleQuick: within(1_000),
        headersQuick: within(1_000),
      });
      expect(kept).toEqual(["HTTP/1.1 200", "HTTP/1.1 200"]);
    } finally {
      await quick.close();
    }
  });
});

/** The heap limit (`--max-old-space-size`) of the server the retained-memory suite starts. */
const HEAP_LIMIT_MB = 64;
/** The most its heap may hold after a full collection while it answers the suite's input. */
const HEAP_AFTER_GC_CEILING_MB = 48;

/** The heap sizes (MB) after each full collection, from V8's `--trace-gc` lines (`Mark-Compact 80.1 (95.2) -> 20.3 (31.0) MB`). */
const heapsAfterFullGc = (output: string) => [...output.matchAll(/Mark-Compact[^\n]*? -> ([\d.]+) \(/g)].map((m) => Number(m[1]));

/** Runs `count` calls of `call`, `parallel` at a time; resolves with their results in order. */
async function repeat<T>(count: number, parallel: number, call: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await call(i);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

describe(`retained memory (the server's heap capped at ${HEAP_LIMIT_MB} MB)`, () => {
  let capped: Standalone;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "sigfollow-heap-"));
    const seed = join(dir, "seed.json");
    writeFileSync(seed, JSON.stringify(testSeed()));
    capped = await startStandalone(["--seed", seed, "--rate-limit", "0", "--clock", "frozen", "--quiet"], undefined, [
      process.execPath,
      `--max-old-space-size=${HEAP_LIMIT_MB}`,
      "--trace-gc",
      CLI,
    ]);
  });
  afterAll(() => capped?.stop());

  /** Each case sends several times the heap limit of what the server could keep a part of; it must keep none of it beyond the request. */
  it("keeps no part of a large request beyond it: previews, names, types and file names are copies", { timeout: 60_000 }, async () => {
    const MB = 1024 * 1024;
    /** Padding that keeps a JSON body under the 1 MB limit. */
    const PAD = MB - 4096;
    const post = (path: string, body: string | FormData, headers: Record<string, string> = {}) =>
      fetch(`${capped.url}${path}`, { method: "POST", headers: { ...auth(), ...headers }, body }).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      });
    const form = (fields: Record<string, string | Blob>) => {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) data.append(name, value);
      return data;
    };
    const jpeg = (type = "image/jpeg") => new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type });
    const cases: [string, () => Promise<number[]>, number][] = [
      [
        "accepted sends of 1 MB (JSON padded with spaces): their log previews",
        () => {
          const send = JSON.stringify({ messaging_product: "whatsapp", to: IDS.alicePhone, type: "text", text: { body: "hi" } });
          const body = send.slice(0, -1) + " ".repeat(PAD) + "}";
          return repeat(60, 4, () => post(`/v1/${IDS.phoneA1}/messages`, body, JSON_TYPE));
        },
        200,
      ],
      ["uploads refused with a 15 MB text field: its log preview", () => repeat(4, 1, () => post(`/v1/${IDS.phoneA1}/media`, form({ messaging_product: "whatsapp", note: "n".repeat(15 * MB) }))), 400],
      [
        "display names trimmed out of 1 MB of spaces",
        () => repeat(60, 4, (i) => post("/v1/contacts", JSON.stringify({ phone: `+1 650 555 ${String(1000 + i)}`, display_name: `Customer number ${i} ${" ".repeat(PAD)}` }), JSON_TYPE)),
        200,
      ],
      ["file names of 1 MB", () => repeat(60, 4, () => post("/v1/library/assets", form({ file: new File([new Uint8Array([0xff, 0xd8, 0xff])], "f".repeat(MB), { type: "image/jpeg" }) }))), 400],
      ["declared media types of 1 MB", () => repeat(60, 4, () => post(`/v1/${IDS.phoneA1}/media`, form({ messaging_product: "whatsapp", type: `image/jpeg; x=${"t".repeat(MB)}`, file: jpeg() }))), 200],
      ["file part types of 1 MB", () => repeat(30, 4, () => post(`/v1/${IDS.wabaA}/template_media`, form({ file: jpeg(`image/jpeg; x=${"t".repeat(MB)}`) }))), 200],
    ];
    for (const [what, run, status] of cases) {
      // A server that kept them runs out of heap: its requests fail, and it said why on stderr.
      const statuses: (number | string)[] = await run().catch((error: unknown) => [`${String(error)}: ${/FATAL ERROR[^\n]*/.exec(capped.errors)?.[0] ?? capped.errors.slice(-300)}`]);
      expect({ what, statuses: [...new Set(statuses)] }).toEqual({ what, statuses: [status] });
    }
    // Still answering, and what a full collection left stayed far below what went through.
    expect((await fetch(`${capped.url}/v1/contacts/${IDS.alice}`, { headers: auth() })).status).toBe(200);
    const heaps = heapsAfterFullGc(capped.output);
    expect(heaps.length).toBeGreaterThan(0);
    expect(Math.max(...heaps)).toBeLessThan(HEAP_AFTER_GC_CEILING_MB);
  });
});

describe("off loopback (--host 0.0.0.0)", () => {
  it("warns, requires a generated control token and does not use the predictable demo key", { timeout: 30_000 }, async () => {
    const lan = await startStandalone(["--host", "0.0.0.0"], /Ctrl\+C/);
    const local = await startStandalone([], /Ctrl\+C/);
    try {
      expect(lan.errors).toMatch(/WARNING: listening on 0\.0\.0\.0, not loopback/);
      expect(local.errors).toBe("");
      const token = /Control token \(generated\): (\S+)/.exec(lan.output)?.[1];
      expect(token).toBeDefined();
      const url = lan.url.replace("0.0.0.0", "127.0.0.1");
      const refused = await fetch(`${url}/__mock/clock`);
      metaError(refused.status, await refused.json(), 401, 190);
      expect((await fetch(`${url}/__mock/clock`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
      // The API works as ever, with a key no other process shares.
      const key = (output: string) => /API key: +(\S+)/.exec(output)![1]!;
      expect(key(lan.output)).not.toBe(key(local.output));
      expect((await fetch(`${url}/v1/contacts/by-phone?phone=16505559999`, { headers: { Authorization: `Bearer ${key(lan.output)}` } })).status).toBe(404);
    } finally {
      await Promise.all([lan.stop(), local.stop()]);
    }
  });
});
