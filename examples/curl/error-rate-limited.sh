#!/bin/sh
# Handle a rate limit (429) by honouring Retry-After: POST /v1/{phoneNumberId}/messages (scope messages:send).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${PHONE_NUMBER_ID:-}" ] || PHONE_NUMBER_ID='PHONE_NUMBER_ID'
[ -n "${RECIPIENT_PHONE:-}" ] || RECIPIENT_PHONE='{{Recipient-Phone-Number}}'

# --retry honours Retry-After on HTTP 429 (and retries 5xx and timeouts).
curl -sS -g --fail-with-body --retry 3 \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$PHONE_NUMBER_ID/messages" \
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
