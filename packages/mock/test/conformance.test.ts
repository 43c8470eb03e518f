// The rule table of test/support/rule-cases.ts, played in process and standalone; the browser
// test plays the same table under setupWorker. Each mode must give every rule its documented answer.
import { describe, expect, it } from "vitest";
import { harness, MODES } from "./support/harness.js";
import { expectedOutcomes, playRuleCases, RULE_CASES } from "./support/rule-cases.js";

describe.each(MODES)("rule table (%s)", async (mode) => {
  const h = await harness(mode);

  // 95 sequential requests: well under a second on an idle machine, several on a loaded one.
  it(`answers all ${RULE_CASES.length} rules as documented, Meta-shaped errors included`, { timeout: 30_000 }, async () => {
    expect(await playRuleCases(h.baseUrl)).toEqual(expectedOutcomes());
  });
});
