// Every workspace project builds and type-checks with what it declares, never with what pnpm happens
// to hoist. pnpm hoists one version of each name in `publicHoistPattern` to the root node_modules;
// when the lockfile has several, which one depends on the order of installs (after `pnpm start`'s
// filtered install, the full install hoisted @types/node 12 and TypeScript 5.6 rc, pulled in by
// the workspace's tools, and the CLI's declaration build failed). The slow proof, the README's
// commands in a fresh copy, is in start.test.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { versionsOf } from "./support/lockfile.js";
import { root } from "./support/readme.js";

type Manifest = { name: string; private?: boolean; dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const json = <T>(file: string) => JSON.parse(readFileSync(join(root, file), "utf8")) as T;
const manifest = (dir: string) => json<Manifest>(join(dir, "package.json"));
const declared = (m: Manifest) => ({ ...m.dependencies, ...m.devDependencies });

const workspace = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) as { packages: string[]; publicHoistPattern: string[] };
/** The root and every workspace project (`packages/*`, `examples/*`, `tools`). */
const projects = [
  ".",
  ...workspace.packages.flatMap((pattern) =>
    pattern.endsWith("/*") ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${pattern.slice(0, -2)}/${d.name}`) : [pattern],
  ),
].filter((dir) => existsSync(join(root, dir, "package.json")));

describe("the workspace's dependencies", () => {
  it("hoists to the root only names the lockfile holds one version of", () => {
    expect(workspace.publicHoistPattern.length).toBeGreaterThan(0);
    const ambiguous = workspace.publicHoistPattern.filter((name) => versionsOf(name).length !== 1).map((name) => `${name}: ${versionsOf(name).join(", ")}`);
    expect(ambiguous).toEqual([]);
  });

  it("every tsconfig names the types it uses, and its project declares them", () => {
    const withTsconfig = projects.filter((dir) => existsSync(join(root, dir, "tsconfig.json")));
    expect(withTsconfig).toEqual(expect.arrayContaining([".", "packages/cli", "packages/client", "packages/mock", "examples/typescript"]));
    for (const dir of withTsconfig) {
      // Without `types`, TypeScript takes every @types package it finds here and in every folder above.
      const types = json<{ compilerOptions?: { types?: string[] } }>(join(dir, "tsconfig.json")).compilerOptions?.types;
      expect(types, `${dir}/tsconfig.json sets compilerOptions.types`).toBeDefined();
      const deps = declared(manifest(dir));
      for (const name of types!) expect(deps, `${dir}/package.json declares @types/${name}`).toHaveProperty([`@types/${name}`]);
      // The TypeScript that builds or checks it is its own, too.
      expect(deps, `${dir}/package.json declares typescript`).toHaveProperty(["typescript"]);
    }
  });

  it("the root depends on the client and on what the mock's build uses anyway, so `pnpm start` installs nothing more", () => {
    const rootDeps = declared(manifest("."));
    const mockDeps = declared(manifest("packages/mock"));
    for (const [name, range] of Object.entries(rootDeps)) {
      if (name === "@sigfollow/client") expect(range).toBe("workspace:*");
      else expect(mockDeps[name], `the root's ${name}`).toBe(range);
    }
  });
});
