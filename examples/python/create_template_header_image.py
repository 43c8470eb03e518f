"""Create recipe 1: image header and quick replies: POST /v1/{wabaId}/message_templates (scope templates:write).

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
HEADER_HANDLE = os.environ.get("HEADER_HANDLE") or "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE..."

response = requests.post(
    f"{SIGFOLLOW_BASE_URL}/v1/{quote(WABA_ID, safe='')}/message_templates",
    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
    json={
        "name": "weekly_promo_v1",
        "language": "en_US",
        "category": "MARKETING",
        "components": [
            {
                "type": "HEADER",
                "format": "IMAGE",
                "example": {
                    "header_handle": [
                        HEADER_HANDLE
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
    },
    timeout=30,
)
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
