// The `sigfollow-mock` command (dist/cli.js, built by `pnpm build`): start-up output, the printed
// curl command, seeds, errors and graceful shutdown.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function run(args: string[]) {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `pnpm --filter @sigfollow/mock build` first");
  const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c) => (stdout += c));
  child.stderr!.on("data", (c) => (stderr += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const output = async (pattern: RegExp) => {
    for (let i = 0; i < 200 && !pattern.test(stdout) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 25));
    return stdout;
  };
  return { child, exited, output, get stdout() { return stdout; }, get stderr() { return stderr; } };
}

const tempFile = (name: string, content: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "sigfollow-cli-")), name);
  writeFileSync(file, content);
  return file;
};

describe("sigfollow-mock", () => {
  it("prints the base URL, the demo tenant and a curl command that works; SIGTERM shuts it down", async () => {
    const p = run(["--port", "0"]);
    const out = await p.output(/Ctrl\+C/);
    const url = /listening on (http:\/\/[0-9.:]+)/.exec(out)?.[1];
    const key = /API key:\s+(sflo_test_\w+)/.exec(out)?.[1];
    expect(url).toBeTruthy();
    expect(out).toContain("WABA id:          102290129340398");
    expect(out).toContain("Phone number id:  106540352242922");
    // The printed curl command, run with fetch.
    const curl = out.slice(out.indexOf("curl -X POST"));
    const endpoint = /curl -X POST (\S+)/.exec(curl)![1]!;
    const body = /-d '(.+)'/.exec(curl)![1]!;
    const res = await fetch(endpoint, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body });
    expect(res.status).toBe(200);
    expect((await res.json()).messages[0].id).toMatch(/^wamid\./);
    // Graceful shutdown.
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
    await expect(fetch(`${url}/__mock/clock`)).rejects.toThrow();
  });

  it("uses a seed file and prints the keys it generated", async () => {
    const seed = tempFile(
      "seed.json",
      JSON.stringify({ clock: { start: "2030-01-01T00:00:00.000Z", mode: "frozen" }, tenants: [{ id: "acme", apiKeys: [{ id: "ci" }, { key: "sflo_live_givengivengiven" }] }] }),
    );
    const p = run(["--port", "0", "--seed", seed]);
    const out = await p.output(/Ctrl\+C/);
    const url = /listening on (http:\/\/[0-9.:]+)/.exec(out)![1]!;
    // The seed's frozen clock is kept (the command's default is a running clock).
    await new Promise((r) => setTimeout(r, 20));
    expect(await (await fetch(`${url}/__mock/clock`)).json()).toEqual({ now: "2030-01-01T00:00:00.000Z" });
    expect(out).toMatch(/acme ci: sflo_test_\w{32}/);
    expect(out).not.toContain("sflo_live_givengivengiven");
    expect(out).not.toContain("Demo tenant");
    p.child.kill("SIGINT");
    expect(await p.exited).toBe(0);
  });

  it("refuses a bad seed with the problems and their paths (exit 2)", async () => {
    const seed = tempFile("bad.json", JSON.stringify({ tenants: [{ id: "a", apiKeys: [{ key: "sflo_test_x", scopes: ["root"] }], contacts: [{ phone: "1" }] }] }));
    const p = run(["--port", "0", "--seed", seed]);
    expect(await p.exited).toBe(2);
    expect(p.stderr).toContain("Invalid seed");
    expect(p.stderr).toContain("tenants[0].apiKeys[0].key");
    expect(p.stderr).toContain("tenants[0].apiKeys[0].scopes[0]");
    expect(p.stderr).toContain("tenants[0].contacts[0].phone");
    const broken = run(["--port", "0", "--seed", tempFile("broken.json", "{")]);
    expect(await broken.exited).toBe(2);
    expect(broken.stderr).toMatch(/cannot read the seed/);
  });

  it("rejects bad options and prints help", async () => {
    const bad = run(["--port", "99999"]);
    expect(await bad.exited).toBe(2);
    expect(bad.stderr).toMatch(/--port/);
    const help = run(["--help"]);
    expect(await help.exited).toBe(0);
    expect(help.stdout).toContain("Usage: sigfollow-mock");
  });
});
