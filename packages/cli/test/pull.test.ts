// `sigfollow templates pull`, in process against @sigfollow/mock under msw/node (the gateway
// answers the CLI's default host, https://api.sigfollow.com).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createMockGateway } from "@sigfollow/mock";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { BULK, cliSeed, COUNTS, KEYS, WABA } from "./support/seed.js";
import { sigfollow, tempDir } from "./support/run.js";

const gateway = createMockGateway({ seed: cliSeed(), validateResponses: true });
const server = setupServer(...gateway.handlers);
const env = { SIGFOLLOW_API_KEY: KEYS.reader };
const GOLDEN = "./fixtures/templates.ts";

beforeAll(async () => {
  server.listen(onUnhandled("error"));
  await gateway.ready;
});
beforeEach(async () => {
  server.resetHandlers();
  await gateway.reset();
});
afterAll(() => server.close());

const definitionNames = (module: string) => [...module.matchAll(/^export const (\w+__\w+) = \{$/gm)].map((m) => m[1]);

/**
 * Meta's pagination in front of the gateway (which answers in one page): `limit` templates a page,
 * `paging.cursors.after` and `paging.next` while more remain. Records the cursors asked for.
 */
function pageTemplates(limit: number) {
  const asked: (string | null)[] = [];
  server.use(
    http.get("https://api.sigfollow.com/v1/:wabaId/message_templates", async ({ request }) => {
      const url = new URL(request.url);
      const after = url.searchParams.get("after");
      asked.push(after);
      url.searchParams.delete("after");
      const answer = await gateway.fetch(new Request(url, { headers: request.headers }));
      if (!answer.ok) return answer;
      const { data } = (await answer.json()) as { data: unknown[] };
      const start = after === null ? 0 : Number(atob(after));
      const end = start + limit;
      const cursor = (n: number) => btoa(String(n));
      const more = end < data.length;
      return HttpResponse.json({
        data: data.slice(start, end),
        paging: { cursors: { before: cursor(start), after: cursor(end) }, ...(more ? { next: `${url}?after=${cursor(end)}` } : {}) },
      });
    }),
  );
  return asked;
}

describe("templates pull", () => {
  it("writes every template of the WABA, once each, sorted by name and language", async () => {
    const { code, stdout, stderr } = await sigfollow(["templates", "pull", "--waba", WABA], env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const names = definitionNames(stdout);
    expect(names).toHaveLength(COUNTS.all);
    expect(new Set(names).size).toBe(COUNTS.all);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("order_shipped_named__en_US");
    expect(names).toContain("order_shipped_named__es_ES");
    expect(names.filter((n) => n!.startsWith("bulk_notice_"))).toHaveLength(BULK);
  });

  it("follows Meta's cursor pagination through every page", async () => {
    const asked = pageTemplates(25);
    const { code, stdout } = await sigfollow(["templates", "pull", "--waba", WABA], env);
    expect(code).toBe(0);
    expect(asked).toEqual([null, btoa("25"), btoa("50")]);
    expect(definitionNames(stdout)).toHaveLength(COUNTS.all);
  });

  it("writes the same bytes for the same templates, however the gateway orders them and their keys", async () => {
    const first = await sigfollow(["templates", "pull", "--waba", WABA], env);
    // The same account, templates listed in reverse and every object's keys reversed.
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    server.use(
      http.get("https://api.sigfollow.com/v1/:wabaId/message_templates", async ({ request }) => {
        const { data } = (await (await gateway.fetch(new Request(request.url, { headers: request.headers }))).json()) as { data: unknown[] };
        return HttpResponse.json({ data: reverse([...data].reverse()) });
      }),
    );
    const second = await sigfollow(["templates", "pull", "--waba", WABA], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/); // no timestamp
  });

  it("writes the module a TypeScript project imports: the golden file test/fixtures/templates.ts", async () => {
    const dir = tempDir();
    const out = join(dir, "nested", "templates.ts");
    const { code, stderr } = await sigfollow(["templates", "pull", "--waba", WABA, "--name", "order_", "--status", "approved", "--out", out], env);
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote 4 template(s) (3 name(s)) of WABA ${WABA} to ${out}\n`);
    // After an intended change of the output: `npx vitest run --project cli -u` rewrites it.
    await expect(readFileSync(out, "utf8")).toMatchFileSnapshot(GOLDEN);
  });

  it("filters by status (comma-separated) and name prefix", async () => {
    const approved = await sigfollow(["templates", "pull", "--waba", WABA, "--status", "APPROVED"], env);
    expect(definitionNames(approved.stdout)).toHaveLength(COUNTS.approved);
    const notApproved = await sigfollow(["templates", "pull", "--waba", WABA, "--status", "PAUSED,PENDING"], env);
    expect(definitionNames(notApproved.stdout)).toEqual(["legacy_notice__en_US", "new_notice__en_US"]);
    const prefixed = await sigfollow(["templates", "pull", "--waba", WABA, "--name", "order_shipped"], env);
    expect(definitionNames(prefixed.stdout)).toEqual(["order_shipped_named__en_US", "order_shipped_named__es_ES"]);
    expect(prefixed.stdout).toContain("// Generated by `sigfollow templates pull --waba 300000000000001 --name order_shipped`.");
  });

  it("names templates in one language by default, or in --primary-language", async () => {
    const byDefault = await sigfollow(["templates", "pull", "--waba", WABA, "--name", "order_shipped"], env);
    expect(byDefault.stdout).toContain("  order_shipped_named: order_shipped_named__en_US,");
    expect(byDefault.stdout).toContain("  order_shipped_named: { en_US: order_shipped_named__en_US, es_ES: order_shipped_named__es_ES },");
    const spanish = await sigfollow(["templates", "pull", "--waba", WABA, "--name", "order_", "--primary-language", "es_ES"], env);
    expect(spanish.stdout).toContain("  order_shipped_named: order_shipped_named__es_ES,");
    expect(spanish.stdout).toContain("  order_tracking: order_tracking__en_US,"); // no es_ES version: its own language
  });

  it("writes JSON with --format json or a .json --out: the registry by name and language", async () => {
    const dir = tempDir();
    const { code } = await sigfollow(["templates", "pull", "--waba", WABA, "--out", join(dir, "templates.json")], env);
    expect(code).toBe(0);
    const registry = JSON.parse(readFileSync(join(dir, "templates.json"), "utf8"));
    expect(Object.keys(registry)).toHaveLength(COUNTS.all - 1); // order_shipped_named has two languages
    expect(Object.keys(registry.order_shipped_named)).toEqual(["en_US", "es_ES"]);
    expect(registry.order_shipped_named.en_US).toEqual({
      name: "order_shipped_named",
      language: "en_US",
      category: "UTILITY",
      parameter_format: "NAMED",
      components: [expect.objectContaining({ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." })],
    });
    const stdout = await sigfollow(["templates", "pull", "--waba", WABA, "--format", "json"], env);
    expect(JSON.parse(stdout.stdout)).toEqual(registry);
  });

  it("refuses a filter that matches nothing, with the count of templates there are (exit 2)", async () => {
    const { code, stdout, stderr } = await sigfollow(["templates", "pull", "--waba", WABA, "--name", "nope_"], env);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`sigfollow: no template of WABA ${WABA} matched --name nope_ (it has ${COUNTS.all})\n`);
  });
});
