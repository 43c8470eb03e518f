// Create recipe 1: image header and quick replies: POST /v1/{wabaId}/message_templates (scope templates:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";
import { templateDefinition } from "@sigfollow/client/builders";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const wabaId = env("WABA_ID", "WABA_ID");
const headerHandle = env("HEADER_HANDLE", "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const definition = templateDefinition("weekly_promo_v1", "en_US", "MARKETING")
  .header("IMAGE", headerHandle)
  .body("Your weekly promo is here. Tap below to claim or opt out.")
  .button("QUICK_REPLY", { text: "Claim now" })
  .button("QUICK_REPLY", { text: "Unsubscribe" })
  .build();

const result = await client.templates.create(wabaId, definition);
console.log(JSON.stringify(result, null, 2));
