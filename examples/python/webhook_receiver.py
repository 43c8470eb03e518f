"""Receive WhatsApp webhooks: the handshake, the signature check, every event printed.

Standard library only: http.server, hmac, json. Meta signs the raw body with your app secret
(X-Hub-Signature-256: sha256=<hex HMAC-SHA256>); check it over the bytes received, before parsing.
WHATSAPP_APP_SECRET=... WHATSAPP_VERIFY_TOKEN=... python3 webhook_receiver.py

Generated from examples/catalog.mjs by `pnpm generate`; edit the catalog, not this file.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

APP_SECRET = os.environ.get("WHATSAPP_APP_SECRET") or sys.exit("Set WHATSAPP_APP_SECRET")
VERIFY_TOKEN = os.environ.get("WHATSAPP_VERIFY_TOKEN") or sys.exit("Set WHATSAPP_VERIFY_TOKEN")
PORT = int(os.environ.get("PORT") or "3000")
HOST = os.environ.get("HOST") or "127.0.0.1"
MAX_BODY_BYTES = 4 * 1024 * 1024  # Meta's payloads stay under 3 MB


def signature_ok(body: bytes, header: str | None) -> bool:
    """HMAC-SHA256 of the raw body under the app secret, compared in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().lower().encode("utf-8", "replace"))


def describe_message(message: dict) -> str:
    kind = message.get("type")
    detail = None
    if kind == "text":
        detail = message["text"]["body"]
    elif kind == "button":
        detail = message["button"]["payload"]  # the quick-reply payload you sent
    elif kind == "interactive":
        interactive = message["interactive"]
        reply = interactive.get("button_reply") or interactive.get("list_reply")
        detail = reply["id"] if reply else interactive.get("type")
    sender = message.get("from") or message.get("from_user_id")
    line = f"message {kind} {message.get('id')} from {sender}"
    return line if detail is None else f"{line}: {detail}"


def events(payload: dict):
    """One line per event of every entry and change, in payload order:
      message            message <type> <wamid> from <from or from_user_id>[: <detail>]
      status             status <status> <wamid> to <recipient_id or recipient_user_id>[ error <code>]
      error              error <code>
      template_status    template_status <event> <template name>
      template_quality   template_quality <new_quality_score> <template name>
      template_category  template_category <new_category> <template name>
      unknown            unknown <field>
    """
    for entry in payload.get("entry") or []:
        for change in entry.get("changes") or []:
            field, value = change.get("field"), change.get("value") or {}
            if field == "messages":
                for message in value.get("messages") or []:
                    yield describe_message(message)
                for status in value.get("statuses") or []:
                    recipient = status.get("recipient_id") or status.get("recipient_user_id")
                    errors = status.get("errors") or []
                    error = f" error {errors[0]['code']}" if errors else ""
                    yield f"status {status['status']} {status['id']} to {recipient}{error}"
                for error in value.get("errors") or []:
                    yield f"error {error['code']}"
            elif field == "message_template_status_update":
                yield f"template_status {value['event']} {value['message_template_name']}"
            elif field == "message_template_quality_update":
                yield f"template_quality {value['new_quality_score']} {value['message_template_name']}"
            elif field == "template_category_update":
                yield f"template_category {value['new_category']} {value['message_template_name']}"
            else:
                yield f"unknown {field}"  # a field this receiver does not handle: never an error


class WebhookHandler(BaseHTTPRequestHandler):
    def answer(self, status: int, text: str) -> None:
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """The subscription handshake: echo hub.challenge when the verify token matches."""
        query = parse_qs(urlparse(self.path).query)
        mode, token, challenge = (query.get(k, [""])[0] for k in ("hub.mode", "hub.verify_token", "hub.challenge"))
        if mode == "subscribe" and challenge and hmac.compare_digest(token.encode(), VERIFY_TOKEN.encode()):
            self.answer(200, challenge)
        else:
            self.answer(403, "Forbidden")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            return self.answer(413, "Payload Too Large")
        body = self.rfile.read(length)
        if not signature_ok(body, self.headers.get("X-Hub-Signature-256")):
            return self.answer(401, "Invalid signature")
        try:
            payload = json.loads(body)
        except ValueError:
            return self.answer(400, "Malformed JSON")
        if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
            return self.answer(400, "Not a WhatsApp webhook")
        # Meta retries any answer but 200 and delivers duplicates: handle events idempotently
        # (dedupe on the WAMID, and the status for statuses).
        for line in events(payload):
            print(line, flush=True)
        self.answer(200, "OK")

    def log_message(self, format, *args) -> None:  # keep the output to the events
        pass


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    server = ThreadingHTTPServer((HOST, PORT), WebhookHandler)
    print(f"Listening on http://{server.server_address[0]}:{server.server_address[1]}/webhook", flush=True)
    server.serve_forever()
