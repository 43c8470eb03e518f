// Template recipe 4: image header, named body, several buttons: POST /v1/{phoneNumberId}/messages (scope messages:send).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const result = await client.messages.send(phoneNumberId, {
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
});
console.log(JSON.stringify(result, null, 2));
