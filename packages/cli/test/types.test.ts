// The pulled module compiles with `tsc` in a strict project, and its types bite: a fixture of sends
// with @ts-expect-error on a misspelt named parameter, a missing one, the wrong parameter style, a
// wrong button and an unknown template name compiles only when each of those is an error.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createMockGateway } from "@sigfollow/mock";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { cliSeed, KEYS, WABA } from "./support/seed.js";
import { exec, sigfollow } from "./support/run.js";

const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const FIXTURE = fileURLToPath(new URL("./fixtures/uses-templates.ts", import.meta.url));
// Inside the package, so `@sigfollow/client/builders` resolves as in an app that installed it.
const CACHE = fileURLToPath(new URL("../node_modules/.cache/", import.meta.url));

const gateway = createMockGateway({ seed: cliSeed() });
const server = setupServer(...gateway.handlers);
const projects: string[] = [];
beforeAll(async () => {
  server.listen(onUnhandled("error"));
  await gateway.ready;
});
afterAll(() => {
  server.close();
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
});

/** A strict TypeScript project with the module and the fixture of sends; `tsc --noEmit` over it. */
async function compile(module: string) {
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, "sigfollow-tsc-"));
  projects.push(dir);
  writeFileSync(join(dir, "templates.ts"), module);
  copyFileSync(FIXTURE, join(dir, "uses-templates.ts"));
  const compilerOptions = { strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", skipLibCheck: true, types: [] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
  return exec(process.execPath, [TSC, "-p", dir]);
}

describe("the pulled module", () => {
  it("compiles, and a misspelt named parameter in a send does not", async () => {
    const { code, stdout } = await sigfollow(["templates", "pull", "--waba", WABA], { SIGFOLLOW_API_KEY: KEYS.reader });
    expect(code).toBe(0);
    const result = await compile(stdout);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  });

  it("is what makes the fixture's errors errors: without `as const` every @ts-expect-error is unused", async () => {
    const loose = readFileSync(new URL("./fixtures/templates.ts", import.meta.url), "utf8").replaceAll(" as const satisfies", " satisfies");
    const { code, stdout } = await compile(loose);
    expect(code).not.toBe(0);
    expect(stdout).toContain("error TS2578: Unused '@ts-expect-error' directive.");
  });
});
