// The standalone mock gateway the examples run against: the `sigfollow-mock` bin, started from a
// seed in which every example succeeds (or fails exactly the way it says it should).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
// The built package (the root test command builds it before the tests run).
import { DEMO, DEMO_SEED, type MockSeed } from "../../packages/mock/dist/index.js";
import { startStandalone } from "../../packages/mock/test/support/standalone.js";

/** Ids of the examples' world: the demo tenant's, plus what the create and error examples need. */
export const WORLD = {
  ...DEMO,
  apiKey: "sflo_test_examples_0123456789abcdef",
  /** An empty WABA of the demo tenant: the create recipes reuse the demo templates' names. */
  sandboxWabaId: "102290129340400",
  /** A contact that already has the 20 active tags a contact may have. */
  fullContactId: "cm5xyfull",
  fullContactPhone: "16505559999",
  /** A tag the full contact does not have yet: assigning it is the 21st. */
  tag21Id: "cm5tagnumber21",
  /** A tag the demo contact has (what remove-tag removes). */
  assignedTagId: "cm5tag43churnrisk",
} as const;

/** The demo seed with a known API key, the sandbox WABA and the contact with 20 tags. */
export function examplesSeed(): MockSeed {
  const [demo, ...others] = DEMO_SEED.tenants ?? [];
  const fillers = Array.from({ length: 20 }, (_, i) => ({ id: `cm5tagfiller${String(i + 1).padStart(2, "0")}`, name: `Segment ${i + 1}` }));
  return {
    ...DEMO_SEED,
    rateLimitPerSecond: undefined,
    tenants: [
      {
        ...demo!,
        apiKeys: [{ id: "key_examples", name: "Examples (all scopes)", key: WORLD.apiKey }],
        wabas: [...(demo!.wabas ?? []), { id: WORLD.sandboxWabaId, name: "Template sandbox" }],
        tags: [...(demo!.tags ?? []), ...fillers, { id: WORLD.tag21Id, name: "Tag number 21" }],
        contacts: [
          ...(demo!.contacts ?? []),
          { id: WORLD.fullContactId, phone: WORLD.fullContactPhone, displayName: "Tag collector", tags: fillers.map((t) => ({ tagId: t.id })) },
        ],
      },
      ...others,
    ],
  };
}

export interface RunningMock {
  url: string;
  /** A control API call (`/__mock/...`); throws on an error status. */
  control<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** An API call with the examples' key; returns the parsed body, throws on an error status. */
  api<T = unknown>(method: string, path: string, body?: BodyInit): Promise<T>;
  stop(): Promise<void>;
}

/** Starts `sigfollow-mock --port 0` on the examples' seed and resolves once it listens. */
export async function startMock(): Promise<RunningMock> {
  const dir = mkdtempSync(join(tmpdir(), "sigfollow-examples-"));
  const seedFile = join(dir, "seed.json");
  writeFileSync(seedFile, JSON.stringify(examplesSeed()));
  // Unlimited rate: the examples' own requests plus the runner's control calls.
  const { url, stop } = await startStandalone(["--seed", seedFile, "--rate-limit", "0", "--clock", "frozen", "--quiet"]);
  const call = async (method: string, path: string, headers: Record<string, string>, body?: BodyInit) => {
    const response = await fetch(url + path, { method, headers, body });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  return {
    url,
    control: (method, path, body) =>
      call(method, `/__mock${path}`, method === "POST" || body !== undefined ? { "content-type": "application/json" } : {}, body === undefined ? undefined : JSON.stringify(body)),
    api: (method, path, body) => call(method, path, { authorization: `Bearer ${WORLD.apiKey}` }, body),
    stop,
  };
}
