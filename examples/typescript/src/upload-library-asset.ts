// Upload a library asset (for header_media_file_id): POST /v1/library/assets (scope templates:write).
// With @sigfollow/client: typed requests and responses, thrown errors, retries that honour Retry-After.
// Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
import { createSigFollowClient } from "@sigfollow/client";
import { readFile } from "node:fs/promises";

const env = (name: string, fallback: string) => process.env[name] || fallback;
const mediaFile = env("MEDIA_FILE", "banner.jpg");

const client = createSigFollowClient({
  apiKey: env("SIGFOLLOW_API_KEY", "sflo_live_xxx"),
  baseUrl: env("SIGFOLLOW_BASE_URL", "https://api.sigfollow.com"),
});

const file = new Blob([await readFile(mediaFile)], { type: "image/jpeg" });
const result = await client.templates.uploadLibraryAsset({ file, filename: mediaFile.split("/").pop() });
console.log(JSON.stringify(result, null, 2));
