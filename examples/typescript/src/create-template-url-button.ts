// Create recipe 3: URL button with a variable: POST /v1/{wabaId}/message_templates (scope templates:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";
import { templateDefinition } from "@sigfollow/client/builders";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const wabaId = env("WABA_ID", "WABA_ID");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const definition = templateDefinition("order_with_tracking", "en_US", "UTILITY")
  .body("Your order {{1}} is on its way.", ["ORD-90211"])
  .button("URL", { text: "Track package", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] })
  .build();

const result = await client.templates.create(wabaId, definition);
console.log(JSON.stringify(result, null, 2));
