#!/bin/sh
# Deliver a signed webhook by hand: the "text" example of the messages webhook, signed with your app secret as
# Meta signs it (X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the exact body>), POSTed to your receiver.
# The body is what Meta sends: compact JSON, non-ASCII characters escaped as \uXXXX.
# The handshake by hand: curl "$WEBHOOK_URL?hub.mode=subscribe&hub.verify_token=$WHATSAPP_VERIFY_TOKEN&hub.challenge=42"
# Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
set -eu
[ -n "${WEBHOOK_URL:-}" ] || WEBHOOK_URL='http://127.0.0.1:3000/webhook'
[ -n "${WHATSAPP_APP_SECRET:-}" ] || { echo "Set WHATSAPP_APP_SECRET" >&2; exit 1; }

BODY=$(cat <<'JSON'
{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Sheena Nelson"},"wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":"wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=","timestamp":"1749416383","type":"text","text":{"body":"Ol\u00e1! Does it come in another color? \ud83d\udc40"}}]}}]}]}
JSON
)
SIGNATURE="sha256=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$WHATSAPP_APP_SECRET" | sed 's/^.* //')"

curl -sS --fail-with-body -w '\nHTTP %{http_code}\n' -X POST "$WEBHOOK_URL" \
  -H "Content-Type: application/json" \
  -H "X-Hub-Signature-256: $SIGNATURE" \
  --data-binary "$BODY"
