#!/bin/sh
# Create recipe 3: URL button with a variable: POST /v1/{wabaId}/message_templates (scope templates:write).
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
  "name": "order_with_tracking",
  "language": "en_US",
  "category": "UTILITY",
  "components": [
    {
      "type": "BODY",
      "text": "Your order {{1}} is on its way.",
      "example": {
        "body_text": [
          [
            "ORD-90211"
          ]
        ]
      }
    },
    {
      "type": "BUTTONS",
      "buttons": [
        {
          "type": "URL",
          "text": "Track package",
          "url": "https://shop.example.com/orders/{{1}}",
          "example": [
            "https://shop.example.com/orders/ORD-90211"
          ]
        }
      ]
    }
  ]
}
JSON
