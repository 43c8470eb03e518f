"""Create recipe 2: named body variables: POST /v1/{wabaId}/message_templates (scope templates:write).

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
        "name": "order_shipped_named",
        "language": "en_US",
        "category": "UTILITY",
        "parameter_format": "NAMED",
        "components": [
            {
                "type": "BODY",
                "text": "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.",
                "example": {
                    "body_text_named_params": [
                        {
                            "param_name": "customer_name",
                            "example": "Alice"
                        },
                        {
                            "param_name": "order_id",
                            "example": "ORD-90211"
                        },
                        {
                            "param_name": "ship_date",
                            "example": "Apr 22"
                        }
                    ]
                }
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
