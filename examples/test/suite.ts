// Runs every example of one language against the standalone mock gateway and checks its exit
// status, what it printed, and the request the gateway recorded (operation, status, body).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENV, examples, isEnv } from "../catalog.mjs";
import { examplesDir, languages, run, unavailable, type Language } from "./languages.js";
import { startMock, WORLD, type RunningMock } from "./mock.js";

type Example = (typeof examples)[number];

interface RecordedRequest {
  method: string;
  path: string;
  operationId: string | null;
  status: number;
  errorCode: number | null;
  body: unknown;
  fault: string | null;
}

/** What each operation's success output contains (the examples print the response body). */
const PRINTS: Record<string, RegExp> = {
  sendMessage: /wamid\./,
  uploadMedia: /"id"/,
  createTemplate: /PENDING/,
  listTemplates: /order_shipped/,
  uploadTemplateMedia: /4::/,
  uploadLibraryAsset: /"file_id"/,
  upsertContact: /"id"/,
  getContactByPhone: /"id"/,
  getContact: /cm5xy123/,
  updateContact: /cm5xy123/,
  deleteContact: /true/,
  assignContactTag: /cm5tag42abcdef/,
  removeContactTag: /true/,
  listBlacklist: /16505550000/,
  addToBlacklist: /16505551234/,
  getBlacklistEntry: /16505550000/,
  removeFromBlacklist: /true/,
};

/**
 * Prepares the mock for one example (after a reset to the seed) and returns the environment it
 * runs with: the demo ids, plus what its scenario needs.
 */
async function prepare(example: Example, mock: RunningMock): Promise<Record<string, string>> {
  const env: Record<string, string> = {
    SIGFOLLOW_BASE_URL: mock.url,
    SIGFOLLOW_API_KEY: WORLD.apiKey,
    PHONE_NUMBER_ID: WORLD.phoneNumberId,
    WABA_ID: WORLD.wabaId,
    RECIPIENT_PHONE: WORLD.recipient,
    CONTACT_ID: WORLD.contactId,
    TAG_ID: WORLD.tagId,
    MEDIA_FILE: join(examplesDir, "assets", "banner.jpg"),
  };
  if (example.operationId === "createTemplate") {
    // The create recipes reuse names of the demo's templates: create them in an empty WABA.
    env.WABA_ID = WORLD.sandboxWabaId;
    // A handle from template media, valid for one creation.
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], { type: "image/jpeg" }), "header.jpg");
    const { h } = await mock.api<{ h: string }>("POST", `/v1/${WORLD.sandboxWabaId}/template_media`, form);
    env.HEADER_HANDLE = h;
    await mock.control("DELETE", "/requests");
  }
  switch (example.id) {
    case "error-blacklisted-recipient":
    case "get-blacklist-entry":
    case "remove-from-blacklist":
      env.RECIPIENT_PHONE = WORLD.blacklisted;
      break;
    case "error-tag-limit":
      env.CONTACT_ID = WORLD.fullContactId;
      env.TAG_ID = WORLD.tag21Id;
      break;
    case "remove-tag":
      env.TAG_ID = WORLD.assignedTagId;
      break;
    case "error-rate-limited":
      await mock.control("POST", "/faults", { kind: "rate_limit", route: "sendMessage", count: 1, retryAfterSeconds: 1 });
      break;
  }
  return env;
}

/** The catalog's body with its environment variables replaced by their values. */
function resolve(value: unknown, env: Record<string, string>): unknown {
  if (isEnv(value)) {
    const name = (value as { $env: string }).$env;
    return env[name] ?? ENV[name as keyof typeof ENV];
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, env));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, env)]));
  return value;
}

/** Declares the suite of one language. */
export function exampleSuite(name: Language["name"]): void {
  const language = languages().find((l) => l.name === name)!;
  if (language.missing) return unavailable(`every ${name} example`, language.missing);

  describe(`${name} examples against the standalone mock`, () => {
    let mock: RunningMock;
    beforeAll(async () => {
      language.prepare?.();
      mock = await startMock();
    }, 120_000);
    afterAll(() => mock?.stop());

    it.each(examples.map((e) => [e.id, e] as const))("%s", async (_id, example) => {
      await mock.control("POST", "/reset");
      const env = await prepare(example, mock);
      const result = await run(language, example.id, env);
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.code, `exit status; output:\n${output}`).toBe(0);

      const recorded = (await mock.control<{ data: RecordedRequest[] }>("GET", "/requests")).data.filter((r) => r.operationId !== null || r.status === 404);
      const expected = example.expect as { status: number; code?: number; reason?: string; retryOn429?: boolean };
      if (expected.retryOn429) {
        // One injected 429, then the retry after Retry-After succeeds.
        expect(recorded.map((r) => [r.operationId, r.status, r.fault]), output).toEqual([
          [example.operationId, 429, "rate_limit"],
          [example.operationId, 200, null],
        ]);
        expect(output).toMatch(/429|rate limit|retry/i);
      } else {
        expect(recorded.map((r) => [r.method, r.operationId, r.status, r.errorCode]), output).toEqual([
          [example.method, example.operationId, expected.status, expected.code ?? null],
        ]);
      }
      const last = recorded.at(-1)!;
      if ("json" in example && example.json) expect(last.body, "the body the gateway received").toEqual(resolve(example.json, env));
      if (expected.code !== undefined) {
        // Error examples read error.code and error_data.reason and say so.
        expect(output).toContain(String(expected.code));
        expect(output).toContain(expected.reason!);
      } else {
        expect(result.stdout).toMatch(PRINTS[example.operationId]!);
      }
    });
  });
}
