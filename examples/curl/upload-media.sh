#!/bin/sh
# Upload media for a message: POST /v1/{phoneNumberId}/media (scope messages:send).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${PHONE_NUMBER_ID:-}" ] || PHONE_NUMBER_ID='PHONE_NUMBER_ID'
[ -n "${MEDIA_FILE:-}" ] || MEDIA_FILE='banner.jpg'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$PHONE_NUMBER_ID/media" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -F "messaging_product=whatsapp" \
  -F "type=image/jpeg" \
  -F "file=@$MEDIA_FILE;type=image/jpeg"
