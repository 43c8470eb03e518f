// A strict TypeScript project inside the package (so `@sigfollow/client/builders` resolves as in an
// app that installed it), type-checked with the workspace's `tsc`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { exec, type Result } from "./run.js";

const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const CACHE = fileURLToPath(new URL("../../node_modules/.cache/", import.meta.url));
const projects: string[] = [];

/** A fresh project folder with these files (name → text); {@link removeProjects} deletes it. */
export function project(files: Record<string, string>): string {
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, "sigfollow-tsc-"));
  projects.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const compilerOptions = { strict: true, noEmit: true, target: "ES2022", module: "ESNext", moduleResolution: "Bundler", skipLibCheck: true, types: [] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
  return dir;
}

/** `tsc -p dir`: exit status 0 and no output when every file type-checks. */
export const typeCheck = (dir: string): Promise<Result> => exec(process.execPath, [TSC, "-p", dir]);

/** Deletes every project made so far (for afterAll). */
export function removeProjects() {
  for (const dir of projects.splice(0)) rmSync(dir, { recursive: true, force: true });
}
