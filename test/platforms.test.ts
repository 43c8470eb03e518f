// The contributors' guide's support table is what `pnpm test` runs: the machine's Node (the oldest supported,
// `engines.node`) with the workspace's msw, and each leg of scripts/platforms.mjs with its pinned
// Node and msw, and says which packages' suites the legs run; the mock's msw peer range takes every
// msw major the table lists.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mswVersion } from "../packages/mock/test/support/msw.js";
import { LEG, PLATFORMS } from "../scripts/platforms.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}CONTRIBUTING.md`, "utf8");
const json = (file: string) => JSON.parse(readFileSync(`${root}${file}`, "utf8")) as Record<string, Record<string, string>>;

/** The rows of the table under "## Supported platforms": [Node.js, msw, what runs]. */
function supportTable(): string[][] {
  const section = readme.slice(readme.indexOf("## Supported platforms")).split("\n");
  const start = section.findIndex((line) => line.startsWith("|"));
  const end = section.findIndex((line, i) => i > start && !line.startsWith("|"));
  return section.slice(start + 2, end).map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim()));
}

describe("CONTRIBUTING.md's support table", () => {
  it("lists the machine's Node with the workspace's msw, then each leg's pinned Node and msw", () => {
    const rows = supportTable();
    const oldest = /^>=(\d+)\.(\d+)/.exec(json("package.json").engines!.node!)!;
    const workspaceMsw = (createRequire(`${root}packages/mock/package.json`)("msw/package.json") as { version: string }).version;
    expect(rows.map(([node, msw]) => [node, msw])).toEqual([
      [`${oldest[1]} (${oldest[1]}.${oldest[2]}+, the machine's)`, `${workspaceMsw.split(".")[0]} (${workspaceMsw})`],
      ...PLATFORMS.map((p) => [`${p.node.split(".")[0]} (${p.node})`, `${p.msw.split(".")[0]} (${p.msw})`]),
    ]);
    // The run this test is in: the machine's Node is a supported one, and its msw the table's.
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(Number(oldest[1]));
    expect([workspaceMsw, ...PLATFORMS.map((p) => p.msw)]).toContain(mswVersion);
  });

  it("names the packages whose suites the legs run: those of LEG.files", () => {
    const [first, ...others] = supportTable().slice(1);
    const suites = /\bthe ([\w ,]+) suites\b/.exec(first![2]!)?.[1]!.split(/, | and /).map((name) => name.toLowerCase());
    const packages = readdirSync(`${root}packages`).filter((name) => LEG.files.includes(`packages/${name}/`));
    expect(suites?.sort()).toEqual(packages.sort());
    for (const row of others) expect(row[2]).toBe(`the same as on Node ${first![0]!.split(" ")[0]}`);
  });

  it("the mock's msw peer range takes every major the table lists, and the text states it", () => {
    const peer = json("packages/mock/package.json").peerDependencies!.msw!;
    const majors = [...new Set(supportTable().map(([, msw]) => msw!.split(" ")[0]))];
    expect(majors).toEqual(["2", "3"]);
    expect(peer.split("||").map((range) => /^\^(\d+)\./.exec(range.trim())?.[1])).toEqual(majors);
    expect(readme).toContain(`msw \`${peer}\` as its peer`);
  });
});
