"""Assign a tag to a contact: POST /v1/contacts/{contactId}/tags (scope contacts:write).

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
if not response.ok:
    error = data["error"]
    sys.exit(f"HTTP {response.status_code}: (#{error['code']}) {error['message']} {error.get('error_data', {}).get('details', '')}")
print(json.dumps(data, indent=2))
