#!/bin/sh
# Upload a library asset (for header_media_file_id): POST /v1/library/assets (scope templates:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${MEDIA_FILE:-}" ] || MEDIA_FILE='banner.jpg'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/library/assets" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -F "file=@$MEDIA_FILE;type=image/jpeg"
