"""Handle the 20-tag cap (409): POST /v1/contacts/{contactId}/tags (scope contacts:write).

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
import json
import os
import sys
from urllib.parse import quote

import requests

SIGFOLLOW_BASE_URL = os.environ.get("SIGFOLLOW_BASE_URL") or "https://api.sigfollow.com"
SIGFOLLOW_API_KEY = os.environ.get("SIGFOLLOW_API_KEY") or "sflo_live_xxx"
CONTACT_ID = os.environ.get("CONTACT_ID") or "cm5xy123"
TAG_ID = os.environ.get("TAG_ID") or "cm5tag42abcdef"

response = requests.post(
    f"{SIGFOLLOW_BASE_URL}/v1/contacts/{quote(CONTACT_ID, safe='')}/tags",
    headers={"Authorization": f"Bearer {SIGFOLLOW_API_KEY}"},
    json={
        "tag_id": TAG_ID,
        "reason": "Imported from Salesforce VIP list"
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
    if response.status_code == 409 and error["code"] == 131000 and error_data.get("reason") == "tag_limit_reached":
        print(f"Expected refusal: code {error['code']}, reason {error_data['reason']}: {error_data.get('details', error['message'])}")
    else:
        sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']}")
