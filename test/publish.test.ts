// Publishing, one command away for a maintainer (the README's "Releasing"). In a fresh copy of the
// repository, `changeset version` turns the changesets into versions and changelogs. Each public
// package, packed with `pnpm pack` (which rewrites the manifest as `pnpm publish` does: `workspace:`
// ranges become versions), holds only what it should publish: its built `dist`, README, LICENSE and
// package.json, with types for every export, no tests, and source maps that carry their sources.
// Needs `pnpm build` first; nothing is published and no registry is written to.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { npmEnv } from "../scripts/npm-env.mjs";
import { freshCopy } from "./support/fresh-copy.js";
import { root } from "./support/readme.js";

type Manifest = {
  name: string;
  version: string;
  private?: boolean;
  types?: string;
  main?: string;
  module?: string;
  bin?: Record<string, string>;
  exports?: Record<string, unknown>;
  publishConfig?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, "utf8")) as T;

/** The workspace's public packages: `packages/*` not marked private. */
const published = readdirSync(join(root, "packages"))
  .map((dir) => ({ dir: join(root, "packages", dir), manifest: readJson<Manifest>(join(root, "packages", dir, "package.json")) }))
  .filter(({ manifest }) => !manifest.private);

const scratch = mkdtempSync(join(tmpdir(), "sigfollow-publish-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) => {
  try {
    return execFileSync(command, args, { cwd, env: npmEnv, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout ?? ""}${stderr ?? ""}`);
  }
};

describe("the packages as they would be published", () => {
  const packs = join(scratch, "packs");
  /** Each package's tarball unpacked: `<packs>/<name>/package/...`, and the files it holds. */
  const unpacked = new Map<string, { dir: string; files: string[] }>();

  beforeAll(() => {
    mkdirSync(packs);
    run("npx", ["-y", "pnpm@10", ...published.flatMap(({ manifest }) => ["--filter", manifest.name]), "pack", "--pack-destination", packs], root);
    for (const { manifest } of published) {
      const tarball = join(packs, `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`);
      const dir = join(packs, manifest.name.replace("/", "+"));
      mkdirSync(dir);
      run("tar", ["-xzf", tarball, "-C", dir], root);
      const files = run("tar", ["-tzf", tarball], root).trim().split("\n").map((f) => f.replace(/^package\//, ""));
      unpacked.set(manifest.name, { dir: join(dir, "package"), files });
    }
  }, 120_000);

  it("are the client, the mock and the CLI", () => {
    expect(published.map(({ manifest }) => manifest.name).sort()).toEqual(["@sigfollow/cli", "@sigfollow/client", "@sigfollow/mock"]);
  });

  describe.each(published.map(({ manifest }) => manifest.name))("%s", (name) => {
    const get = () => unpacked.get(name)!;
    const manifest = () => readJson<Manifest>(join(get().dir, "package.json"));

    it("holds only dist, README.md, LICENSE and package.json; no tests", () => {
      const { files } = get();
      expect(files.filter((f) => !/^(dist\/.+|README\.md|LICENSE|package\.json)$/.test(f))).toEqual([]);
      expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "package.json"]));
      expect(files.filter((f) => /(^|\/)(test|tests|__tests__)\/|\.(test|spec)\.[cm]?[jt]s$/.test(f))).toEqual([]);
      expect(readFileSync(join(get().dir, "LICENSE"), "utf8")).toBe(readFileSync(join(root, "LICENSE"), "utf8"));
    });

    it("is public, with provenance, and depends on released versions, not on the workspace", () => {
      const packed = manifest();
      expect(packed.publishConfig).toEqual({ access: "public", provenance: true });
      expect(JSON.stringify(packed)).not.toContain("workspace:");
      for (const [dep, range] of Object.entries({ ...packed.dependencies, ...packed.peerDependencies })) {
        const sibling = published.find(({ manifest }) => manifest.name === dep);
        if (sibling) expect(range, dep).toBe(sibling.manifest.version);
      }
    });

    it("ships every file its manifest points to, and types for every export", () => {
      const packed = manifest();
      const { files } = get();
      const has = (target: string) => files.includes(target.replace(/^\.\//, ""));
      const pointed = [packed.types, packed.main, packed.module, ...Object.values(packed.bin ?? {})].filter((t): t is string => t !== undefined);
      for (const target of pointed) expect(has(target), target).toBe(true);
      // Every group of conditions that resolves a module (it has `default`) says where its types are.
      const visit = (node: unknown, where: string): void => {
        if (typeof node === "string") return void expect(has(node), `${where} → ${node}`).toBe(true);
        if (node === null || typeof node !== "object") return;
        if ("default" in node && where !== "./package.json") expect(node, `${where} has types`).toHaveProperty(["types"]);
        for (const [key, value] of Object.entries(node)) visit(value, `${where} ${key}`);
      };
      expect(Object.keys(packed.exports ?? {})).toContain(".");
      for (const [subpath, entry] of Object.entries(packed.exports ?? {})) if (subpath !== "./package.json") visit(entry, subpath);
      for (const bin of Object.values(packed.bin ?? {})) expect(readFileSync(join(get().dir, bin), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    });

    it("has source maps that carry the sources they point to", () => {
      const maps = get().files.filter((f) => f.endsWith(".map"));
      for (const map of maps) {
        const { sources, sourcesContent } = readJson<{ sources: string[]; sourcesContent?: (string | null)[] }>(join(get().dir, map));
        const contents = sourcesContent ?? [];
        expect(contents.length, map).toBe(sources.length);
        expect(contents.filter((content) => typeof content !== "string"), map).toEqual([]);
      }
    });
  });
});

describe("changeset version, in a fresh copy", () => {
  const copy = join(scratch, "repo");
  const changesets = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
  /** The bump each package gets: the largest its changesets ask for. */
  const bumps = new Map<string, { bump: number; summaries: string[] }>();
  const order = ["patch", "minor", "major"];
  for (const file of changesets) {
    const [, front, summary] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(root, ".changeset", file), "utf8"))!;
    for (const [, name, type] of front!.matchAll(/^"?([^":]+)"?:\s*(patch|minor|major)\s*$/gm)) {
      const entry = bumps.get(name!) ?? { bump: 0, summaries: [] };
      bumps.set(name!, { bump: Math.max(entry.bump, order.indexOf(type!)), summaries: [...entry.summaries, summary!.trim().split("\n")[0]!] });
    }
  }
  const next = (version: string, bump: number) => {
    const parts = version.split(".").map(Number);
    return parts.map((part, i) => (i < 2 - bump ? part : i === 2 - bump ? part + 1 : 0)).join(".");
  };

  beforeAll(() => {
    freshCopy(copy);
    // The workspace's tools, as `pnpm install` would put them there (the changelog writer among them).
    symlinkSync(join(root, "node_modules"), join(copy, "node_modules"));
    run("npx", ["-y", "pnpm@10", "changeset", "version"], copy);
  }, 60_000);

  it("there are changesets, and each names only public packages", () => {
    expect(changesets.length).toBeGreaterThan(0);
    expect([...bumps.keys()].filter((name) => !published.some(({ manifest }) => manifest.name === name))).toEqual([]);
  });

  it("versions each package by its changesets and writes its changelog from them", () => {
    for (const { dir, manifest } of published) {
      const relative = dir.slice(root.length);
      const versioned = readJson<Manifest>(join(copy, relative, "package.json"));
      const expected = bumps.get(manifest.name);
      expect(versioned.version, manifest.name).toBe(expected ? next(manifest.version, expected.bump) : manifest.version);
      if (!expected) continue;
      const changelog = readFileSync(join(copy, relative, "CHANGELOG.md"), "utf8");
      expect(changelog).toContain(`## ${versioned.version}\n`);
      for (const summary of expected.summaries) expect(changelog, manifest.name).toContain(summary);
    }
  });

  it("consumes the changesets, and leaves the private projects and the workspace ranges as they are", () => {
    expect(readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([]);
    for (const dir of ["package.json", "examples/typescript/package.json", "tools/package.json"]) {
      expect(readFileSync(join(copy, dir), "utf8"), dir).toBe(readFileSync(join(root, dir), "utf8"));
    }
    expect(readJson<Manifest>(join(copy, "packages/mock/package.json")).dependencies!["@sigfollow/client"]).toBe("workspace:*");
    expect(existsSync(join(copy, "examples/typescript/CHANGELOG.md"))).toBe(false);
  });
});
