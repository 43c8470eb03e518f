// The MSW handlers as users get them: which requests they answer.
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createMockGateway } from "../src/index.js";

describe("handlers", () => {
  it("answer SigFollow's base URL by default and leave other origins and paths alone", async () => {
    const { handlers } = createMockGateway();
    expect(await getResponse(handlers, new Request("https://example.com/v1/contacts/x"))).toBeUndefined();
    expect(await getResponse(handlers, new Request("https://api.sigfollow.com/v2/contacts/x"))).toBeUndefined();
    expect(await getResponse(handlers, new Request("https://api.sigfollow.com/v1x"))).toBeUndefined();
    expect((await getResponse(handlers, new Request("https://api.sigfollow.com/v1/contacts/x")))?.status).toBe(401);
    expect((await getResponse(handlers, new Request("https://api.sigfollow.com/__mock/clock")))?.status).toBe(200);
  });

  it("take a base URL with a path prefix, or any origin with *", async () => {
    const prefixed = createMockGateway({ baseUrl: "http://localhost:8080/gateway/" }).handlers;
    expect((await getResponse(prefixed, new Request("http://localhost:8080/gateway/v1/contacts/x")))?.status).toBe(401);
    expect(await getResponse(prefixed, new Request("http://localhost:8080/v1/contacts/x"))).toBeUndefined();
    const any = createMockGateway({ baseUrl: "*" }).handlers;
    expect((await getResponse(any, new Request("http://10.0.0.1:1234/v1/contacts/x")))?.status).toBe(401);
    expect(await getResponse(any, new Request("http://10.0.0.1:1234/api/v1/contacts/x"))).toBeUndefined();
  });

  it("can leave the control API out", async () => {
    const { handlers } = createMockGateway({ controlApi: false });
    expect(handlers).toHaveLength(1);
    expect(await getResponse(handlers, new Request("https://api.sigfollow.com/__mock/clock"))).toBeUndefined();
  });
});
