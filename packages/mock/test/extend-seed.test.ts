// Your own data in the mock: `extendSeed` (the mock README's snippet, type-checked as an app
// compiles it and run), and `POST /__mock/tags` / `addTags`, which add tags to a tenant's catalog
// within bounds, all or none.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as client from "@sigfollow/client";
import { strictApp, typeErrors } from "../../client/test/support/type-check.js";
import * as mock from "../src/index.js";
import { createMockGateway, DEMO, DEMO_SEED, extendSeed, type MockGateway, type MockSeed } from "../src/index.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const heading = "\n### Your own data on top of a seed\n";
const section = readme.slice(readme.indexOf(heading), readme.indexOf("\n## ", readme.indexOf(heading)));
const snippet = /```ts\n([\s\S]*?)```/.exec(section)![1]!;

/** Runs the snippet (compiled to CommonJS, its imports served from the sources) and returns its `gateway` and `data`. */
async function runSnippet(): Promise<{ gateway: MockGateway; data: { id: string; name: string }[] }> {
  const js = ts.transpileModule(snippet, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const modules: Record<string, unknown> = { "@sigfollow/mock": mock, "@sigfollow/client": client };
  const require = (id: string) => modules[id] ?? Promise.reject(new Error(`unexpected import ${id}`));
  const values = {} as { gateway: MockGateway; data: { id: string; name: string }[] };
  const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
  await new AsyncFunction("require", "exports", "__values", `${js}\nObject.assign(__values, { gateway, data });`)(require, {}, values);
  return values;
}

/** An API call to a gateway with the demo key. */
async function api(gateway: MockGateway, method: string, path: string, body?: unknown) {
  const { apiKeys } = await gateway.ready;
  const response = await gateway.fetch(`https://api.sigfollow.com${path}`, {
    method,
    headers: { Authorization: `Bearer ${apiKeys[0]!.key}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

const control = async (gateway: MockGateway, body: unknown) => {
  const response = await gateway.fetch("https://api.sigfollow.com/__mock/tags", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};

const catalog = (gateway: MockGateway) => gateway.snapshot().tenants.find((t) => t.id === DEMO.tenantId)!.tags.map((t) => t.name);

describe("the mock README's extendSeed snippet", () => {
  it("type-checks as an application compiles it", { timeout: 60_000 }, () => {
    const src = fileURLToPath(new URL("../src/", import.meta.url));
    const options = { ...strictApp, paths: { ...strictApp.paths, "@sigfollow/mock": [`${src}index.ts`] } };
    expect(typeErrors({ extendSeed: snippet }, options)).toEqual({ extendSeed: [] });
  });

  it("seeds the template, twenty tags and a contact on the demo tenant; the contact then reaches the 20-tag cap", async () => {
    const { gateway, data } = await runSnippet();
    expect(data).toEqual([{ id: expect.stringMatching(/^cm/), name: "Churned" }]);
    const tenant = gateway.snapshot().tenants.find((t) => t.id === DEMO.tenantId)!;
    expect(tenant.wabas[0]!.templates.map((t) => t.name)).toContain("appointment_reminder");
    expect(catalog(gateway)).toEqual(expect.arrayContaining(["VIP", "Tag 1", "Tag 20", "Churned"]));
    const bea = (await api(gateway, "GET", "/v1/contacts/by-phone?phone=16505550123")).body;
    expect(bea.displayName).toBe("Bea");
    for (let i = 2; i <= 20; i++) expect((await api(gateway, "POST", `/v1/contacts/${bea.id}/tags`, { tag_id: `cm_tag_${i}` })).status).toBe(200);
    const capped = await api(gateway, "POST", `/v1/contacts/${bea.id}/tags`, { tag_id: data[0]!.id });
    expect([capped.status, capped.body.error.code]).toEqual([409, 131000]);
  });
});

describe("extendSeed", () => {
  const seed: MockSeed = {
    tenants: [
      { id: "a", wabas: [{ id: "wa1" }, { id: "wa2", templates: [] }] },
      { id: "b", tags: [{ id: "t0", name: "Zero" }] },
    ],
  };

  it("appends to the tenant and WABA named, and leaves the seed it was given as it was", () => {
    const before = JSON.stringify(seed);
    const template = { name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi" }] } as const;
    const extended = extendSeed(seed, { tenantId: "b", tags: [{ id: "t1", name: "One" }], blacklist: [{ phone: "16505550000" }] });
    expect(extended.tenants![1]!.tags).toEqual([{ id: "t0", name: "Zero" }, { id: "t1", name: "One" }]);
    expect(extended.tenants![1]!.blacklist).toEqual([{ phone: "16505550000" }]);
    expect(extended.tenants![0]).toBe(seed.tenants![0]);
    const withTemplate = extendSeed(seed, { wabaId: "wa2", templates: [template] });
    expect(withTemplate.tenants![0]!.wabas!.map((w) => w.templates ?? [])).toEqual([[], [template]]);
    expect(JSON.stringify(seed)).toBe(before);
  });

  it("says which tenant or WABA the seed does not have", () => {
    expect(() => extendSeed(seed, { tenantId: "c", tags: [] })).toThrow(new TypeError("extendSeed: the seed has no tenant c"));
    expect(() => extendSeed({}, { tags: [] })).toThrow(new TypeError("extendSeed: the seed has no tenant"));
    expect(() => extendSeed(seed, { tenantId: "b", templates: [] })).toThrow(new TypeError("extendSeed: tenant b has no WABA"));
    expect(() => extendSeed(seed, { wabaId: "wa3", templates: [] })).toThrow(new TypeError("extendSeed: tenant a has no WABA wa3"));
  });

  it("is checked like any seed when a gateway starts from it", () => {
    expect(() => createMockGateway({ seed: extendSeed(DEMO_SEED, { tags: [{ id: "x", name: "" }] }) })).toThrow(/tags\[\d+\]\.name/);
  });
});

describe("POST /__mock/tags and addTags", () => {
  it("add tags to a tenant's catalog (ids generated when left out), which the API can then assign", async () => {
    const gateway = createMockGateway();
    const added = await control(gateway, { tenantId: DEMO.tenantId, tags: [{ id: "cm_tag_gold", name: "Gold" }, { name: "Silver" }] });
    expect(added).toEqual({ status: 200, body: { data: [{ id: "cm_tag_gold", name: "Gold" }, { id: expect.stringMatching(/^cm/), name: "Silver" }] } });
    expect((await gateway.addTags({ tenantId: DEMO.tenantId, tags: [{ name: "Bronze" }] })).data[0]!.name).toBe("Bronze");
    expect(catalog(gateway)).toEqual(expect.arrayContaining(["Gold", "Silver", "Bronze"]));
    expect((await api(gateway, "POST", `/v1/contacts/${DEMO.contactId}/tags`, { tag_id: "cm_tag_gold" })).status).toBe(200);
    await gateway.reset();
    expect(catalog(gateway)).not.toContain("Gold");
  });

  it.each([
    ["a name over 200 characters", { tags: [{ name: "x".repeat(201) }] }, /tags\.0\.name/],
    ["an empty name", { tags: [{ name: "" }] }, /tags\.0\.name/],
    ["no tags", { tags: [] }, /tags/],
    ["an id already in the catalog", { tags: [{ name: "New" }, { id: DEMO.tagId, name: "Again" }] }, /tag cm5tag42abcdef already exists/],
    ["an id given twice", { tags: [{ id: "t", name: "A" }, { id: "t", name: "B" }] }, /tag t is given twice/],
    ["more than the catalog holds", { tags: Array.from({ length: 1000 }, (_, i) => ({ name: `T${i}` })) }, /at most 1000 tags; tenant cm5xy000tenant has \d+, 1000 more/],
    ["an unknown field", { tags: [{ name: "A", color: "red" }] }, /color/],
  ])("refuse %s with a Meta-style 400 code 100, adding nothing", async (_name, input, details) => {
    const gateway = createMockGateway();
    const before = catalog(gateway);
    const { status, body } = await control(gateway, { tenantId: DEMO.tenantId, ...input });
    expect([status, body.error.code, body.error.type]).toEqual([400, 100, "OAuthException"]);
    expect(body.error.error_data.details).toMatch(details);
    expect(body.error.fbtrace_id).toEqual(expect.any(String));
    expect(catalog(gateway)).toEqual(before);
  });

  it("answer 404 code 100 for a tenant that does not exist", async () => {
    const { status, body } = await control(createMockGateway(), { tenantId: "nope", tags: [{ name: "A" }] });
    expect([status, body.error.code, body.error.error_subcode]).toEqual([404, 100, 33]);
  });
});
