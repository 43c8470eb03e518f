// Create recipe 4: authentication template with a TTL: POST /v1/{wabaId}/message_templates (scope templates:write).
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

const definition = templateDefinition("verification_otp", "en_US", "AUTHENTICATION")
  .messageSendTtlSeconds(600)
  .addSecurityRecommendation()
  .codeExpirationMinutes(10)
  .button("OTP", { otp_type: "COPY_CODE", text: "Copy code" })
  .build();

const result = await client.templates.create(wabaId, definition);
console.log(JSON.stringify(result, null, 2));
