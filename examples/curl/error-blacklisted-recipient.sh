#!/bin/sh
# Handle a blacklisted recipient (422): POST /v1/{phoneNumberId}/messages (scope messages:send).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${PHONE_NUMBER_ID:-}" ] || PHONE_NUMBER_ID='PHONE_NUMBER_ID'
[ -n "${RECIPIENT_PHONE:-}" ] || RECIPIENT_PHONE='{{Recipient-Phone-Number}}'

# Expect HTTP 422: the Meta-style body carries error.code = 131000
# and error.error_data.reason = "recipient_blacklisted". Branch on those, not on error.message.
curl -sS -g -w '\nHTTP %{http_code}\n' \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$PHONE_NUMBER_ID/messages?filter_blacklist=true" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "messaging_product": "whatsapp",
  "to": "${RECIPIENT_PHONE}",
  "type": "text",
  "text": {
    "body": "Hello from SigFollow"
  }
}
JSON
