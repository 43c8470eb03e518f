// Handle a blacklisted recipient (422): POST /v1/{phoneNumberId}/messages (scope messages:send).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";
import { message } from "@sigfollow/client/builders";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const request = message(recipientPhone).text("Hello from SigFollow").build();

try {
  const result = await client.messages.send(phoneNumberId, request, { filterBlacklist: true });
  console.log("Done:", JSON.stringify(result, null, 2));
} catch (error) {
  // A thrown SigFollowError: branch on its kind (or code and reason), not on the message.
  if (isSigFollowError(error, "blacklisted") && error.code === 131000 && error.reason === "recipient_blacklisted") {
    console.log(`Expected refusal: code ${error.code}, reason ${error.reason}: ${error.details ?? error.message}`);
  } else {
    throw error;
  }
}
