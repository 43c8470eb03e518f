// The seed format: validation with clear errors, defaults, and what a seed sets up.
import { describe, expect, it } from "vitest";
import { createMockGateway, DEMO, DEMO_SEED, parseSeed, SeedError } from "../src/index.js";
import { testSeed } from "./support/seed.js";

const problems = (seed: unknown): string[] => {
  try {
    parseSeed(seed);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
};

describe("seed", () => {
  it("the demo seed and the test seed are valid", () => {
    expect(problems(DEMO_SEED)).toEqual([]);
    expect(problems(testSeed())).toEqual([]);
    expect(problems({})).toEqual([]);
  });

  it("names every problem with its path", () => {
    const found = problems({
      clock: { start: "yesterday" },
      tenants: [
        {
          id: "a",
          apiKeys: [{ key: "sflo_prod_abcdefgh", scopes: ["messages:send", "root"], allowedPhoneNumberIds: ["999"] }],
          wabas: [{ id: "w", phoneNumbers: [{ id: "p" }], templates: [{ name: "Bad Name", language: "en_US", category: "UTILITY", components: [{ type: "BODY" }] }] }],
          tags: [{ id: "t", name: "T" }],
          contacts: [{ phone: "12", tags: [{ tagId: "missing" }] }],
          blacklist: [{ phone: "+1 650-555-1234", extra: true }],
          unknownField: 1,
        },
      ],
    });
    const text = found.join("\n");
    expect(text).toContain("clock.start");
    expect(text).toContain("tenants[0].apiKeys[0].key");
    expect(text).toContain("tenants[0].apiKeys[0].scopes[1]");
    expect(text).toContain("tenants[0].wabas[0].templates[0]: name: must match pattern");
    expect(text).toContain("tenants[0].contacts[0].phone");
    expect(text).toContain("tenants[0].blacklist[0]");
    expect(text).toContain("unknownField");
    expect(() => createMockGateway({ seed: { tenants: [{ id: "a", apiKeys: [{ scopes: ["root"] }] }] } })).toThrow(/Invalid seed:\n {2}- tenants\[0\]\.apiKeys\[0\]\.scopes\[0\]/);
  });

  it("checks references across the seed", () => {
    const text = problems({
      tenants: [
        {
          id: "a",
          apiKeys: [{ key: "sflo_test_samesamesame", allowedPhoneNumberIds: ["p2"] }],
          wabas: [{ id: "w", phoneNumbers: [{ id: "p" }] }],
          tags: [{ id: "t", name: "T" }, ...Array.from({ length: 21 }, (_, i) => ({ id: `x${i}`, name: `X${i}` }))],
          contacts: [
            { phone: "15550001111", tags: [{ tagId: "missing" }] },
            { phone: "+1 555-000-1111" },
            { phone: "15550002222", tags: Array.from({ length: 21 }, (_, i) => ({ tagId: `x${i}` })) },
          ],
          inboundMessages: [{ from: "15550001111", phoneNumberId: "p9" }],
        },
        { id: "a", apiKeys: [{ key: "sflo_test_samesamesame" }], wabas: [{ id: "w" }] },
      ],
    }).join("\n");
    expect(text).toContain("tenants[0].apiKeys[0].allowedPhoneNumberIds[0]: p2 is not a phone number of tenant a");
    expect(text).toContain("tenants[0].contacts[0].tags[0].tagId: missing is not in tenant a's tags");
    expect(text).toContain("tenants[0].contacts[1].phone: duplicate contact phone 15550001111");
    expect(text).toContain("tenants[0].contacts[2].tags: a contact holds at most 20 active tags");
    expect(text).toContain("tenants[0].inboundMessages[0].phoneNumberId");
    expect(text).toContain("tenants[1].id: duplicate tenant id a");
    expect(text).toContain("tenants[1].apiKeys[0].key: duplicate API key");
    expect(text).toContain("tenants[1].wabas[0].id: duplicate WABA id w");
  });

  it("sets up what it describes; generated keys are reported once, given ones are not changed", async () => {
    const gateway = createMockGateway();
    const report = await gateway.ready;
    expect(report.apiKeys).toEqual([expect.objectContaining({ id: DEMO.apiKeyId, tenantId: DEMO.tenantId, generated: true, key: expect.stringMatching(/^sflo_test_[A-Za-z0-9]{32}$/) })]);
    const snapshot = gateway.snapshot();
    const [tenant] = snapshot.tenants;
    expect(tenant!.wabas[0]!.templates.map((t) => t.name)).toContain("order_confirmation_v2");
    expect(tenant!.contacts.find((c) => c.id === DEMO.contactId)?.lastSeenAt).toBe("2026-05-13T21:59:00.000Z");
    expect(snapshot.now).toBe("2026-05-13T22:00:00.000Z");
    // Same seed, same generated key (deterministic), different gateway.
    expect((await createMockGateway().ready).apiKeys[0]!.key).toBe(report.apiKeys[0]!.key);
  });

  it("a JSON round trip of a seed is the same seed (the file and the TS object are one format)", async () => {
    const fromFile = createMockGateway({ seed: JSON.parse(JSON.stringify(testSeed())) });
    const fromObject = createMockGateway({ seed: testSeed() });
    expect(fromFile.snapshot()).toEqual(fromObject.snapshot());
  });
});
