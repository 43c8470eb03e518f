// Create recipe 2: named body variables: POST /v1/{wabaId}/message_templates (scope templates:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const wabaId = env("WABA_ID", "WABA_ID");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const result = await client.templates.create(wabaId, {
  name: "order_shipped_named",
  language: "en_US",
  category: "UTILITY",
  parameter_format: "NAMED",
  components: [
    {
      type: "BODY",
      text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.",
      example: {
        body_text_named_params: [
          {
            param_name: "customer_name",
            example: "Alice"
          },
          {
            param_name: "order_id",
            example: "ORD-90211"
          },
          {
            param_name: "ship_date",
            example: "Apr 22"
          }
        ]
      }
    }
  ]
});
console.log(JSON.stringify(result, null, 2));
