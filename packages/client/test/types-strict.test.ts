// What an application's compiler says about the typed API, under `exactOptionalPropertyTypes` and
// `noUncheckedIndexedAccess` (see support/type-check.ts): options accept `undefined` where an
// environment variable may be unset, and a wrong template call gets a message that says why.
import { describe, expect, it } from "vitest";
import { typeErrors } from "./support/type-check.js";

const named = `
import { template } from "@sigfollow/client/builders";
const orderShipped = {
  name: "order_shipped_named", language: "en_US", category: "UTILITY", parameter_format: "NAMED",
  components: [{ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." }],
} as const;
const positional = {
  name: "order_shipped_positional", language: "en_US", category: "UTILITY",
  components: [{ type: "BODY", text: "Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}." }],
} as const;
`;

describe("under exactOptionalPropertyTypes and noUncheckedIndexedAccess", () => {
  it("every options type takes a possibly-undefined value, as the quick start passes process.env", { timeout: 60_000 }, () => {
    const errors = typeErrors({
      options: `
import { createSigFollowClient, withRetries, type RequestOptions, type SendOptions, type Upload } from "@sigfollow/client";
const client = createSigFollowClient({
  apiKey: process.env.SIGFOLLOW_API_KEY!,
  baseUrl: process.env.SIGFOLLOW_BASE_URL,
  timeoutMs: process.env.TIMEOUT ? Number(process.env.TIMEOUT) : undefined,
  maxRetries: undefined,
  headers: undefined,
  fetch: undefined,
});
const maybe = <T>(value: T): T | undefined => value;
const request: RequestOptions = { signal: maybe(new AbortController().signal), timeoutMs: maybe(1), maxRetries: maybe(1), headers: maybe({}) };
const send: SendOptions = { ...request, filterBlacklist: maybe(true) };
const upload: Upload = { file: new Blob([]), filename: maybe("a.jpg"), type: maybe("image/jpeg") };
await client.blacklist.list({ limit: maybe(10), after: maybe("cursor") }, request);
await client.templates.list("102290129340398", { name: process.env.TEMPLATE });
withRetries(fetch, { maxRetries: maybe(1), timeoutMs: maybe(1), idempotent: maybe(true) });
void [send, upload];
`,
    });
    expect(errors).toEqual({ options: [] });
  });

  it("positional values for a NAMED template, and a record for a POSITIONAL one, say so", { timeout: 60_000 }, () => {
    const errors = typeErrors({
      positionalForNamed: `${named}template(orderShipped).body("Alice", "ORD-90211", "Apr 22");`,
      oneValueForNamed: `${named}template(orderShipped).body("Alice");`,
      recordForPositional: `${named}template(positional).body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" });`,
      right: `${named}template(orderShipped).body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }); template(positional).body("Alice", "ORD-90211", "Apr 22");`,
    });
    expect(errors.right).toEqual([]);
    for (const [name, messages] of Object.entries(errors).filter(([n]) => n !== "right")) {
      expect(messages, name).toHaveLength(1);
      expect(messages[0], name).not.toMatch(/'never'/);
    }
    expect(errors.positionalForNamed[0]).toMatch(/This template's parameters are NAMED: pass one record, body\(\{ name: value \}\)/);
    expect(errors.oneValueForNamed[0]).toMatch(/This template's parameters are NAMED/);
    expect(errors.recordForPositional[0]).toMatch(/This template's parameters are POSITIONAL: pass the values in placeholder order/);
  });

  it("too few values for a POSITIONAL template say how many it takes", { timeout: 60_000 }, () => {
    const errors = typeErrors({
      none: `${named}template(positional).body();`,
      one: `${named}template(positional).body("Alice");`,
      two: `${named}template(positional).body("Alice", "ORD-90211");`,
      three: `${named}template(positional).body("Alice", "ORD-90211", "Apr 22");`,
      noPlaceholder: `${named}template({ name: "hello", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hello" }] } as const).body();`,
      onePlaceholder: `${named}template({ name: "hi", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi {{1}}" }] } as const).body("Ann");`,
    });
    expect([errors.three, errors.noPlaceholder, errors.onePlaceholder]).toEqual([[], [], []]);
    for (const name of ["none", "one", "two"] as const) {
      expect(errors[name], name).toHaveLength(1);
      expect(errors[name][0], name).toMatch(/This template's body takes 3 values, one per placeholder \{\{1\}\} to \{\{3\}\}, in order/);
    }
  });
});
