#!/bin/sh
# Create recipe 2: named body variables: POST /v1/{wabaId}/message_templates (scope templates:write).
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
  "name": "order_shipped_named",
  "language": "en_US",
  "category": "UTILITY",
  "parameter_format": "NAMED",
  "components": [
    {
      "type": "BODY",
      "text": "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.",
      "example": {
        "body_text_named_params": [
          {
            "param_name": "customer_name",
            "example": "Alice"
          },
          {
            "param_name": "order_id",
            "example": "ORD-90211"
          },
          {
            "param_name": "ship_date",
            "example": "Apr 22"
          }
        ]
      }
    }
  ]
}
JSON
