"""Handle a rate limit (429) by honouring Retry-After: POST /v1/{phoneNumberId}/messages (scope messages:send).

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
import json
import os
import sys
import time
from urllib.parse import quote

import requests

SIGFOLLOW_BASE_URL = os.environ.get("SIGFOLLOW_BASE_URL") or "https://api.sigfollow.com"
SIGFOLLOW_API_KEY = os.environ.get("SIGFOLLOW_API_KEY") or "sflo_live_xxx"
PHONE_NUMBER_ID = os.environ.get("PHONE_NUMBER_ID") or "PHONE_NUMBER_ID"
RECIPIENT_PHONE = os.environ.get("RECIPIENT_PHONE") or "{{Recipient-Phone-Number}}"

# Retry a 429 after the Retry-After seconds the gateway sends (a 429 was not processed, so
# even a send is safe to repeat).
for attempt in range(1, 4):
    response = requests.post(
        f"{SIGFOLLOW_BASE_URL}/v1/{quote(PHONE_NUMBER_ID, safe='')}/messages",
        headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
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
    if response.status_code != 429 or attempt == 3:
        break
    retry_after = int(response.headers.get("Retry-After", "1"))
    print(f"Rate limited (code {response.json()['error']['code']}); retrying in {retry_after} s")
    time.sleep(retry_after)
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
