#!/bin/sh
# Check whether a number is blacklisted: GET /v1/blacklist/{phone} (scope blacklist:read).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${RECIPIENT_PHONE:-}" ] || RECIPIENT_PHONE='{{Recipient-Phone-Number}}'

curl -sS -g --fail-with-body \
  "$SIGFOLLOW_BASE_URL/v1/blacklist/$RECIPIENT_PHONE" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY"
