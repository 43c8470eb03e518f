#!/bin/sh
# Create or update a contact: POST /v1/contacts (scope contacts:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${RECIPIENT_PHONE:-}" ] || RECIPIENT_PHONE='{{Recipient-Phone-Number}}'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/contacts" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "phone": "${RECIPIENT_PHONE}",
  "display_name": "Alice Liu"
}
JSON
