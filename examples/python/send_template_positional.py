"""Template recipe 2: positional body variables: POST /v1/{phoneNumberId}/messages (scope messages:send).

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
            "name": "order_shipped_positional",
            "language": {
                "code": "en_US"
            },
            "components": [
                {
                    "type": "body",
                    "parameters": [
                        {
                            "type": "text",
                            "text": "Alice"
                        },
                        {
                            "type": "text",
                            "text": "ORD-90211"
                        },
                        {
                            "type": "text",
                            "text": "Apr 22"
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
