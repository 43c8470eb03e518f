// The pulled module compiles with `tsc` in a strict project, and its types bite: a fixture of sends
// with @ts-expect-error on a misspelt named parameter, a missing one, the wrong parameter style, a
// wrong button and an unknown template name compiles only when each of those is an error.
import { readFileSync } from "node:fs";
import { createMockGateway } from "@sigfollow/mock";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { cliSeed, KEYS, WABA } from "./support/seed.js";
import { sigfollow } from "./support/run.js";
import { project, removeProjects, typeCheck } from "./support/tsc.js";

const FIXTURE = readFileSync(new URL("./fixtures/uses-templates.ts", import.meta.url), "utf8");

const gateway = createMockGateway({ seed: cliSeed() });
const server = setupServer(...gateway.handlers);
beforeAll(async () => {
  server.listen(onUnhandled("error"));
  await gateway.ready;
});
afterAll(() => {
  server.close();
  removeProjects();
});

/** A strict TypeScript project with the module and the fixture of sends; `tsc --noEmit` over it. */
const compile = (module: string) => typeCheck(project({ "templates.ts": module, "uses-templates.ts": FIXTURE }));

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
