// Template names are data, whatever they are: names that are keys of Object.prototype (__proto__,
// constructor) are entries like any other in the JSON registry, the TypeScript module
// and a check; the same name and language listed twice is refused. In process against
// @sigfollow/mock under msw/node; the module compiles with tsc and holds the entries at run time.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createMockGateway } from "@sigfollow/mock";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import ts from "typescript";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { cliSeed, KEYS, WABA } from "./support/seed.js";
import { sigfollow, tempDir } from "./support/run.js";
import { project, removeProjects, typeCheck } from "./support/tsc.js";

// Template names are lowercase (Meta's rule, and the mock's): the keys of Object.prototype they can be.
const NAMES = ["__proto__", "constructor"];
/** The CLI's seed and a template named after each of NAMES, `__proto__` also in Spanish with this body. */
const seed = (spanish = "Cuerpo.") =>
  cliSeed((t) => {
    for (const name of NAMES) t[`named_${name}`] = { name, language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: `Body of ${name}.` }] };
    t.protoEs = { name: "__proto__", language: "es_ES", category: "UTILITY", components: [{ type: "BODY", text: spanish }] };
  });
const gateway = createMockGateway({ seed: seed() });
const server = setupServer(...gateway.handlers);
const env = { SIGFOLLOW_API_KEY: KEYS.reader };
const pull = (...args: string[]) => sigfollow(["templates", "pull", "--waba", WABA, ...args], env);

beforeAll(async () => {
  server.listen(onUnhandled("error"));
  await gateway.ready;
});
beforeEach(async () => {
  server.resetHandlers();
  await gateway.reset(seed());
});
afterAll(() => {
  server.close();
  removeProjects();
});

describe("template names that are keys of Object.prototype", () => {
  it("are entries of the JSON registry, own properties each", async () => {
    const { code, stdout } = await pull("--format", "json");
    expect(code).toBe(0);
    const registry = JSON.parse(stdout) as Record<string, Record<string, { name: string }>>;
    for (const name of NAMES) expect(Object.hasOwn(registry, name), name).toBe(true);
    expect(Object.keys(registry.__proto__!)).toEqual(["en_US", "es_ES"]);
    expect(registry.__proto__!.en_US!.name).toBe("__proto__");
  });

  it("are matched by --name like any other", async () => {
    const { code, stdout } = await pull("--name", "__proto__", "--format", "json");
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(stdout))).toEqual(["__proto__"]);
  });

  it("are entries of registry and templates in a module that compiles, and the prototypes stay Object.prototype", async () => {
    const { code, stdout } = await pull();
    expect(code).toBe(0);
    const uses = [
      'import { template } from "@sigfollow/client/builders";',
      'import { registry, type TemplateName, templates } from "./templates.js";',
      "template(templates.__proto__).body();",
      "template(registry.__proto__.es_ES).body();",
      "template(templates.constructor).body();",
      'export const names: TemplateName[] = ["__proto__", "constructor"];',
      "",
    ];
    const dir = project({ "templates.ts": stdout, "uses.ts": uses.join("\n") });
    const compiled = await typeCheck(dir);
    expect(compiled.stdout).toBe("");
    expect(compiled.code).toBe(0);

    // At run time: the module as JavaScript (its only import is a type).
    const js = ts.transpileModule(stdout, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    writeFileSync(join(dir, "templates.mjs"), js);
    const module = (await import(pathToFileURL(join(dir, "templates.mjs")).href)) as { registry: object; templates: object };
    for (const object of [module.registry, module.templates]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      for (const name of NAMES) expect(Object.hasOwn(object, name), name).toBe(true);
    }
    const registry = module.registry as Record<string, Record<string, { name: string; language: string }>>;
    expect(Object.keys(registry.__proto__!)).toEqual(["en_US", "es_ES"]);
    expect(registry.__proto__!.es_ES).toMatchObject({ name: "__proto__", language: "es_ES" });
    expect((module.templates as Record<string, { language: string }>).__proto__!.language).toBe("en_US");
  });

  it("are checked like any other, from the module and from the JSON registry", async () => {
    const dir = tempDir();
    for (const file of [join(dir, "templates.ts"), join(dir, "templates.json")]) {
      expect((await pull("--status", "APPROVED", "--out", file)).code).toBe(0);
      const check = () => sigfollow(["templates", "check", "--waba", WABA, "--file", file], env);
      expect((await check()).code).toBe(0);
      await gateway.reset(seed("Otro cuerpo."));
      const drift = await check();
      expect(drift.stdout.split("\n")[0]).toBe('__proto__ (es_ES): changed body text: "Cuerpo." → "Otro cuerpo."');
      expect(drift.code).toBe(1);
      await gateway.reset(seed());
    }
  });
});

describe("the same template twice in the gateway's answer", () => {
  it("is refused (exit 2) rather than written as a module that does not compile", async () => {
    server.use(
      http.get("https://api.sigfollow.com/v1/:wabaId/message_templates", async ({ request }) => {
        const { data } = (await (await gateway.fetch(new Request(request.url, { headers: request.headers }))).json()) as { data: { name: string }[] };
        return HttpResponse.json({ data: [...data, { ...data.find((t) => t.name === "order_tracking"), id: "1" }] });
      }),
    );
    for (const args of [["templates", "pull", "--waba", WABA], ["templates", "pull", "--waba", WABA, "--name", "weekly_"]]) {
      expect(await sigfollow(args, env)).toEqual({
        code: 2,
        stdout: "",
        stderr: "sigfollow: the gateway at https://api.sigfollow.com listed order_tracking (en_US) twice (a name and language is one template); stopped\n",
      });
    }
  });
});
