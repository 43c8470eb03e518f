#!/bin/sh
# Upload template header media (returns a header_handle): POST /v1/{wabaId}/template_media (scope templates:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${WABA_ID:-}" ] || WABA_ID='WABA_ID'
[ -n "${MEDIA_FILE:-}" ] || MEDIA_FILE='banner.jpg'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$WABA_ID/template_media" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -F "file=@$MEDIA_FILE;type=image/jpeg"
