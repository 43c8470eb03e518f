// Create recipe 2: positional body variables: POST /v1/{wabaId}/message_templates (scope templates:write).
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

const definition = templateDefinition("order_shipped_positional", "en_US", "UTILITY")
  .body("Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}.", ["Alice", "ORD-90211", "Apr 22"])
  .build();

const result = await client.templates.create(wabaId, definition);
console.log(JSON.stringify(result, null, 2));
