// The control routes are one table (src/control/routes.ts): GET /__mock lists it, the dispatcher
// serves exactly it, and the README documents exactly it (the root README links to it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTROL_ROUTES, createMockGateway } from "../src/index.js";
import { CONTROL_TABLE, inputFields } from "../src/control/routes.js";

const routes = CONTROL_TABLE.map((r) => `${r.method} ${r.path}`);

/** The rows of a README's control table: the table under the "Control API" heading. */
function controlRows(file: string): string[] {
  const text = readFileSync(new URL(file, import.meta.url), "utf8");
  const start = text.search(/^#+ Control API$/m);
  expect(start).toBeGreaterThan(0);
  const section = text.slice(start).split(/\n#+ /)[0]!;
  return section.split("\n").filter((line) => line.startsWith("| `"));
}

/** The `METHOD /__mock/…` routes a README's control table names (query strings left out). */
const documented = (rows: string[]) => rows.flatMap((row) => [...row.matchAll(/`(GET|POST|PUT|PATCH|DELETE) (\/__mock[^`?\s]*)/g)].map((m) => `${m[1]} ${m[2]}`));

describe("control table", () => {
  it("GET /__mock lists every route of the table, one line each", async () => {
    const gateway = createMockGateway();
    const res = await gateway.fetch("https://api.sigfollow.com/__mock");
    expect((await res.json()).routes).toEqual(CONTROL_ROUTES);
    expect(CONTROL_ROUTES).toHaveLength(routes.length);
    CONTROL_TABLE.forEach((r, i) => expect(CONTROL_ROUTES[i]).toContain(` ${r.path}`));
  });

  it("serves every route of the table and nothing else", async () => {
    const gateway = createMockGateway();
    await gateway.ready;
    for (const r of CONTROL_TABLE) {
      const res = await gateway.fetch(`https://api.sigfollow.com${r.path.replace("{id}", "x")}`, { method: r.method });
      const body = await res.json();
      expect(body.error?.message ?? "", `${r.method} ${r.path}`).not.toContain("is not a control endpoint");
    }
    const unknown = await gateway.fetch("https://api.sigfollow.com/__mock/clock", { method: "DELETE" });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain("is not a control endpoint");
  });

  it("packages/mock/README.md documents exactly the table's routes", () => {
    expect([...new Set(documented(controlRows("../README.md")))].sort()).toEqual([...routes].sort());
  });

  it("packages/mock/README.md names every input field of each route", () => {
    const rows = controlRows("../README.md");
    for (const r of CONTROL_TABLE) {
      const row = rows.find((line) => line.startsWith(`| \`${r.method} ${r.path}`));
      expect(row, `${r.method} ${r.path}`).toBeDefined();
      for (const field of inputFields(r)) expect(row, `${r.method} ${r.path}: ${field}`).toContain(field.replace("?", ""));
    }
  });
});
