#!/bin/sh
# Create recipe 1: image header and quick replies: POST /v1/{wabaId}/message_templates (scope templates:write).
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${SIGFOLLOW_BASE_URL:-}" ] || SIGFOLLOW_BASE_URL='https://api.sigfollow.com'
[ -n "${SIGFOLLOW_API_KEY:-}" ] || SIGFOLLOW_API_KEY='sflo_live_xxx'
[ -n "${WABA_ID:-}" ] || WABA_ID='WABA_ID'
[ -n "${HEADER_HANDLE:-}" ] || HEADER_HANDLE='4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...'

curl -sS -g --fail-with-body \
  -X POST \
  "$SIGFOLLOW_BASE_URL/v1/$WABA_ID/message_templates" \
  -H "Authorization: Bearer $SIGFOLLOW_API_KEY" \
  -H "Content-Type: application/json" \
  -d @- <<JSON
{
  "name": "weekly_promo_v1",
  "language": "en_US",
  "category": "MARKETING",
  "components": [
    {
      "type": "HEADER",
      "format": "IMAGE",
      "example": {
        "header_handle": [
          "${HEADER_HANDLE}"
        ]
      }
    },
    {
      "type": "BODY",
      "text": "Your weekly promo is here. Tap below to claim or opt out."
    },
    {
      "type": "BUTTONS",
      "buttons": [
        {
          "type": "QUICK_REPLY",
          "text": "Claim now"
        },
        {
          "type": "QUICK_REPLY",
          "text": "Unsubscribe"
        }
      ]
    }
  ]
}
JSON
