// What an integrator installs: the three packages packed with the root README's commands, installed
// with npm (the README's commands too) into a scratch app outside the workspace, and used there as
// the READMEs say: the vitest suites (the root's, the mock README's webhook one), the quick start as an ES module and through CommonJS
// `require`, `tsc` with `module: node16` and with `moduleResolution: bundler` over every README
// snippet, the installed `sigfollow-mock` bin, and the installed `sigfollow` bin pulling the
// templates from it into a module that a send compiles and runs with. Needs `pnpm build` first and
// the npm registry (or npm's cache) for msw, vitest and typescript.
import { execFileSync, execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mswVersion } from "../packages/mock/test/support/msw.js";
import { npmEnv } from "../scripts/npm-env.mjs";
import { type Standalone, startStandalone } from "../packages/mock/test/support/standalone.js";
import { block, commands, readme, root } from "./support/readme.js";

const read = (file: string) => readFileSync(join(root, file), "utf8");
const mockReadme = read("packages/mock/README.md");
const packageReadmes = [read("packages/client/README.md"), mockReadme];
const cliReadme = read("packages/cli/README.md");

/**
 * Every complete ```ts snippet of a README: one with an import, except one that imports a file of
 * the reader's own (the module `sigfollow templates pull` writes: see the CLI's test below) or a
 * framework this app does not install (the client README's Express and Fastify mounts, which
 * packages/client/test/webhooks-node.test.ts compiles in a consumer that has them).
 */
const frameworks = /^import .* from "(express|fastify)";$/m;
const snippets = (text: string) =>
  [...text.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((code) => /^import /m.test(code) && !/^import .* from "\.\.?\//m.test(code) && !frameworks.test(code));

// The same versions as the workspace, so npm's cache usually has them; msw the one under test (msw 3 in
// the Node 22 and 24 legs of scripts/platforms.mjs).
const versionOf = (name: string) => (createRequire(join(root, "packages/mock/package.json"))(`${name}/package.json`) as { version: string }).version;
const tools = [...["vitest", "typescript", "@types/node"].map((name) => `${name}@${versionOf(name)}`), `msw@${mswVersion}`];

const scratch = mkdtempSync(join(tmpdir(), "sigfollow-consumer-"));
const packs = join(scratch, "packs");
const app = join(scratch, "app");
const sh = (command: string, cwd: string) => execSync(command, { cwd, env: npmEnv, stdio: "pipe", encoding: "utf8" });
/** Runs a tool the app installed; a failure carries its output. */
function npx(args: string[]): string {
  try {
    return execFileSync(join(app, "node_modules/.bin", args[0]!), args.slice(1), { cwd: app, env: npmEnv, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}
/** GET on a fresh connection: a pooled keep-alive socket may be closed by the mock just as it is reused. */
const getJson = (url: string) =>
  new Promise<unknown>((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(JSON.parse(body)));
    }).on("error", reject);
  });
const sentCount = async () => ((await getJson(`${mock.url}/__mock/messages`)) as { data: unknown[] }).data.length;

let mock: Standalone;
let apiKey: string;

beforeAll(async () => {
  // The README's "Installing the packages", command by command, into the scratch directories.
  const lines = commands("## Installing the packages").map((line) =>
    line.replaceAll('"$HOME"/sigfollow-packs', JSON.stringify(packs)).replaceAll('"$HOME/sigfollow-packs"', JSON.stringify(packs)),
  );
  const pack = lines.filter((c) => / pack /.test(c));
  const installs = lines.filter((c) => c.startsWith("npm install"));
  expect(pack).toHaveLength(1);
  for (const name of ["@sigfollow/client", "@sigfollow/mock", "@sigfollow/cli"]) expect(pack[0]).toContain(`--filter ${name} `);
  expect(installs.length).toBeGreaterThan(0);
  sh(pack[0]!, root); // `pnpm install && pnpm build` already ran: `pnpm test` does both first
  mkdirSync(app);
  // `npm init -y` writes "type": "commonjs"; the README's note on ES modules says how to change it.
  const esm = /`(npm pkg set type=module)`/.exec(readme)?.[1];
  expect(esm).toBeDefined();
  sh(`npm init -y && ${esm}`, app);
  for (const install of installs) sh(install, app);
  sh(`npm install --save-dev ${tools.join(" ")}`, app);
  mock = await startStandalone([], /Ctrl\+C/, [join(app, "node_modules/.bin/sigfollow-mock")]);
  apiKey = /API key:\s+(\S+)/.exec(mock.output)![1]!;
}, 300_000);

afterAll(async () => {
  await mock?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe("the packed packages, installed with npm into an app outside the workspace", () => {
  it("installed from the tarballs, not from the workspace", () => {
    const installed = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as Record<string, Record<string, string>>;
    expect(installed.dependencies!["@sigfollow/client"]).toMatch(/^file:.*sigfollow-client-.*\.tgz$/);
    expect(installed.devDependencies!["@sigfollow/mock"]).toMatch(/^file:.*sigfollow-mock-.*\.tgz$/);
    expect(installed.devDependencies!["@sigfollow/cli"]).toMatch(/^file:.*sigfollow-cli-.*\.tgz$/);
  });

  it("the installed sigfollow-mock bin serves the demo tenant", async () => {
    expect(mock.output).toContain("Phone number id:  106540352242922");
    expect(await getJson(`${mock.url}/__mock/clock`)).toHaveProperty("now");
  });

  it("runs the README's vitest suite", { timeout: 120_000 }, () => {
    writeFileSync(join(app, "window.test.ts"), block("## Testing with the mock"));
    const output = npx(["vitest", "run", "window.test.ts"]);
    expect(output).toMatch(/1 passed/);
  });

  it("runs the mock README's webhook handler suite: the mock's deliveries reach createWebhookHandler", { timeout: 120_000 }, () => {
    writeFileSync(join(app, "webhooks.test.ts"), block("### Testing your webhook handler", "ts", mockReadme));
    const output = npx(["vitest", "run", "webhooks.test.ts"]);
    expect(output).toMatch(/2 passed/);
  });

  it("type-checks every README snippet with module node16 and with moduleResolution bundler, strict, with exactOptionalPropertyTypes and noUncheckedIndexedAccess", { timeout: 120_000 }, () => {
    const all = [readme, ...packageReadmes].flatMap(snippets);
    expect(all.length).toBeGreaterThanOrEqual(10);
    mkdirSync(join(app, "snippets"), { recursive: true });
    all.forEach((code, i) => writeFileSync(join(app, "snippets", `snippet${i}.ts`), `${code}\nexport {};\n`));
    const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, target: "es2022", lib: ["es2022", "dom", "dom.iterable"], types: ["node"], skipLibCheck: true, noEmit: true };
    for (const [name, options] of [
      ["node16", { module: "node16", moduleResolution: "node16" }],
      ["bundler", { module: "esnext", moduleResolution: "bundler" }],
    ] as const) {
      writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...strict, ...options }, include: ["snippets"] }));
      npx(["tsc", "-p", `tsconfig.${name}.json`]);
    }
  });

  it("runs the quick start as an ES module and through CommonJS require", { timeout: 120_000 }, async () => {
    const quickStart = block("**3. Then with the client**");
    const before = await sentCount();
    // ES module: compiled by tsc with module node16, as the app's "type": "module" makes it.
    writeFileSync(join(app, "quickstart.ts"), quickStart);
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "node16", target: "es2022", strict: true, types: ["node"], skipLibCheck: true }, files: ["quickstart.ts"] }));
    npx(["tsc", "-p", "tsconfig.json"]);
    const run = (file: string) =>
      execFileSync(process.execPath, [file], { cwd: app, env: { ...npmEnv, SIGFOLLOW_BASE_URL: mock.url, SIGFOLLOW_API_KEY: apiKey }, encoding: "utf8" });
    expect(run("quickstart.js")).toMatch(/^wamid\./);
    // CommonJS: the same code with `require`, its top-level await inside an async function.
    const commonJs = ts.transpileModule(quickStart, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(app, "quickstart.cjs"), `(async () => {\n${commonJs}\n})().catch((error) => { console.error(error); process.exit(1); });\n`);
    expect(readFileSync(join(app, "quickstart.cjs"), "utf8")).toContain('require("@sigfollow/client")');
    expect(run("quickstart.cjs")).toMatch(/^wamid\./);
    expect((await sentCount()) - before).toBe(2); // the template, twice
  });

  it("shares one copy of the error classes between the CommonJS entries", () => {
    const check = `
      const { SigFollowError, isSigFollowError } = require("@sigfollow/client");
      const { template } = require("@sigfollow/client/builders");
      try { template({ name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi {{1}}" }] }).build(); }
      catch (error) { console.log(error instanceof SigFollowError, isSigFollowError(error, "template")); }`;
    expect(execFileSync(process.execPath, ["-e", check], { cwd: app, encoding: "utf8" }).trim()).toBe("true true");
  });

  it("the installed sigfollow pulls the templates from the installed sigfollow-mock, and a send with the pulled module compiles and runs", { timeout: 120_000 }, async () => {
    // The CLI README's pull against the local mock, with the app's own bin rather than whatever `npx` would find.
    const bin = join(app, "node_modules/.bin/sigfollow");
    expect(existsSync(bin)).toBe(true);
    const pull = commands("Try it against the local mock", cliReadme).find((line) => line.includes("templates pull"));
    expect(pull).toMatch(/^npx sigfollow templates pull .*--out src\/templates\.ts$/);
    const env = { ...npmEnv, SIGFOLLOW_BASE_URL: mock.url, SIGFOLLOW_API_KEY: apiKey };
    execSync(pull!.replace(/^npx sigfollow /, `${JSON.stringify(bin)} `), { cwd: app, env, stdio: "pipe" });
    expect(readFileSync(join(app, "src/templates.ts"), "utf8")).toContain('import type { TemplateSource } from "@sigfollow/client/builders";');

    // The CLI README's send with the pulled module, then sent to the mock, compiled as the app would:
    // strict, with exactOptionalPropertyTypes and noUncheckedIndexedAccess.
    const [send] = [...cliReadme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((code) => code.includes('from "./templates.js"'));
    expect(send).toBeDefined();
    writeFileSync(
      join(app, "src/send.ts"),
      `${send}
import { createSigFollowClient } from "@sigfollow/client";
const client = createSigFollowClient({ apiKey: process.env.SIGFOLLOW_API_KEY!, baseUrl: process.env.SIGFOLLOW_BASE_URL });
const { messages } = await client.messages.send("106540352242922", request);
console.log(messages[0]?.id);
`,
    );
    const strict = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, target: "es2022", module: "node16", types: ["node"], skipLibCheck: true };
    writeFileSync(join(app, "tsconfig.templates.json"), JSON.stringify({ compilerOptions: strict, files: ["src/send.ts"] }));
    npx(["tsc", "-p", "tsconfig.templates.json"]);
    const before = await sentCount();
    expect(execFileSync(process.execPath, ["src/send.js"], { cwd: app, env, encoding: "utf8" })).toMatch(/^wamid\./);
    expect((await sentCount()) - before).toBe(1);
  });
});
