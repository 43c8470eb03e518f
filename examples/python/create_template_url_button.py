"""Create recipe 3: URL button with a variable: POST /v1/{wabaId}/message_templates (scope templates:write).

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
import json
import os
import sys
from urllib.parse import quote

import requests

SIGFOLLOW_BASE_URL = os.environ.get("SIGFOLLOW_BASE_URL") or "https://api.sigfollow.com"
SIGFOLLOW_API_KEY = os.environ.get("SIGFOLLOW_API_KEY") or "sflo_live_xxx"
WABA_ID = os.environ.get("WABA_ID") or "WABA_ID"

response = requests.post(
    f"{SIGFOLLOW_BASE_URL}/v1/{quote(WABA_ID, safe='')}/message_templates",
    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
    json={
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
    },
    timeout=30,
)
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
