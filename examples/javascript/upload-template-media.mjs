// Upload template header media (returns a header_handle): POST /v1/{wabaId}/template_media (scope templates:write).
// Native fetch, no dependency: Node 18+, Deno, Bun and browsers.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
const env = (name, fallback) => globalThis.process?.env?.[name] || fallback;
const sigfollowBaseUrl = env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com");
const sigfollowApiKey = env("SIGFOLLOW_API_KEY", "sflo_live_xxx");
const wabaId = env("WABA_ID", "WABA_ID");
const mediaFile = env("MEDIA_FILE", "banner.jpg");

// In a browser, append the File from an <input type="file"> instead of reading a path.
const { readFile } = await import("node:fs/promises");
const form = new FormData();
form.append("file", new Blob([await readFile(mediaFile)], { type: "image/jpeg" }), mediaFile.split("/").pop());

const response = await fetch(`${sigfollowBaseUrl}/v1/${encodeURIComponent(wabaId)}/template_media`, {
  method: "POST",
  headers: { Authorization: `Bearer ${sigfollowApiKey}` },
  body: form,
});
const data = await response.json();
if (!response.ok) {
  const { code, message, error_data: errorData } = data.error;
  throw new Error(`HTTP ${response.status}: (#${code}) ${message} ${errorData?.details ?? ""}`);
}
console.log(JSON.stringify(data, null, 2));
