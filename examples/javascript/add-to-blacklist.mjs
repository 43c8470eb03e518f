// Blacklist a number: POST /v1/blacklist (scope blacklist:write).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const recipientPhone = env("RECIPIENT_PHONE", "{{Recipient-Phone-Number}}");

const response = await fetch(`${sigfollowBaseUrl}/v1/blacklist`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    phone: recipientPhone,
    reason: "Asked to stop"
  }),
});
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
