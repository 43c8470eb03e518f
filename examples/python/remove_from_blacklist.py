"""Remove a number from the blacklist: DELETE /v1/blacklist/{phone} (scope blacklist:write).

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
import json
import os
import sys
from urllib.parse import quote

import requests

SIGFOLLOW_BASE_URL = os.environ.get("SIGFOLLOW_BASE_URL") or "https://api.sigfollow.com"
SIGFOLLOW_API_KEY = os.environ.get("SIGFOLLOW_API_KEY") or "sflo_live_xxx"
RECIPIENT_PHONE = os.environ.get("RECIPIENT_PHONE") or "{{Recipient-Phone-Number}}"

response = requests.delete(
    f"{SIGFOLLOW_BASE_URL}/v1/blacklist/{quote(RECIPIENT_PHONE, safe='')}",
    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
    timeout=30,
)
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
