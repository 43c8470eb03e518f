// Handle the 20-tag cap (409): POST /v1/contacts/{contactId}/tags (scope contacts:write).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const contactId = env("CONTACT_ID", "cm5xy123");
const tagId = env("TAG_ID", "cm5tag42abcdef");

const response = await fetch(`${sigfollowBaseUrl}/v1/contacts/${encodeURIComponent(contactId)}/tags`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    tag_id: tagId,
    reason: "Imported from Salesforce VIP list"
  }),
});
const data = await response.json();
if (response.ok) {
  console.log("Done:", JSON.stringify(data, null, 2));
} else {
  // Meta-style error body: branch on error.code and error_data.reason, not on the message.
  const { code, error_data: errorData, message } = data.error;
  if (response.status === 409 && code === 131000 && errorData?.reason === "tag_limit_reached") {
    console.log(`Expected refusal: code ${code}, reason ${errorData.reason}: ${errorData.details ?? message}`);
  } else {
    throw new Error(`HTTP ${response.status}: (#${code}) ${message}`);
  }
}
