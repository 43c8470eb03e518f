// The root README's snippets, as written there: the vitest suite of "Testing with the mock" and
// the client code of the quick start (here against the in-process gateway instead of `pnpm start`).
// `server.listen` gets the option the README's comment names, so an unanswered request fails here.
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";
import { createMockGateway, DEMO } from "../src/index.js";
import { onUnhandled } from "./support/msw.js";

const gateway = createMockGateway(); // the demo seed; answers https://api.sigfollow.com
const server = setupServer(...gateway.handlers);
let client: ReturnType<typeof createSigFollowClient>;

beforeAll(async () => {
  server.listen(onUnhandled("error"));
  const { apiKeys } = await gateway.ready;
  client = createSigFollowClient({ apiKey: apiKeys[0]!.key });
});
beforeEach(() => gateway.reset()); // back to the seed: state, clock, ids, records, faults
afterAll(() => server.close());

it("refuses free-form messages once the 24-hour window closed", async () => {
  gateway.advanceClock(25 * 60 * 60 * 1000);
  const send = client.messages.send(DEMO.phoneNumberId, {
    messaging_product: "whatsapp", to: DEMO.recipient, type: "text", text: { body: "Still there?" },
  });
  await expect(send).rejects.toSatisfy((e) => isSigFollowError(e, "window_closed"));
  expect(gateway.messages()).toHaveLength(0);
});

it("quick start: a named template checked against its definition", async () => {
  const orderShipped = {
    name: "order_shipped_named", language: "en_US", category: "UTILITY", parameter_format: "NAMED",
    components: [{ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." }],
  } as const;
  const request = message("16505551234")
    .template(template(orderShipped).body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }))
    .build();
  const { messages } = await client.messages.send("106540352242922", request);
  expect(messages[0]?.id).toMatch(/^wamid\./);

  // The definition catches a missing parameter before anything is sent (the gateway would say 132000).
  // @ts-expect-error ship_date is missing
  expect(() => template(orderShipped).body({ customer_name: "Alice", order_id: "ORD-90211" }).build()).toThrow(/132000|ship_date/);
  expect(gateway.messages().map((m) => m.type)).toEqual(["template"]);
});

it("quick start: filterBlacklist on the client refuses DEMO.blacklisted unless a send turns it off", async () => {
  const { apiKeys } = await gateway.ready;
  const filtering = createSigFollowClient({ apiKey: apiKeys[0]!.key, filterBlacklist: true });
  const shipped = (to: string) => message(to).template(template("order_shipped", "en_US").body("Alice", "ORD-90211")).build();
  await expect(filtering.messages.send(DEMO.phoneNumberId, shipped(DEMO.blacklisted))).rejects.toSatisfy((e) => isSigFollowError(e, "blacklisted"));
  expect(gateway.messages()).toHaveLength(0);
  await filtering.messages.send(DEMO.phoneNumberId, shipped(DEMO.recipient));
  await filtering.messages.send(DEMO.phoneNumberId, shipped(DEMO.blacklisted), { filterBlacklist: false });
  expect(gateway.messages().map((m) => m.to)).toEqual([DEMO.recipient, DEMO.blacklisted]);
});
