// Handle a rate limit (429) by honouring Retry-After: POST /v1/{phoneNumberId}/messages (scope messages:send).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const phoneNumberId = env("PHONE_NUMBER_ID", "PHONE_NUMBER_ID");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

// Retry a 429 after the Retry-After seconds the gateway sends (a 429 was not processed, so
// even a send is safe to repeat).
let response;
for (let attempt = 1; ; attempt++) {
  response = await fetch(`${sigfollowBaseUrl}/v1/${encodeURIComponent(phoneNumberId)}/messages`, {
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
  if (response.status !== 429 || attempt === 3) break;
  const retryAfter = Number(response.headers.get("Retry-After") ?? "1");
  const { error } = await response.json();
  console.log(`Rate limited (code ${error.code}); retrying in ${retryAfter} s`);
  await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
}
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
