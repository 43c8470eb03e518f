// Remove a number from the blacklist: DELETE /v1/blacklist/{phone} (scope blacklist:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const result = await client.blacklist.remove(recipientPhone);
console.log(JSON.stringify(result, null, 2));
