// How each example language is run here, and whether this machine can run it.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { it } from "vitest";

export const examplesDir = fileURLToPath(new URL("..", import.meta.url));

/** `.ci/run` sets it: a language that cannot run here fails instead of being skipped. */
const REQUIRE_ALL = process.env.SIGFOLLOW_REQUIRE_ALL === "1";

/** Declares why a suite cannot run here: a skip, or a failure under SIGFOLLOW_REQUIRE_ALL=1. */
export function unavailable(what: string, missing: string): void {
  if (REQUIRE_ALL) {
    it(`${what} can run on this machine`, () => {
      throw new Error(`${what} cannot run: ${missing} (SIGFOLLOW_REQUIRE_ALL=1 forbids skipping)`);
    });
  } else {
    console.warn(`examples: SKIPPED ${what}: ${missing}`);
    it.skip(`${what} (skipped: ${missing})`, () => {});
  }
}

/** Debian's OkHttp and Jackson jars (libokhttp-java, libjackson2-databind-java). */
const JARS = ["okhttp", "okio", "jackson-databind", "jackson-core", "jackson-annotations"].map((j) => `/usr/share/java/${j}.jar`);

export interface Language {
  name: "curl" | "javascript" | "typescript" | "python" | "java";
  /** Why it cannot run here, or null when it can. */
  missing: string | null;
  /** One-time preparation (compiling), before the first example runs. */
  prepare?(): void;
  /** The command that runs the example with this id, and the folder it runs in (default examples/). */
  command(id: string): [string, string[], string?];
}

const works = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;

function python(): string | null {
  // Debian's python3-requests installs for /usr/bin/python3, which may not be the first python3 on PATH.
  for (const candidate of ["/usr/bin/python3", "python3"]) {
    if (works(candidate, ["-c", "import requests"])) return candidate;
  }
  return null;
}

let javaClasses: string | null = null;
/** Compiles every Java example once, with javac, into a temporary folder. */
function compileJava(): string {
  if (javaClasses) return javaClasses;
  const out = mkdtempSync(join(tmpdir(), "sigfollow-java-"));
  const sources = readdirSync(join(examplesDir, "java")).filter((f) => f.endsWith(".java")).map((f) => join(examplesDir, "java", f));
  execFileSync("javac", ["-d", out, "-cp", JARS.join(":"), ...sources], { stdio: "pipe" });
  javaClasses = out;
  return out;
}

export function languages(): Language[] {
  const py = python();
  const javaReady = works("javac", ["-version"]) && works("java", ["-version"]) && JARS.every(existsSync);
  const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
  return [
    {
      name: "curl",
      missing: works("curl", ["--version"]) ? null : "curl is not installed",
      command: (id) => ["sh", [join(examplesDir, "curl", `${id}.sh`)]],
    },
    {
      name: "javascript",
      missing: null,
      command: (id) => [process.execPath, [join(examplesDir, "javascript", `${id}.mjs`)]],
    },
    {
      name: "typescript",
      missing: existsSync(join(examplesDir, "typescript", "node_modules", "tsx")) ? null : "examples/typescript has no node_modules (run pnpm install)",
      // tsx runs the TypeScript as it is; `pnpm -r run check` type-checks it.
      command: (id) => [process.execPath, ["--import", "tsx", join("src", `${id}.ts`)], join(examplesDir, "typescript")],
    },
    {
      name: "python",
      missing: py ? null : "no python3 with requests (apt-get install python3-requests)",
      command: (id) => [py!, [join(examplesDir, "python", `${id.replace(/-/g, "_")}.py`)]],
    },
    {
      name: "java",
      missing: javaReady ? null : "no javac/java with OkHttp and Jackson (apt-get install default-jdk-headless libokhttp-java libjackson2-databind-java)",
      prepare: () => void compileJava(),
      command: (id) => ["java", ["-cp", [compileJava(), ...JARS].join(":"), pascal(id)]],
    },
  ];
}

/** Runs the example `id` of a language to its end, with these environment variables added. */
export function run(language: Language, id: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [command, args, cwd] = language.command(id);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: cwd ?? examplesDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.once("error", fail);
    child.once("close", (code) => done({ code, stdout, stderr }));
  });
}
