"""Template recipe 4: image header, named body, several buttons: POST /v1/{phoneNumberId}/messages (scope messages:send).

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
import json
import os
import sys
from urllib.parse import quote

import requests

SIGFOLLOW_BASE_URL = os.environ.get("SIGFOLLOW_BASE_URL") or "https://api.sigfollow.com"
SIGFOLLOW_API_KEY = os.environ.get("SIGFOLLOW_API_KEY") or "sflo_live_xxx"
PHONE_NUMBER_ID = os.environ.get("PHONE_NUMBER_ID") or "PHONE_NUMBER_ID"
RECIPIENT_PHONE = os.environ.get("RECIPIENT_PHONE") or "{{Recipient-Phone-Number}}"

response = requests.post(
    f"{SIGFOLLOW_BASE_URL}/v1/{quote(PHONE_NUMBER_ID, safe='')}/messages",
    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
    json={
        "messaging_product": "whatsapp",
        "to": RECIPIENT_PHONE,
        "type": "template",
        "template": {
            "name": "order_confirmation_v2",
            "language": {
                "code": "en_US"
            },
            "components": [
                {
                    "type": "header",
                    "parameters": [
                        {
                            "type": "image",
                            "image": {
                                "link": "https://cdn.example.com/orders/ORD-90211.jpg"
                            }
                        }
                    ]
                },
                {
                    "type": "body",
                    "parameters": [
                        {
                            "type": "text",
                            "parameter_name": "customer_name",
                            "text": "Alice"
                        },
                        {
                            "type": "text",
                            "parameter_name": "order_id",
                            "text": "ORD-90211"
                        },
                        {
                            "type": "text",
                            "parameter_name": "amount",
                            "text": "$259.00"
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
                    "sub_type": "quick_reply",
                    "index": "1",
                    "parameters": [
                        {
                            "type": "payload",
                            "payload": "CONTACT_AGENT_90211"
                        }
                    ]
                },
                {
                    "type": "button",
                    "sub_type": "url",
                    "index": "2",
                    "parameters": [
                        {
                            "type": "text",
                            "text": "ORD-90211"
                        }
                    ]
                }
            ]
        }
    },
    timeout=30,
)
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
