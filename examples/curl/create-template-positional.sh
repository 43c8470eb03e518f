#!/bin/sh
# Create recipe 2: positional body variables: POST /v1/{wabaId}/message_templates (scope templates:write).
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
  "name": "order_shipped_positional",
  "language": "en_US",
  "category": "UTILITY",
  "components": [
    {
      "type": "BODY",
      "text": "Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}.",
      "example": {
        "body_text": [
          [
            "Alice",
            "ORD-90211",
            "Apr 22"
          ]
        ]
      }
    }
  ]
}
JSON
