// The root README and the contributors' guide: every relative link points to a file that exists
// (and a #fragment to a heading of that Markdown file); the root README's curl commands work
// against the standalone mock as written; its CLI lines are the CLI README's, which that package's
// test runs.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Standalone, startStandalone } from "../packages/mock/test/support/standalone.js";
import { block, readme, root } from "./support/readme.js";

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
const anchors = (markdown: string) => new Set([...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchor(m[1]!)));

/** The relative links of a Markdown file, code blocks and inline code left out. */
function links(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((target) => !/^[a-z]+:/.test(target));
}

describe.each(["README.md", "CONTRIBUTING.md", "RELEASING.md"])("%s's relative links", (file) => {
  const text = readFileSync(join(root, file), "utf8");
  it.each(links(text))("%s exists", (target) => {
    const [path, fragment] = target.split("#") as [string, string | undefined];
    const resolved = path ? join(root, dirname(file), path) : join(root, file);
    expect(existsSync(resolved), resolved).toBe(true);
    if (fragment !== undefined) expect([...anchors(readFileSync(resolved, "utf8"))]).toContain(fragment);
  });
});

it("README.md is under 250 lines", () => {
  expect(readme.trimEnd().split("\n").length).toBeLessThan(250);
});

it("the README's CLI lines are the CLI README's, which packages/cli/test/standalone.test.ts runs", () => {
  const cli = readFileSync(join(root, "packages/cli/README.md"), "utf8");
  expect(block("## Typed templates with the CLI", "sh")).toBe(block("Try it against the local mock", "sh", cli));
});

describe("the README's curl commands, against the standalone mock", () => {
  let mock: Standalone;
  let key: string;
  beforeAll(async () => {
    mock = await startStandalone([], /Ctrl\+C/);
    key = /API key:\s+(sflo_test_\w+)/.exec(mock.output)![1]!;
  });
  afterAll(() => mock?.stop());
  /** A README ```sh block run with sh, the mock's URL and key in place of the README's. */
  const sh = (code: string) =>
    execFileSync("sh", ["-c", code.replaceAll("http://127.0.0.1:4010", mock.url).replaceAll("sflo_test_…", key)], { encoding: "utf8" });

  it("the quick start's first message is accepted", () => {
    const answer = JSON.parse(sh(block("**2. Send your first message with curl**", "sh"))) as { messages: { id: string }[] };
    expect(answer.messages[0]!.id).toMatch(/^wamid\./);
  });

  it("the fault example makes the next send answer 429 with Retry-After: 2", () => {
    sh(block("## Testing with the mock", "sh"));
    const send = `curl -s -i -X POST "${mock.url}/v1/106540352242922/messages" -H "Authorization: Bearer ${key}" -H "Content-Type: application/json" -d '{"messaging_product":"whatsapp","to":"16505551234","type":"text","text":{"body":"Hi"}}'`;
    const answer = sh(send);
    expect(answer).toMatch(/^HTTP\/1\.1 429/);
    expect(answer).toMatch(/^retry-after: 2\r?$/im);
  });
});
