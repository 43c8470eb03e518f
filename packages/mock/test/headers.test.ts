// Response headers as sent on the wire: every header once (fetch's Headers would hide a repeated
// Content-Type by joining it), in process and from the standalone server.
import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { jsonResponse } from "../src/http/response.js";
import { harness, text } from "./support/harness.js";
import { IDS, KEYS } from "./support/seed.js";

/** The raw response header lines of one request to the standalone server. */
function rawHeaders(url: string, method: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<{ status: number; names: string[]; get(name: string): string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      res.resume();
      res.on("end", () => {
        const raw = res.rawHeaders;
        const names = raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
        resolve({ status: res.statusCode!, names, get: (name) => raw.filter((_, i) => i % 2 === 1 && raw[i - 1]!.toLowerCase() === name) });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const duplicates = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

describe("response headers (standalone)", async () => {
  const h = await harness("standalone");
  const json = { Authorization: `Bearer ${KEYS.all}`, "Content-Type": "application/json" };

  it("sends Content-Type (and every other header) once, whatever answers", async () => {
    expect((await h.control("POST", "/faults", { kind: "rate_limit", route: "listBlacklist", count: 1, retryAfterSeconds: 3 })).status).toBe(200);
    const answers = [
      await rawHeaders(`${h.baseUrl}/v1/${IDS.phoneA1}/messages`, "POST", json, JSON.stringify(text(IDS.alicePhone))), // 200
      await rawHeaders(`${h.baseUrl}/v1/${IDS.phoneA1}/messages`, "POST", json, "{"), // 400 from a handler
      await rawHeaders(`${h.baseUrl}/v1/blacklist`, "GET", json), // 429 with Retry-After (fault)
      await rawHeaders(`${h.baseUrl}/v1/nope`, "GET", json), // 404 from the gateway
      await rawHeaders(`${h.baseUrl}/elsewhere`, "GET"), // 404 from the server itself
      await rawHeaders(`${h.baseUrl}/__mock/clock`, "GET"), // control API
      await rawHeaders(`${h.baseUrl}/v1/${IDS.phoneA1}/media`, "POST", { ...json, "Content-Type": "multipart/form-data; boundary=x", "Content-Length": String(17 * 1024 * 1024) }, Buffer.alloc(1)), // too large
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 400, 429, 404, 404, 200, 413]);
    for (const [i, answer] of answers.entries()) {
      expect(duplicates(answer.names)).toEqual([]);
      expect(answer.get("content-type")).toEqual(["application/json"]);
      // The control API answers carry no CORS headers (other origins' pages must not read them).
      expect(answer.get("access-control-allow-origin")).toEqual(i === 5 ? [] : ["*"]);
    }
    expect(answers[2]!.get("retry-after")).toEqual(["3"]);
  });

  it("a CORS preflight is a 204 with each CORS header once", async () => {
    const answer = await rawHeaders(`${h.baseUrl}/v1/blacklist`, "OPTIONS");
    expect(answer.status).toBe(204);
    expect(duplicates(answer.names)).toEqual([]);
    expect(answer.get("access-control-allow-headers")).toEqual(["Authorization, Content-Type"]);
  });
});

describe("jsonResponse", () => {
  it("keeps a Content-Type the handler set instead of joining it with the default", async () => {
    const own = jsonResponse(200, "{}", { "content-type": "application/json; charset=utf-8", "Retry-After": "1" });
    expect(own.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(own.headers.get("retry-after")).toBe("1");
    expect(jsonResponse(200, "{}", { "Retry-After": "2" }).headers.get("content-type")).toBe("application/json");
    expect(jsonResponse(200, "{}").headers.get("content-type")).toBe("application/json");
    expect(await jsonResponse(200, '{"a":1}').json()).toEqual({ a: 1 });
  });
});
