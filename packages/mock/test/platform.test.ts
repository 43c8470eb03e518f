// Browser readiness: nothing on the handlers' path imports a Node built-in, and the HMAC used for
// API keys equals WebCrypto's.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { HmacSha256, sha256 } from "../src/sha256.js";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Every module specifier reachable from `entry` through relative imports. */
function importGraph(entry: string): { files: string[]; external: Set<string> } {
  const files: string[] = [];
  const external = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    // Without comments: JSDoc examples mention imports the module does not make.
    const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      if (!spec) continue;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")).replace(/\.json\.ts$/, ".json"));
      else external.add(spec);
    }
  };
  visit(resolve(src, entry));
  return { files, external };
}

describe("platform", () => {
  it("the browser entry (src/index.ts) imports no Node built-in", () => {
    const { files, external } = importGraph("index.ts");
    expect(files.length).toBeGreaterThan(10);
    expect([...external].filter((m) => builtins.has(m))).toEqual([]);
    expect(files.some((f) => f.includes("/node/"))).toBe(false);
    expect([...external].sort()).toEqual(["@sigfollow/client", "@sigfollow/client/rules", "ajv-formats", "ajv/dist/2020.js", "msw", "zod"]);
  });

  it("the node entry does use node:http (so the check above can fail)", () => {
    expect([...importGraph("node/index.ts").external]).toContain("node:http");
  });

  it("HMAC-SHA256 and SHA-256 equal WebCrypto's for random keys and messages", async () => {
    for (let i = 0; i < 200; i++) {
      const key = crypto.getRandomValues(new Uint8Array(1 + ((i * 7) % 100)));
      const message = crypto.getRandomValues(new Uint8Array((i * 13) % 300));
      const cryptoKey = await crypto.subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      expect(new HmacSha256(key).sign(message)).toEqual(new Uint8Array(await crypto.subtle.sign("HMAC", cryptoKey, message)));
      expect(sha256(message)).toEqual(new Uint8Array(await crypto.subtle.digest("SHA-256", message)));
    }
  });
});
