#!/bin/sh
# Remove a tag from a contact: DELETE /v1/contacts/{contactId}/tags/{tagId} (scope contacts:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${CONTACT_ID:-}" ] || CONTACT_ID='cm5xy123'
[ -n "${TAG_ID:-}" ] || TAG_ID='cm5tag42abcdef'

curl -sS -g --fail-with-body \
  -X DELETE \
  "$SIGFOLLOW_BASE_URL/v1/contacts/$CONTACT_ID/tags/$TAG_ID" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY"
