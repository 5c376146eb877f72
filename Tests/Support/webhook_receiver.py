"""A webhook receiver for tests: verifies Standard Webhooks signatures with the independent
`standardwebhooks` package, and again with `svix` (PyPI), and records what it saw, one JSON line per request.

Usage: webhook_receiver.py SECRET RECORD_FILE. Prints the port it listens on (127.0.0.1), then serves until killed.
Paths: /ok (204 when the signature verifies, 401 when not), /delay/MS (the same, after MS milliseconds), /status/NNN, /redirect (302 to /ok),
/slow (answers after 3 s), /big (1 MiB body), /retry-after (503 with Retry-After: 7); hostile ones: /hang (never
answers), /trickle (200, then a body at one byte a second), /huge (a 50 MB body), /reset (drops the connection with
a TCP reset), /garbage (answers something that is not HTTP), /abort (500 asking the sender not to retry); and
/fail-first/N (503 for the first N requests of each webhook-id, then as /ok); /fetch-media (as a gateway does:
downloads every medium the payload links, checks its SHA-256 and size, and checks that the same link with its
signature changed is refused; 204 only when every medium verifies, 422 otherwise; the record says what it found).
"""
import hashlib
import urllib.error
import urllib.request
import collections
import socket
import threading
import struct
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from standardwebhooks.webhooks import Webhook
from svix.webhooks import Webhook as SvixWebhook

SECRET, RECORD = sys.argv[1], sys.argv[2]
seen_ids = collections.Counter()
# Requests being handled right now: each record says how many were, its own included ("in_flight").
in_flight = [0]
in_flight_lock = threading.Lock()
hook = Webhook(SECRET)
svix_hook = SvixWebhook(SECRET)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        with in_flight_lock:
            in_flight[0] += 1
            now_in_flight = in_flight[0]
        self.counted = True
        try:
            self.answer(now_in_flight)
        finally:
            self.done()

    def done(self):
        # Called before the answer leaves (and again, harmlessly, after): a sender that waits for this answer
        # before sending its next request never finds this one still counted.
        if self.counted:
            self.counted = False
            with in_flight_lock:
                in_flight[0] -= 1

    def answer(self, now_in_flight):
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        headers = {k.lower(): v for k, v in self.headers.items()}
        try:
            hook.verify(body, headers)
            verified = True
        except Exception as e:  # noqa: BLE001 - any failure is "not verified"
            verified = False
        try:
            svix_hook.verify(body, headers)
            svix_verified = True
        except Exception:  # noqa: BLE001
            svix_verified = False
        media = fetch_media(body) if self.path == "/fetch-media" else None
        with open(RECORD, "a", encoding="utf-8") as f:
            f.write(json.dumps({"path": self.path, "media": media, "id": headers.get("webhook-id"), "verified": verified, "svix_verified": svix_verified, "at": time.time(), "in_flight": now_in_flight,
                                "signatures": headers.get("webhook-signature", "").count("v1,"),
                                "body": body.decode("utf-8", "replace")}) + "\n")
        if self.path.startswith("/delay/"):
            time.sleep(int(self.path.rsplit("/", 1)[1]) / 1000)
            self.done()
            self.send_response(204 if verified else 401)
            self.end_headers()
        elif self.path == "/fetch-media":
            good = verified and media and all(m["sha256_ok"] and m["size_ok"] and m["tampered_status"] == 403 for m in media)
            self.send_response(204 if good else 422)
            self.end_headers()
        elif self.path == "/ok" or self.path.startswith("/ok/"):
            self.send_response(204 if verified else 401)
            self.end_headers()
        elif self.path.startswith("/status/"):
            self.send_response(int(self.path.rsplit("/", 1)[1]))
            self.end_headers()
        elif self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/ok")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(3)
            self.send_response(204)
            self.end_headers()
        elif self.path == "/big":
            payload = b"x" * (1 << 20)
            self.send_response(200)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        elif self.path == "/retry-after":
            self.send_response(503)
            self.send_header("Retry-After", "7")
            self.end_headers()
        elif self.path.startswith("/fail-first/"):
            seen_ids[headers.get("webhook-id")] += 1
            ok = seen_ids[headers.get("webhook-id")] > int(self.path.rsplit("/", 1)[1])
            self.send_response((204 if verified else 401) if ok else 503)
            self.end_headers()
        elif self.path == "/hang":
            time.sleep(60)
        elif self.path == "/trickle":
            self.send_response(200)
            self.send_header("content-length", "60")
            self.end_headers()
            for _ in range(60):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
        elif self.path == "/huge":
            chunk = b"x" * (1 << 20)
            self.send_response(200)
            self.send_header("content-length", str(50 * len(chunk)))
            self.end_headers()
            for _ in range(50):
                self.wfile.write(chunk)
        elif self.path == "/reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
        elif self.path == "/garbage":
            self.wfile.write(b"\x00\xffthis is not HTTP\r\n\r\n")
            self.close_connection = True
        elif self.path == "/abort":
            self.send_response(500)
            self.send_header("Webhook-Abort-Retries", "true")
            self.end_headers()
        else:
            self.send_response(404)
            self.end_headers()


def linked_media(value):
    """Every object in the payload with a `url` and a `sha256`: a medium as the templates write it."""
    if isinstance(value, dict):
        if isinstance(value.get("url"), str) and isinstance(value.get("sha256"), str):
            yield value
        for v in value.values():
            yield from linked_media(v)
    elif isinstance(value, list):
        for v in value:
            yield from linked_media(v)


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read(), r.headers.get("content-type")
    except urllib.error.HTTPError as e:
        return e.code, b"", None


def fetch_media(body):
    try:
        payload = json.loads(body)
    except ValueError:
        return []
    found = []
    for m in linked_media(payload):
        status, data, ctype = status_of(m["url"]) if m["url"] else (None, b"", None)
        sig = m["url"].rsplit("sig=", 1)
        tampered = sig[0] + "sig=" + ("0" if sig[1][:1] != "0" else "1") + sig[1][1:] if len(sig) == 2 else m["url"]
        found.append({"url": m["url"], "status": status, "content_type": ctype, "sha256_ok": hashlib.sha256(data).hexdigest() == m["sha256"],
                      "size_ok": len(data) == m.get("size"), "tampered_status": status_of(tampered)[0] if m["url"] else None})
    return found


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
sys.stdout.write(f"{server.server_address[1]}\n")
sys.stdout.flush()
server.serve_forever()
