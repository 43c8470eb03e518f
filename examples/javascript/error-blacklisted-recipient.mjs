// Handle a blacklisted recipient (422): POST /v1/{phoneNumberId}/messages (scope messages:send).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const response = await fetch(`${sigfollowBaseUrl}/v1/${encodeURIComponent(phoneNumberId)}/messages?${new URLSearchParams({ filter_blacklist: "true" })}`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    messaging_product: "whatsapp",
    to: recipientPhone,
    type: "text",
    text: {
      body: "Hello from SigFollow"
    }
  }),
});
const data = await response.json();
if (response.ok) {
  console.log("Done:", JSON.stringify(data, null, 2));
} else {
  // Meta-style error body: branch on error.code and error_data.reason, not on the message.
  const { code, error_data: errorData, message } = data.error;
  if (response.status === 422 && code === 131000 && errorData?.reason === "recipient_blacklisted") {
    console.log(`Expected refusal: code ${code}, reason ${errorData.reason}: ${errorData.details ?? message}`);
  } else {
    throw new Error(`HTTP ${response.status}: (#${code}) ${message}`);
  }
}
