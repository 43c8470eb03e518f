#!/bin/sh
# List blacklisted numbers: GET /v1/blacklist (scope blacklist:read).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'

curl -sS -g --fail-with-body \
  -G \
  "$SIGFOLLOW_BASE_URL/v1/blacklist" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  --data-urlencode "limit=25"
