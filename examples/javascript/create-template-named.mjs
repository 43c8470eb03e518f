// Create recipe 2: named body variables: POST /v1/{wabaId}/message_templates (scope templates:write).
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
  }),
});
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
