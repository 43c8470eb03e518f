// The built `sigfollow` bin in a child process against the standalone mock (`sigfollow-mock`),
// driven over HTTP by its control API: exit statuses, output, the key never printed, and the
// README's "try it" lines as written there.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Standalone, startStandalone } from "../../mock/test/support/standalone.js";
import { BIN, exec, sigfollowBin, tempDir } from "./support/run.js";
import { cliSeed, COUNTS, IDS, KEYS, REVOCABLE_KEY_ID, WABA } from "./support/seed.js";

const dir = tempDir();
const FILE = join(dir, "templates.ts");
let mock: Standalone;
let env: Record<string, string>;

const control = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${mock.url}/__mock${path}`, {
    method,
    headers: { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `${method} /__mock${path}: HTTP ${response.status}`).toBe(true);
};
const check = (extra: Record<string, string> = {}) => sigfollowBin(["templates", "check", "--waba", WABA, "--file", FILE], { ...env, ...extra });

beforeAll(async () => {
  const seed = join(dir, "seed.json");
  writeFileSync(seed, JSON.stringify(cliSeed()));
  mock = await startStandalone(["--seed", seed, "--quiet"]);
  env = { SIGFOLLOW_BASE_URL: mock.url, SIGFOLLOW_API_KEY: KEYS.reader };
});
beforeEach(() => control("POST", "/reset", { seed: cliSeed() }));
afterAll(() => mock?.stop());

describe("sigfollow against the standalone mock", () => {
  it("pulls every template to --out, then checks: 0 unchanged, 1 once the control API paused one", async () => {
    const pulled = await sigfollowBin(["templates", "pull", "--waba", WABA, "--out", FILE], env);
    expect(pulled).toEqual({ code: 0, stdout: "", stderr: `Wrote ${COUNTS.all} template(s) (${COUNTS.all - 1} name(s)) of WABA ${WABA} to ${FILE}\n` });
    expect(readFileSync(FILE, "utf8").match(/ as const satisfies TemplateSource;$/gm)).toHaveLength(COUNTS.all);

    const pulledApproved = await sigfollowBin(["templates", "pull", "--waba", WABA, "--status", "APPROVED", "--out", FILE], env);
    expect(pulledApproved.code).toBe(0);
    expect(await check()).toEqual({ code: 0, stdout: `${COUNTS.approved} template(s) in ${FILE} match WABA ${WABA}: live, APPROVED and unchanged.\n`, stderr: "" });

    await control("POST", `/templates/${IDS.named}/pause`);
    const paused = await check();
    expect(paused.code).toBe(1);
    expect(paused.stdout).toMatch(/^order_shipped_named \(en_US\): status PAUSED, not APPROVED\n\n1 drift\(s\) in 1 of \d+ template\(s\)/);
    expect(paused.stderr).toBe("");
  });

  it("reports, after a reset to an edited seed, each drift in one line", async () => {
    expect((await sigfollowBin(["templates", "pull", "--waba", WABA, "--status", "APPROVED", "--out", FILE], env)).code).toBe(0);
    const edited = cliSeed((t) => {
      delete t.header;
      t.promo!.category = "UTILITY";
      (t.actions!.components[2] as { buttons: unknown[] }).buttons.pop();
      (t.named!.components[0] as { text: string }).text = "Hi {{customer_name}}: order {{order_id}}, arriving {{ship_date}}.";
    });
    await control("POST", "/reset", { seed: edited });
    await control("POST", `/templates/${IDS.promo}/reject`, { reason: "INCORRECT_CATEGORY" });
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(stdout.split("\n\n")[0]!.split("\n")).toEqual([
      'order_shipped_named (en_US): changed body text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." → "Hi {{customer_name}}: order {{order_id}}, arriving {{ship_date}}."',
      'order_tracking (en_US): changed buttons: QUICK_REPLY "Track package", URL "View order" https://shop.example.com/orders/{{1}} → QUICK_REPLY "Track package"',
      `order_update (en_US): missing: no such template in WABA ${WABA}`,
      "weekly_promo (en_US): status REJECTED (INCORRECT_CATEGORY), not APPROVED",
      "weekly_promo (en_US): changed category MARKETING → UTILITY",
    ]);
    expect(stdout).toContain(`\n5 drift(s) in 4 of ${COUNTS.approved} template(s) of ${FILE}:`);
  });

  it("exits 2 for a revoked key, with the gateway's message and never the key", async () => {
    expect((await sigfollowBin(["templates", "pull", "--waba", WABA, "--out", FILE], env)).code).toBe(0);
    await control("DELETE", `/api-keys/${REVOCABLE_KEY_ID}`);
    for (const run of [
      () => check({ SIGFOLLOW_API_KEY: KEYS.revocable }),
      () => sigfollowBin(["templates", "pull", "--waba", WABA, "--api-key", KEYS.revocable], { SIGFOLLOW_BASE_URL: mock.url }),
    ]) {
      const { code, stdout, stderr } = await run();
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^sigfollow: the gateway refused the request \(HTTP 401, code 190\): .+ \(check SIGFOLLOW_API_KEY\)\n$/);
      expect(stderr).not.toContain(KEYS.revocable);
      expect(stderr).not.toContain("cliRevocable");
    }
  });

  it("exits 2 when the gateway is unreachable", async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, "127.0.0.1", () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const { code, stdout, stderr } = await check({ SIGFOLLOW_BASE_URL: `http://127.0.0.1:${port}` });
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe(`sigfollow: cannot reach the gateway at http://127.0.0.1:${port} (ECONNREFUSED); check SIGFOLLOW_BASE_URL\n`);
  });

  it("runs the README's CI lines as written", async () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const block = /Try it against the local mock[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    const demo = await startStandalone([]); // the demo tenant, as `pnpm start` serves it
    try {
      const key = /API key:\s+(sflo_test_\w+)/.exec(demo.output)![1]!;
      const project = tempDir();
      mkdirSync(join(project, "src"));
      // `npx sigfollow` in a project with @sigfollow/cli installed runs its bin: here, the built one.
      const script = `npx() { node ${JSON.stringify(BIN)} "$@"; }\n${block.replace("http://127.0.0.1:4010", demo.url).replace("sflo_test_…", key).replace(/npx sigfollow/g, "npx")}`;
      const { code, stdout, stderr } = await exec("sh", ["-c", script], {}, project);
      expect(stderr).toBe("Wrote 7 template(s) (7 name(s)) of WABA 102290129340398 to src/templates.ts\n");
      expect(stdout).toMatch(/^7 template\(s\) in src\/templates\.ts match WABA 102290129340398: live, APPROVED and unchanged\.\norder_shipped \(en_US\): status PAUSED, not APPROVED\n/);
      expect(code).toBe(1);
      expect(existsSync(join(project, "src", "templates.ts"))).toBe(true);
    } finally {
      await demo.stop();
    }
  });
});

describe("sigfollow's command line", () => {
  it("prints help for the command and each subcommand (exit 0)", async () => {
    const main = await sigfollowBin(["--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^Usage: sigfollow <command> \[options\]\n/);
    expect(main.stdout).toContain("templates pull");
    const pull = await sigfollowBin(["templates", "pull", "--help"]);
    expect(pull.stdout).toMatch(/^Usage: sigfollow templates pull --waba <id> \[--out <file.ts>\] \[--status APPROVED\] \[--name <prefix>\] \[--format ts\|json\]\n/);
    const check = await sigfollowBin(["templates", "check", "-h"]);
    expect(check.stdout).toMatch(/^Usage: sigfollow templates check --waba <id> --file <file.ts\|file.json>\n/);
    expect(check.stdout).toContain("Exit status: 0 every template is live, APPROVED and unchanged; 1 drift; 2 usage error");
    const both = await sigfollowBin(["templates", "--help"]);
    expect(both.stdout).toBe(`${pull.stdout}\n${check.stdout}`);
    expect((await sigfollowBin(["--version"])).stdout).toBe(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
  });

  it.each([
    [[], "missing command: sigfollow templates pull|check", "sigfollow --help"],
    [["contacts"], 'unknown command "contacts": try sigfollow templates pull|check', "sigfollow --help"],
    [["templates", "push"], 'unknown command "templates push"', "sigfollow --help"],
    [["templates", "pull"], "--waba is required", "sigfollow templates pull --help"],
    [["templates", "pull", "--wab", "1"], "Unknown option '--wab'", "sigfollow --help"],
    [["templates", "pull", "--waba", "1", "--format", "yaml"], '--format must be ts or json, got "yaml"', "sigfollow templates pull --help"],
    [["templates", "pull", "--waba", "1", "--status", "LIVE"], '--status: unknown status "LIVE" (one of APPROVED, PENDING, REJECTED, PAUSED, DISABLED, IN_APPEAL, PENDING_DELETION, DELETED, LIMIT_EXCEEDED, ARCHIVED, LOCKED)', "sigfollow templates pull --help"],
    [["templates", "check", "--waba", "1"], "--file is required", "sigfollow templates check --help"],
    [["templates", "check", "--waba", "1", "--file", "t.ts", "--out", "x"], "templates check takes no --out", "sigfollow templates check --help"],
    [["templates", "check", "--waba", "1", "--file", "t.ts", "extra"], 'unexpected argument "extra"', "sigfollow templates check --help"],
  ])("refuses %j in one line with a pointer to the help (exit 2)", async (args, message, help) => {
    const { code, stdout, stderr } = await sigfollowBin(args, { SIGFOLLOW_API_KEY: KEYS.reader });
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: "", stderr: `sigfollow: ${message}\nRun \`${help}\` for usage.\n` });
  });

  it("asks for a key, and refuses a gateway URL that is not http(s)", async () => {
    const noKey = await sigfollowBin(["templates", "pull", "--waba", WABA]);
    expect(noKey).toEqual({ code: 2, stdout: "", stderr: "sigfollow: no API key: set SIGFOLLOW_API_KEY (or pass --api-key)\nRun `sigfollow templates pull --help` for usage.\n" });
    const badUrl = await sigfollowBin(["templates", "pull", "--waba", WABA], { SIGFOLLOW_API_KEY: KEYS.reader, SIGFOLLOW_BASE_URL: "localhost:4010" });
    expect(badUrl.stderr).toBe('sigfollow: the gateway URL must be http(s)://host, got "localhost:4010"\nRun `sigfollow templates pull --help` for usage.\n');
  });
});
