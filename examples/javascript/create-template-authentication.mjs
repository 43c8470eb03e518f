// Create recipe 4: authentication template with a TTL: POST /v1/{wabaId}/message_templates (scope templates:write).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const wabaId = env("WABA_ID", "WABA_ID");

const response = await fetch(`${sigfollowBaseUrl}/v1/${encodeURIComponent(wabaId)}/message_templates`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({
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
  }),
});
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
