#!/bin/sh
# Handle the 20-tag cap (409): POST /v1/contacts/{contactId}/tags (scope contacts:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${CONTACT_ID:-}" ] || CONTACT_ID='cm5xy123'
[ -n "${TAG_ID:-}" ] || TAG_ID='cm5tag42abcdef'

# Expect HTTP 409: the Meta-style body carries error.code = 131000
# and error.error_data.reason = "tag_limit_reached". Branch on those, not on error.message.
curl -sS -g -w '\nHTTP %{http_code}\n' \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/contacts/$CONTACT_ID/tags" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "tag_id": "${TAG_ID}",
  "reason": "Imported from Salesforce VIP list"
}
JSON
