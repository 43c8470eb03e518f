// What an application's compiler says about the mock's options under `exactOptionalPropertyTypes`
// (the client's strict settings, see packages/client/test/support/type-check.ts): every optional
// field takes a possibly-undefined value, as a test setup passes `process.env` or a parameter.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { strictApp, typeErrors } from "../../client/test/support/type-check.js";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const options = {
  ...strictApp,
  resolveJsonModule: true,
  paths: { ...strictApp.paths, "@sigfollow/mock": [`${src}index.ts`], "@sigfollow/mock/node": [`${src}node/index.ts`] },
};

describe("the mock's options under exactOptionalPropertyTypes", () => {
  it("createMockGateway and startMockServer take undefined for every optional field", { timeout: 60_000 }, () => {
    const errors = typeErrors(
      {
        options: `
import { createMockGateway, type MockGatewayOptions, type TemplateReviewOption } from "@sigfollow/mock";
import { startMockServer, type StartMockServerOptions } from "@sigfollow/mock/node";
const maybe = <T>(value: T): T | undefined => value;
const review: TemplateReviewOption = { mode: "auto", delaySeconds: maybe(5), outcome: maybe("REJECTED") };
const gatewayOptions: MockGatewayOptions = {
  seed: undefined, baseUrl: process.env.SIGFOLLOW_BASE_URL, clock: undefined, clockMode: maybe("running"), rngSeed: maybe(1),
  rateLimitPerSecond: maybe(null), templateReview: maybe(review), validateResponses: maybe(true), requestLogLimit: maybe(10),
  messageLogLimit: maybe(10), limits: { jsonBytes: maybe(1), uploadBytes: undefined }, controlApi: maybe(false), hmac: undefined,
};
const gateway = createMockGateway(gatewayOptions);
const serverOptions: StartMockServerOptions = { port: process.env.PORT ? Number(process.env.PORT) : undefined, host: maybe("127.0.0.1"), gateway: maybe(gateway), limits: undefined };
await startMockServer(serverOptions);
`,
      },
      options,
    );
    expect(errors).toEqual({ options: [] });
  });

  it("a MockSeed takes `as const` data: the templates `sigfollow templates pull` generates, as they are", { timeout: 60_000 }, () => {
    // The CLI's golden module (packages/cli/test/fixtures/templates.ts), imported from where the snippet is compiled.
    const errors = typeErrors(
      {
        pulled: `
import { createMockGateway, DEMO_SEED, extendSeed, type MockSeed } from "@sigfollow/mock";
import { registry, templates } from "../../cli/test/fixtures/templates.js";
const seed: MockSeed = {
  tenants: [{ id: "t", wabas: [{ id: "w", phoneNumbers: [{ id: "p" }], templates: [templates.order_shipped_named, registry.order_shipped_named.es_ES, ...Object.values(templates)] }] }],
};
const tags = [{ id: "cm_tag_1", name: "One" }] as const;
const constSeed = { tenants: [{ id: "t", tags, contacts: [{ phone: "16505551234", tags: [{ tagId: "cm_tag_1" }] }] }] } as const;
createMockGateway({ seed });
createMockGateway({ seed: constSeed });
createMockGateway({ seed: extendSeed(DEMO_SEED, { templates: Object.values(templates), tags }) });
`,
      },
      options,
    );
    expect(errors).toEqual({ pulled: [] });
  });
});
