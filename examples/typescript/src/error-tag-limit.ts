// Handle the 20-tag cap (409): POST /v1/contacts/{contactId}/tags (scope contacts:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient, isSigFollowError } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const contactId = env("CONTACT_ID", "cm5xy123");
const tagId = env("TAG_ID", "cm5tag42abcdef");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

try {
  const result = await client.contacts.assignTag(contactId, {
    tag_id: tagId,
    reason: "Imported from Salesforce VIP list"
  });
  console.log("Done:", JSON.stringify(result, null, 2));
} catch (error) {
  // A thrown SigFollowError: branch on its kind (or code and reason), not on the message.
  if (isSigFollowError(error, "conflict") && error.code === 131000 && error.reason === "tag_limit_reached") {
    console.log(`Expected refusal: code ${error.code}, reason ${error.reason}: ${error.details ?? error.message}`);
  } else {
    throw error;
  }
}
