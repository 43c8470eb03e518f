"""Handle a blacklisted recipient (422): POST /v1/{phoneNumberId}/messages (scope messages:send).

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
    params={"filter_blacklist": "true"},
    json={
        "messaging_product": "whatsapp",
        "to": RECIPIENT_PHONE,
        "type": "text",
        "text": {
            "body": "Hello from SigFollow"
        }
    },
    timeout=30,
)
data = response.json()
if response.ok:
    print("Done:", json.dumps(data, indent=2))
else:
    # Meta-style error body: branch on error.code and error_data.reason, not on the message.
    error = data["error"]
    error_data = error.get("error_data", {})
    if response.status_code == 422 and error["code"] == 131000 and error_data.get("reason") == "recipient_blacklisted":
        print(f"Expected refusal: code {error['code']}, reason {error_data['reason']}: {error_data.get('details', error['message'])}")
    else:
        sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']}")
