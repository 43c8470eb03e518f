// Template recipe 4: image header, named body, several buttons: POST /v1/{phoneNumberId}/messages (scope messages:send).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const response = await fetch(`${sigfollowBaseUrl}/v1/${encodeURIComponent(phoneNumberId)}/messages`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    messaging_product: "whatsapp",
    to: recipientPhone,
    type: "template",
    template: {
      name: "order_confirmation_v2",
      language: {
        code: "en_US"
      },
      components: [
        {
          type: "header",
          parameters: [
            {
              type: "image",
              image: {
                link: "https://cdn.example.com/orders/ORD-90211.jpg"
              }
            }
          ]
        },
        {
          type: "body",
          parameters: [
            {
              type: "text",
              parameter_name: "customer_name",
              text: "Alice"
            },
            {
              type: "text",
              parameter_name: "order_id",
              text: "ORD-90211"
            },
            {
              type: "text",
              parameter_name: "amount",
              text: "$259.00"
            }
          ]
        },
        {
          type: "button",
          sub_type: "quick_reply",
          index: "0",
          parameters: [
            {
              type: "payload",
              payload: "TRACK_PKG_90211"
            }
          ]
        },
        {
          type: "button",
          sub_type: "quick_reply",
          index: "1",
          parameters: [
            {
              type: "payload",
              payload: "CONTACT_AGENT_90211"
            }
          ]
        },
        {
          type: "button",
          sub_type: "url",
          index: "2",
          parameters: [
            {
              type: "text",
              text: "ORD-90211"
            }
          ]
        }
      ]
    }
  }),
});
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
