// What the command takes from its arguments and prints from the gateway: a key given twice is
// refused and every key given is redacted, arguments that reach the generated module are checked,
// and what a gateway (or an argument) says is printed without terminal controls. In process,
// against @sigfollow/mock under msw/node, or a gateway made up by an msw handler.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createMockGateway } from "@sigfollow/mock";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { onUnhandled } from "../../mock/test/support/msw.js";
import { cliSeed, KEYS, WABA } from "./support/seed.js";
import { sigfollow, tempDir } from "./support/run.js";

const LIST = "https://api.sigfollow.com/v1/:wabaId/message_templates";
const gateway = createMockGateway({ seed: cliSeed() });
const server = setupServer(...gateway.handlers);
const env = { SIGFOLLOW_API_KEY: KEYS.reader };
/** Terminal controls: C0 but for new lines and tabs, DEL, C1, and so every escape sequence. */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

beforeAll(async () => {
  server.listen(onUnhandled("error"));
  await gateway.ready;
});
beforeEach(async () => {
  server.resetHandlers();
  await gateway.reset(cliSeed());
});
afterAll(() => server.close());

/** A gateway that refuses every listing with this message (a 400, code 100), counting the requests. */
function refusing(message: (key: string) => string) {
  const seen = { requests: 0 };
  server.use(
    http.get(LIST, ({ request }) => {
      seen.requests++;
      const key = request.headers.get("Authorization")!.replace(/^Bearer /, "");
      return HttpResponse.json({ error: { message: message(key), type: "OAuthException", code: 100, fbtrace_id: "A1" } }, { status: 400 });
    }),
  );
  return seen;
}

describe("the API key", () => {
  const [first, second] = ["sflo_test_firstKey000000000000001", "sflo_test_secondKey00000000000002"];

  it.each([
    [["--api-key", first, "--api-key", second]],
    [[`--api-key=${first}`, "--api-key", second]],
    [["--api-key", first, `--api-key=${second}`]],
  ])("given twice (%j) is refused before any request, naming neither value (exit 2)", async (keys) => {
    const seen = refusing((key) => `invalid key ${key}`);
    for (const command of [["pull"], ["check", "--file", "templates.ts"]]) {
      const result = await sigfollow(["templates", ...command, "--waba", WABA, ...keys], {});
      expect(result).toEqual({
        code: 2,
        stdout: "",
        stderr: `sigfollow: --api-key is given more than once: give it once (or set SIGFOLLOW_API_KEY)\nRun \`sigfollow templates ${command[0]} --help\` for usage.\n`,
      });
    }
    expect(seen.requests).toBe(0);
  });

  it("is redacted from what a gateway echoes, from the flag and from the environment, even split by controls", async () => {
    const echoed = "sflo_test_fromTheEnvironment0003";
    refusing((key) => `invalid key ${key}; the other was ${echoed}; again ${key.slice(0, 9)}\u001b[0m${key.slice(9)} and ${key.slice(0, 4)}\u0000${key.slice(4)}`);
    const result = await sigfollow(["templates", "pull", "--waba", WABA, "--api-key", first], { SIGFOLLOW_API_KEY: echoed });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "sigfollow: the gateway refused the request (HTTP 400, code 100): invalid key [redacted]; the other was [redacted]; again [redacted] and [redacted]\n",
    );
  });
});

describe("arguments that reach the generated module", () => {
  it.each([
    [["--waba", `${WABA}\nglobalThis.pwned = 1;`], `--waba must be a WhatsApp Business Account id (digits), got "${WABA}\\nglobalThis.pwned = 1;"`],
    [["--waba", "waba-1"], '--waba must be a WhatsApp Business Account id (digits), got "waba-1"'],
    [["--waba", WABA, "--primary-language", "en_US */ globalThis.pwned = 1; /*"], '--primary-language must be a language code such as en_US, pt_BR or en, got "en_US */ globalThis.pwned = 1; /*"'],
    [["--waba", WABA, "--name", "order_\nglobalThis.pwned = 1; //"], '--name must be printable text, got "order_\\nglobalThis.pwned = 1; //"'],
    [["--waba", WABA, "--name", "order_\u2028globalThis.pwned = 1; //"], '--name must be printable text, got "order_\\u2028globalThis.pwned = 1; //"'],
  ])("are refused when they could break out of a comment or a string: %j (exit 2)", async (args, message) => {
    const seen = refusing(() => "unexpected");
    expect(await sigfollow(["templates", "pull", ...args], env)).toEqual({
      code: 2,
      stdout: "",
      stderr: `sigfollow: ${message}\nRun \`sigfollow templates pull --help\` for usage.\n`,
    });
    expect(seen.requests).toBe(0);
  });

  it("checks --waba for templates check too", async () => {
    const { code, stderr } = await sigfollow(["templates", "check", "--waba", "1 2", "--file", "templates.ts"], env);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^sigfollow: --waba must be a WhatsApp Business Account id \(digits\), got "1 2"\n/);
  });

  it("takes language codes as Meta writes them", async () => {
    for (const language of ["en", "en_US", "pt_BR", "zh_HK", "fil", "es_419"]) {
      const { code } = await sigfollow(["templates", "pull", "--waba", WABA, "--primary-language", language], env);
      expect(code, language).toBe(0);
    }
  });
});

describe("what the command prints", () => {
  const hostile = "\u001b]0;owned\u0007\u001b[2J\u001b[31mred\u001b[0m\r\nsigfollow: a forged line\u009b31m\u007f\u001bP1;2|x\u001b\\ end";

  it("strips terminal controls from a gateway's message, and keeps it on one line", async () => {
    refusing(() => hostile);
    const { code, stderr } = await sigfollow(["templates", "pull", "--waba", WABA], env);
    expect(code).toBe(2);
    expect(stderr).toBe("sigfollow: the gateway refused the request (HTTP 400, code 100): red sigfollow: a forged line31m end\n");
  });

  it("strips them from a drift line, one line per drift", async () => {
    const file = join(tempDir(), "templates.json");
    const definition = { name: `evil${hostile}`, language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi" }] };
    writeFileSync(file, JSON.stringify({ evil: { en_US: definition } }));
    const { code, stdout } = await sigfollow(["templates", "check", "--waba", WABA, "--file", file], env);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(CONTROLS);
    expect(stdout.split("\n")[0]).toBe(`evilred sigfollow: a forged line31m end (en_US): missing: no such template in WABA ${WABA}`);
  });

  it("writes a module whose strings escape controls, line separators and bidirectional overrides, and reads it back", async () => {
    const text = "Hi {{1}} \u009b31m \u007f \u2028 \u202e reversed \u2066 isolated";
    server.use(
      http.get(LIST, async ({ request }) => {
        const { data } = (await (await gateway.fetch(new Request(request.url, { headers: request.headers }))).json()) as { data: { name: string; components: { text?: string }[] }[] };
        for (const t of data) if (t.name === "order_update") t.components[1]!.text = text;
        return HttpResponse.json({ data });
      }),
    );
    const dir = tempDir();
    for (const format of ["ts", "json"]) {
      const { code, stdout } = await sigfollow(["templates", "pull", "--waba", WABA, "--status", "APPROVED", "--format", format], env);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      expect(stdout).toContain("Hi {{1}} \\u009b31m \\u007f \\u2028 \\u202e reversed \\u2066 isolated");
      const file = join(dir, `templates.${format}`);
      writeFileSync(file, stdout);
      expect(await sigfollow(["templates", "check", "--waba", WABA, "--file", file], env)).toMatchObject({ code: 0 });
      expect(readFileSync(file, "utf8")).toBe(stdout);
    }
  });
});
