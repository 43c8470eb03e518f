// Template recipe 2: named body variables: POST /v1/{phoneNumberId}/messages (scope messages:send).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

// With the template's definition, a missing or misspelt name is a type error (and a run-time error).
const orderShippedNamed = {
  name: "order_shipped_named",
  language: "en_US",
  category: "UTILITY",
  parameter_format: "NAMED",
  components: [{ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." }],
} as const;

const request = message(recipientPhone)
  .template(template(orderShippedNamed).body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }))
  .build();

const result = await client.messages.send(phoneNumberId, request);
console.log(JSON.stringify(result, null, 2));
