// `pnpm start` (scripts/start.mjs). With a stand-in pnpm on PATH: it installs and builds only the
// mock and what it imports, prints none of that, so the mock's banner comes first; when a step
// fails, its output is shown and the start stops; signals reach the mock, and the mock stops when
// the shell that started it in the background ends. Then for real, in a copy of the repository with
// nothing installed: the mock starts and serves, and none of the workspace's own tools were installed;
// then, in that same copy, the README's next commands, the full install and build, succeed.
import { execFileSync, execSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { npmEnv } from "../scripts/npm-env.mjs";
import { freshCopy } from "./support/fresh-copy.js";
import { neededByLockfile } from "./support/lockfile.js";
import { commands, root } from "./support/readme.js";

const scratch = mkdtempSync(join(tmpdir(), "sigfollow-start-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `node scripts/start.mjs ...args` with a pnpm that logs its arguments, talks, and exits with `status`. */
function start(args: string[], status = 0) {
  const log = join(scratch, `pnpm-${status}.log`);
  writeFileSync(join(scratch, "pnpm"), `#!/bin/sh\necho "$@" >> "${log}"\necho "Progress: resolved 366, reused 366"\necho "build output" >&2\nexit ${status}\n`);
  chmodSync(join(scratch, "pnpm"), 0o755);
  const child = spawn(process.execPath, ["scripts/start.mjs", ...args], { cwd: root, env: { ...process.env, PATH: `${scratch}${delimiter}${process.env.PATH}` } });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const calls = () => readFileSync(log, "utf8").trim().split("\n");
  return { child, exited, calls, output: () => output };
}

describe("pnpm start", () => {
  it("installs, builds only the mock's packages, and the banner is the first thing printed", async () => {
    const run = start(["--port", "0"]);
    for (let i = 0; i < 400 && !/Ctrl\+C/.test(run.output()); i++) await new Promise((r) => setTimeout(r, 25));
    expect(run.output()).toMatch(/^SigFollow mock gateway listening on http:\/\/127\.0\.0\.1:\d+\n/);
    expect(run.calls()).toEqual(["install --frozen-lockfile --filter @sigfollow/mock...", "--filter @sigfollow/mock... run build"]);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it.each(["SIGINT", "SIGHUP", "SIGTERM"] as const)("passes %s on to the mock, which stops", async (signal) => {
    const run = start(["--port", "0"]);
    for (let i = 0; i < 400 && !/Ctrl\+C/.test(run.output()); i++) await new Promise((r) => setTimeout(r, 25));
    const url = /listening on (http:\/\/\S+)/.exec(run.output())![1]!;
    run.child.kill(signal);
    expect(await run.exited).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it("stops the mock when the shell that ran it in the background ends (`pnpm start &` in a script)", async () => {
    // The script waits for the mock's URL, then ends without stopping it.
    const script = `node scripts/start.mjs --port 0 --quiet > "${scratch}/url" &
for _ in $(seq 200); do [ -s "${scratch}/url" ] && break; sleep 0.05; done`;
    writeFileSync(join(scratch, "pnpm"), "#!/bin/sh\nexit 0\n");
    chmodSync(join(scratch, "pnpm"), 0o755);
    execFileSync("bash", ["-c", script], { cwd: root, env: { ...process.env, PATH: `${scratch}${delimiter}${process.env.PATH}` }, stdio: "ignore" });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(join(scratch, "url"), "utf8"))![1]!;
    let open = true;
    for (let i = 0; i < 50 && open; i++) {
      open = await fetch(url).then(() => true, () => false);
      if (open) await new Promise((r) => setTimeout(r, 100));
    }
    expect(open).toBe(false);
  });

  it("shows a failed step's output and stops", async () => {
    const run = start([], 1);
    expect(await run.exited).toBe(1);
    expect(run.output()).toBe("pnpm install --frozen-lockfile --filter @sigfollow/mock... failed:\nProgress: resolved 366, reused 366\nbuild output\n");
    expect(run.calls()).toEqual(["install --frozen-lockfile --filter @sigfollow/mock..."]);
  });

  it("needs no Deno or Bun in the workspace: the runtime test fetches them itself", () => {
    const manifests = ["package.json", "packages/client/package.json", "packages/mock/package.json"].map((f) => readFileSync(join(root, f), "utf8"));
    for (const manifest of manifests) expect(manifest).not.toMatch(/"(deno|bun)":/);
    expect(readFileSync(join(root, "pnpm-lock.yaml"), "utf8")).not.toMatch(/^ {2}'?(deno@|bun@|@deno\/|@oven\/)/m);
  });
});

describe("pnpm start in a fresh copy of the repository", () => {
  const copy = join(scratch, "repo");
  let output = "";
  let child: ReturnType<typeof spawn> | undefined;
  let exited: Promise<number | null> | undefined;
  afterAll(() => {
    if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGTERM");
  });

  it("installs only the mock and the client, builds them, and serves", async () => {
    freshCopy(copy);

    // The README's command, `npx -y pnpm@10 start`.
    // In its own process group, so that stopping it stops pnpm, the start script and the mock.
    child = spawn("npx", ["-y", "pnpm@10", "start", "--port", "0"], { cwd: copy, env: npmEnv, detached: true });
    child.stdout!.on("data", (c) => (output += c));
    child.stderr!.on("data", (c) => (output += c));
    exited = new Promise<number | null>((resolve) => child!.once("exit", resolve));
    const url = await Promise.race([
      (async () => {
        while (child!.exitCode === null) {
          const found = /listening on (http:\/\/\S+)/.exec(output)?.[1];
          if (found && /Ctrl\+C/.test(output)) return found;
          await new Promise((r) => setTimeout(r, 100));
        }
        return await new Promise<never>(() => {}); // exited: the other branch rejects
      })(),
      exited.then((code) => Promise.reject(new Error(`pnpm start exited (${code}) before serving:\n${output}`))),
    ]);
    // Nothing before the banner but pnpm's own header for the script (`> sigfollow-sdk@ start ...`)
    // and, as nothing was installed or built yet, one line saying what the minute of waiting is for.
    expect(output.replace(/^\s*> .*\n/gm, "").trimStart()).toMatch(
      /^Installing and building the mock gateway \(the first run takes about a minute\)…\nSigFollow mock gateway listening on /,
    );

    expect((await fetch(`${url}/docs`)).status).toBe(200);
    const spec = (await (await fetch(`${url}/openapi.json`)).json()) as { servers: { url: string }[] };
    expect(spec.servers[0]!.url).toBe(url);

    // Installed: the root (which depends on the client and on what the mock uses too), the client and the mock; not the CLI,
    // the examples or tools/. In the store: only what the client's and the mock's dependencies need,
    // by the lockfile, so none of the workspace's own tools.
    const installed = (dir: string) => existsSync(join(copy, dir, "node_modules"));
    expect(["packages/client", "packages/mock"].filter(installed)).toEqual(["packages/client", "packages/mock"]);
    expect(["tools", "packages/cli", "examples/typescript"].filter(installed)).toEqual([]);
    const needed = neededByLockfile(["packages/client", "packages/mock"]);
    expect(needed).toContain("msw");
    expect(needed).not.toContain("vitest");
    const store = readdirSync(join(copy, "node_modules/.pnpm"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "node_modules")
      .map((entry) => entry.name.replace(/^(@?[^@]+)@.*$/, "$1").replace("+", "/"));
    expect(store).toContain("tsup");
    expect(store.filter((name) => !needed.has(name))).toEqual([]);
  }, 300_000);

  it("then, stopped, the README's full install and build succeed in the same copy", async () => {
    expect(child, "the previous test started the mock").toBeDefined();
    process.kill(-child!.pid!, "SIGTERM");
    await exited;
    // "Installing the packages": `npx -y pnpm@10 install && npx -y pnpm@10 build`, the first command
    // there. Whatever the start's filtered install left, every package builds with what it declares.
    const [install] = commands("## Installing the packages");
    expect(install).toMatch(/ install && .* build$/);
    try {
      execSync(install!, { cwd: copy, env: npmEnv, stdio: "pipe", encoding: "utf8" });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${install} failed after \`pnpm start\`:\n${stdout ?? ""}${stderr ?? ""}`);
    }
    for (const pkg of ["client", "mock", "cli"]) expect(existsSync(join(copy, "packages", pkg, "dist/index.d.ts")), pkg).toBe(true);
    // The root's type check runs the TypeScript and Node types the packages build with, not a hoisted other.
    const version = (dir: string, name: string) => (JSON.parse(readFileSync(join(copy, dir, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
    for (const name of ["typescript", "@types/node"]) expect(version(".", name), name).toBe(version("packages/mock", name));
  }, 600_000);
});
