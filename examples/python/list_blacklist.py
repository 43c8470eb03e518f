"""List blacklisted numbers: GET /v1/blacklist (scope blacklist:read).

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
import json
import os
import sys

import requests

SIGFOLLOW_BASE_URL = os.environ.get("SIGFOLLOW_BASE_URL") or "https://api.sigfollow.com"
SIGFOLLOW_API_KEY = os.environ.get("SIGFOLLOW_API_KEY") or "sflo_live_xxx"

response = requests.get(
    f"{SIGFOLLOW_BASE_URL}/v1/blacklist",
    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
    params={"limit": "25"},
    timeout=30,
)
data = response.json()
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
