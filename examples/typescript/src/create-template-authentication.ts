// Create recipe 4: authentication template with a TTL: POST /v1/{wabaId}/message_templates (scope templates:write).
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
  name: "verification_otp",
  language: "en_US",
  category: "AUTHENTICATION",
  message_send_ttl_seconds: 600,
  components: [
    {
      type: "BODY",
      add_security_recommendation: true
    },
    {
      type: "FOOTER",
      code_expiration_minutes: 10
    },
    {
      type: "BUTTONS",
      buttons: [
        {
          type: "OTP",
          otp_type: "COPY_CODE",
          text: "Copy code"
        }
      ]
    }
  ]
});
console.log(JSON.stringify(result, null, 2));
