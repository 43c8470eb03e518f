// A copy of the repository as a fresh clone has it: the files git would commit (tracked, and new
// ones not ignored), so no node_modules and no builds.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { root } from "./readme.js";

/** Copies the repository's files into `dest` (created), through a tar file beside it. */
export function freshCopy(dest: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" }).split("\0").filter((f) => f && existsSync(join(root, f)));
  mkdirSync(dest, { recursive: true });
  const tar = `${dest}.tar`;
  execFileSync("tar", ["-cf", tar, "--null", "-T", "-"], { cwd: root, input: files.join("\0") });
  execFileSync("tar", ["-xf", tar], { cwd: dest });
}
