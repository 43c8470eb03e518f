// Browser readiness: nothing on the handlers' path imports a Node built-in, and API keys are hashed
// with WebCrypto's HMAC-SHA256 (or, in the standalone server, node:crypto's, with the same hashes).
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KeyHasher } from "../src/auth.js";
import { nodeHmac } from "../src/node/hmac.js";

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
    expect([...external].sort()).toEqual(["@sigfollow/client", "@sigfollow/client/rules", "@sigfollow/client/webhooks", "ajv-formats", "ajv/dist/2020.js", "msw", "zod"]);
  });

  it("the node entry does use node:http (so the check above can fail)", () => {
    expect([...importGraph("node/index.ts").external]).toContain("node:http");
  });

  it("API keys are hashed with HMAC-SHA256 (RFC 4231 test case 2), by WebCrypto or node:crypto alike", async () => {
    // HMAC pads its key with zeros, so the 32-byte zero-padded "Jefe" is the RFC's key.
    const hasher = new KeyHasher(new TextEncoder().encode("Jefe"));
    const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
    expect(hex(await hasher.hash("what do ya want for nothing?"))).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // The standalone server's node:crypto HMAC gives the same hashes.
    const node = new KeyHasher(new TextEncoder().encode("Jefe"), nodeHmac);
    expect(hex(await node.hash("what do ya want for nothing?"))).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    const secret = new Uint8Array(32).map((_, i) => i * 7);
    expect(hex(await new KeyHasher(secret, nodeHmac).hash("sflo_test_abc"))).toBe(hex(await new KeyHasher(secret).hash("sflo_test_abc")));
    // A random secret by default: two hashers disagree.
    expect(hex(await new KeyHasher().hash("sflo_test_x"))).not.toBe(hex(await new KeyHasher().hash("sflo_test_x")));
  });
});
