// Template recipe 1: header with image: POST /v1/{phoneNumberId}/messages (scope messages:send).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";
import { message, template } from "@sigfollow/client/builders";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const request = message(recipientPhone)
  .template(template("weekly_promo", "en_US").header({ type: "image", image: { link: "https://cdn.example.com/banner.jpg" } }).body("Alice"))
  .build();

const result = await client.messages.send(phoneNumberId, request);
console.log(JSON.stringify(result, null, 2));
