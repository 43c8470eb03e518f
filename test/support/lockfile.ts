// pnpm-lock.yaml, read for the workspace tests that check what gets installed.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

type Deps = Record<string, string | { version: string }>;
type Lockfile = {
  importers: Record<string, { dependencies?: Deps; devDependencies?: Deps; optionalDependencies?: Deps }>;
  packages: Record<string, unknown>;
  snapshots: Record<string, { dependencies?: Deps; optionalDependencies?: Deps }>;
};

export const lockfile = parse(readFileSync(new URL("../../pnpm-lock.yaml", import.meta.url), "utf8")) as Lockfile;

/** The versions of `name` the lockfile holds (its `packages` keys, `name@version`). */
export const versionsOf = (name: string): string[] =>
  Object.keys(lockfile.packages)
    .filter((key) => key.startsWith(`${name}@`))
    .map((key) => key.slice(name.length + 1));

/** The names of every package the lockfile says these workspace projects need, transitively. */
export function neededByLockfile(projects: string[]): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (deps: Deps | undefined) => {
    for (const [name, entry] of Object.entries(deps ?? {})) {
      const version = typeof entry === "string" ? entry : entry.version;
      if (version.startsWith("link:")) continue;
      const key = `${name}@${version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      names.add(name);
      const snapshot = lockfile.snapshots[key];
      visit(snapshot?.dependencies);
      visit(snapshot?.optionalDependencies);
    }
  };
  for (const project of projects) {
    const importer = lockfile.importers[project]!;
    visit(importer.dependencies);
    visit(importer.devDependencies);
    visit(importer.optionalDependencies);
  }
  return names;
}
