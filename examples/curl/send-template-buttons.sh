#!/bin/sh
# Template recipe 3: quick reply and dynamic URL buttons: POST /v1/{phoneNumberId}/messages (scope messages:send).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${PHONE_NUMBER_ID:-}" ] || PHONE_NUMBER_ID='PHONE_NUMBER_ID'
[ -n "${RECIPIENT_PHONE:-}" ] || RECIPIENT_PHONE='{{Recipient-Phone-Number}}'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$PHONE_NUMBER_ID/messages" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "messaging_product": "whatsapp",
  "to": "${RECIPIENT_PHONE}",
  "type": "template",
  "template": {
    "name": "shipping_with_actions",
    "language": {
      "code": "en_US"
    },
    "components": [
      {
        "type": "body",
        "parameters": [
          {
            "type": "text",
            "text": "ORD-90211"
          }
        ]
      },
      {
        "type": "button",
        "sub_type": "quick_reply",
        "index": "0",
        "parameters": [
          {
            "type": "payload",
            "payload": "TRACK_PKG_90211"
          }
        ]
      },
      {
        "type": "button",
        "sub_type": "url",
        "index": "1",
        "parameters": [
          {
            "type": "text",
            "text": "ORD-90211"
          }
        ]
      }
    ]
  }
}
JSON
