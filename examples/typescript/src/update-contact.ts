// Update a contact's display name: PATCH /v1/contacts/{contactId} (scope contacts:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const contactId = env("CONTACT_ID", "cm5xy123");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const result = await client.contacts.update(contactId, {
  display_name: "Alice L."
});
console.log(JSON.stringify(result, null, 2));
