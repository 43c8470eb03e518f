// Remove a tag from a contact: DELETE /v1/contacts/{contactId}/tags/{tagId} (scope contacts:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const contactId = env("CONTACT_ID", "cm5xy123");
const tagId = env("TAG_ID", "cm5tag42abcdef");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const result = await client.contacts.removeTag(contactId, tagId);
console.log(JSON.stringify(result, null, 2));
