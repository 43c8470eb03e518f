#!/bin/sh
# Create recipe 4: authentication template with a TTL: POST /v1/{wabaId}/message_templates (scope templates:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${WABA_ID:-}" ] || WABA_ID='WABA_ID'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$WABA_ID/message_templates" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "name": "verification_otp",
  "language": "en_US",
  "category": "AUTHENTICATION",
  "message_send_ttl_seconds": 600,
  "components": [
    {
      "type": "BODY",
      "add_security_recommendation": true
    },
    {
      "type": "FOOTER",
      "code_expiration_minutes": 10
    },
    {
      "type": "BUTTONS",
      "buttons": [
        {
          "type": "OTP",
          "otp_type": "COPY_CODE",
          "text": "Copy code"
        }
      ]
    }
  ]
}
JSON
