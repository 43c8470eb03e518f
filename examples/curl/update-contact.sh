#!/bin/sh
# Update a contact's display name: PATCH /v1/contacts/{contactId} (scope contacts:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${CONTACT_ID:-}" ] || CONTACT_ID='cm5xy123'

curl -sS -g --fail-with-body \
  -X PATCH \
  "$SIGFOLLOW_BASE_URL/v1/contacts/$CONTACT_ID" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "display_name": "Alice L."
}
JSON
