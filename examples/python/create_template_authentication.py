"""Create recipe 4: authentication template with a TTL: POST /v1/{wabaId}/message_templates (scope templates:write).

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
        "name": "verification_otp",
        "language": "en_US",
        "category": "AUTHENTICATION",
        "message_send_ttl_seconds": 600,
        "components": [
            {
                "type": "BODY",
                "add_security_recommendation": True
            },
            {
                "type": "FOOTER",
                "code_expiration_minutes": 10
            },
            {
                "type": "BUTTONS",
                "buttons": [
                    {
                        "type": "OTP",
                        "otp_type": "COPY_CODE",
                        "text": "Copy code"
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
