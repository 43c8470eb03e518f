// `sigfollow templates check`, in process against @sigfollow/mock under msw/node: each kind of
// drift, made with the control API (pause, reject) or by resetting the gateway to an edited seed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createMockGateway } from "@sigfollow/mock";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { cliSeed, COUNTS, IDS, KEYS, WABA } from "./support/seed.js";
import { sigfollow, tempDir } from "./support/run.js";

const gateway = createMockGateway({ seed: cliSeed() });
const server = setupServer(...gateway.handlers);
const env = { SIGFOLLOW_API_KEY: KEYS.reader };
const dir = tempDir();
const FILE = join(dir, "templates.ts");
const GOLDEN = new URL("./fixtures/templates.ts", import.meta.url).pathname;

const check = (file = FILE) => sigfollow(["templates", "check", "--waba", WABA, "--file", file], env);
/** The drift lines of a check's output (without the summary). */
const lines = (stdout: string) => stdout.split("\n\n")[0]!.split("\n").filter(Boolean);

beforeAll(async () => {
  server.listen(onUnhandled("error"));
  await gateway.ready;
  const pulled = await sigfollow(["templates", "pull", "--waba", WABA, "--status", "APPROVED", "--out", FILE], env);
  expect(pulled.code).toBe(0);
});
beforeEach(() => gateway.reset(cliSeed()));
afterAll(() => server.close());

describe("templates check", () => {
  it("exits 0 when every template of the file is live, APPROVED and unchanged", async () => {
    expect(await check()).toEqual({
      code: 0,
      stdout: `${COUNTS.approved} template(s) in ${FILE} match WABA ${WABA}: live, APPROVED and unchanged.\n`,
      stderr: "",
    });
  });

  it("ignores live templates the file does not define", async () => {
    const { code } = await check(GOLDEN); // only order_*: the WABA has PAUSED and PENDING ones besides
    expect(code).toBe(0);
  });

  it("reports a template paused with the control API", async () => {
    gateway.pauseTemplate(IDS.named);
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual(["order_shipped_named (en_US): status PAUSED, not APPROVED"]);
    expect(stdout).toContain(`\n1 drift(s) in 1 of ${COUNTS.approved} template(s) of ${FILE}: pull again, or fix the templates in WhatsApp Manager.\n`);
  });

  it("reports a template rejected with the control API, with the reason", async () => {
    gateway.rejectTemplate(IDS.promo, "INVALID_FORMAT");
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual(["weekly_promo (en_US): status REJECTED (INVALID_FORMAT), not APPROVED"]);
  });

  it("reports a template the account no longer has as missing", async () => {
    await gateway.reset(cliSeed((t) => delete t.actions));
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([`order_tracking (en_US): missing: no such template in WABA ${WABA}`]);
  });

  it("reports a body whose text changed, and its placeholders when they did", async () => {
    await gateway.reset(
      cliSeed((t) => {
        const body = t.named!.components[0] as { text: string; example: unknown };
        body.text = "Hi {{customer_name}}, order {{order_number}} ships {{ship_date}}.";
        body.example = { body_text_named_params: ["customer_name", "order_number", "ship_date"].map((param_name) => ({ param_name, example: "x" })) };
        (t.header!.components[1] as { text: string }).text = "Hello {{1}}, your order was updated.";
      }),
    );
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'order_shipped_named (en_US): changed body text (placeholders {{customer_name}}, {{order_id}}, {{ship_date}} → {{customer_name}}, {{order_number}}, {{ship_date}}): "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." → "Hi {{customer_name}}, order {{order_number}} ships {{ship_date}}."',
      'order_update (en_US): changed body text: "Hi {{1}}, your order was updated." → "Hello {{1}}, your order was updated."',
    ]);
  });

  it("reports a changed header, buttons, category and parameter format", async () => {
    await gateway.reset(
      cliSeed((t) => {
        t.header!.components[0] = { type: "HEADER", format: "TEXT", text: "Update" };
        const buttons = t.actions!.components[2] as { buttons: unknown[] };
        buttons.buttons = [{ type: "QUICK_REPLY", text: "Track order" }, { type: "PHONE_NUMBER", text: "Call us", phone_number: "+16505550100" }];
        t.promo!.category = "UTILITY";
        t.promo!.parameter_format = "NAMED";
      }),
    );
    const { code, stdout } = await check();
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'order_tracking (en_US): changed buttons: QUICK_REPLY "Track package", URL "View order" https://shop.example.com/orders/{{1}} → QUICK_REPLY "Track order", PHONE_NUMBER "Call us" +16505550100',
      'order_update (en_US): changed header text (placeholders {{1}} → none): TEXT "Order {{1}}" → TEXT "Update"',
      "weekly_promo (en_US): changed category MARKETING → UTILITY",
      "weekly_promo (en_US): changed parameter format POSITIONAL → NAMED",
    ]);
  });

  it("reports a header that changed format", async () => {
    await gateway.reset(cliSeed((t) => (t.promo!.components[0] = { type: "HEADER", format: "VIDEO", example: { header_handle: ["4::dmlkZW8vbXA0:ARZcli"] } })));
    expect(lines((await check()).stdout)).toEqual(["weekly_promo (en_US): changed header: IMAGE → VIDEO"]);
  });

  it("reads the JSON registry as well", async () => {
    const json = join(dir, "templates.json");
    expect((await sigfollow(["templates", "pull", "--waba", WABA, "--status", "APPROVED", "--out", json], env)).code).toBe(0);
    expect((await check(json)).code).toBe(0);
    gateway.pauseTemplate(IDS.actions);
    const { code, stdout } = await check(json);
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual(["order_tracking (en_US): status PAUSED, not APPROVED"]);
  });

  it("reads a module a formatter rewrote (quotes, comments, trailing commas) without a TypeScript toolchain", async () => {
    const reformatted = readFileSync(GOLDEN, "utf8")
      .replace(/"([^"\\]*)"/g, "'$1'")
      .replace(/^(\s+)(name|language): /gm, "$1'$2': ")
      .replace(/,\n(\s*[}\]])/g, "\n$1")
      .replace(/^(\s+)category: /gm, "$1// the category\n$1category: /* WhatsApp's */ ");
    expect(reformatted).toContain("'name': 'order_tracking'");
    const file = join(dir, "reformatted.ts");
    writeFileSync(file, reformatted);
    expect((await check(file)).code).toBe(0);
    gateway.pauseTemplate(IDS.header);
    expect(lines((await check(file)).stdout)).toEqual(["order_update (en_US): status PAUSED, not APPROVED"]);
  });

  it("exits 2 with the gateway's message for a key without templates:read, an unknown WABA, a failing gateway", async () => {
    const denied = await sigfollow(["templates", "check", "--waba", WABA, "--file", FILE], { SIGFOLLOW_API_KEY: KEYS.sender });
    expect(denied).toMatchObject({ code: 2, stdout: "" });
    expect(denied.stderr).toMatch(/^sigfollow: the gateway refused the request \(HTTP 403, code 200\): .+ \(the key needs the templates:read scope\)\n$/);
    const unknown = await sigfollow(["templates", "check", "--waba", "399999999999999", "--file", FILE], env);
    expect(unknown).toMatchObject({ code: 2, stdout: "" });
    expect(unknown.stderr).toMatch(/^sigfollow: the gateway refused the request \(HTTP 404, code 100\): .*399999999999999.*\n$/);
    gateway.faults.add({ kind: "error", status: 503, route: "listTemplates" }); // every attempt, retries included
    const failing = await check();
    expect(failing).toMatchObject({ code: 2, stdout: "" });
    expect(failing.stderr).toMatch(/^sigfollow: the gateway failed \(HTTP 503, code 2\): .+\n$/);
  });

  it("refuses a file it cannot read as pulled definitions (exit 2, one line)", async () => {
    const edited = join(dir, "edited.ts");
    writeFileSync(edited, readFileSync(GOLDEN, "utf8").replace('text: "Your order {{1}} has shipped."', "text: TRACKING_TEXT"));
    expect(await check(edited)).toMatchObject({
      code: 2,
      stdout: "",
      stderr: expect.stringMatching(/^sigfollow: \S+edited\.ts: cannot read the definition order_tracking__en_US: expected a literal \(object, array, string, number, boolean or null\) at line \d+, column \d+ \(only literals can be checked; pull the file again\)\n$/),
    });
    const empty = join(dir, "empty.ts");
    writeFileSync(empty, "export const x = 1;\n");
    expect((await check(empty)).stderr).toBe(`sigfollow: ${empty}: no template definitions found (expected a file written by \`sigfollow templates pull\`)\n`);
    expect((await check(join(dir, "nope.ts"))).stderr).toBe(`sigfollow: cannot read ${join(dir, "nope.ts")}: no such file\n`);
    const badJson = join(dir, "bad.json");
    writeFileSync(badJson, '{ "order_tracking": 1 }');
    expect((await check(badJson)).code).toBe(2);
  });
});
