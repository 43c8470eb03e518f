// Create recipe 1: image header and quick replies: POST /v1/{wabaId}/message_templates (scope templates:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const wabaId = env("WABA_ID", "WABA_ID");
const headerHandle = env("HEADER_HANDLE", "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const result = await client.templates.create(wabaId, {
  name: "weekly_promo_v1",
  language: "en_US",
  category: "MARKETING",
  components: [
    {
      type: "HEADER",
      format: "IMAGE",
      example: {
        header_handle: [
          headerHandle
        ]
      }
    },
    {
      type: "BODY",
      text: "Your weekly promo is here. Tap below to claim or opt out."
    },
    {
      type: "BUTTONS",
      buttons: [
        {
          type: "QUICK_REPLY",
          text: "Claim now"
        },
        {
          type: "QUICK_REPLY",
          text: "Unsubscribe"
        }
      ]
    }
  ]
});
console.log(JSON.stringify(result, null, 2));
