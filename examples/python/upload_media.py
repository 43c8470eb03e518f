"""Upload media for a message: POST /v1/{phoneNumberId}/media (scope messages:send).

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
MEDIA_FILE = os.environ.get("MEDIA_FILE") or "banner.jpg"

with open(MEDIA_FILE, "rb") as media:
    response = requests.post(
        f"{SIGFOLLOW_BASE_URL}/v1/{quote(PHONE_NUMBER_ID, safe='')}/media",
        headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
        data={"messaging_product": "whatsapp", "type": "image/jpeg"},
        files={"file": (os.path.basename(MEDIA_FILE), media, "image/jpeg")},
        timeout=30,
    )
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
