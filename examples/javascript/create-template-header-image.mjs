// Create recipe 1: image header and quick replies: POST /v1/{wabaId}/message_templates (scope templates:write).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const wabaId = env("WABA_ID", "WABA_ID");
const headerHandle = env("HEADER_HANDLE", "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...");

const response = await fetch(`${sigfollowBaseUrl}/v1/${encodeURIComponent(wabaId)}/message_templates`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({
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
  }),
});
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
