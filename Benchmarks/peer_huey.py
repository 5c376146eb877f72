"""The end-to-end peer: the same four-step chain as kosflow's benchmark workflow, as huey tasks on SQLite
with fsync (synchronous=FULL, as kosd), each step enqueued by the previous one, the publish a real HTTP POST
signed like Standard Webhooks to the same keep-alive receiver.
"""
import http.client
import json
import os

from huey import SqliteHuey

from peer_chain import findings, signed_headers

huey = SqliteHuey(filename=os.environ.get("HUEY_DB", "huey.db"), fsync=True, timeout=60)
PORT = int(os.environ.get("RECEIVER_PORT", "0"))
_conn = None


@huey.task()
def check(n, title, body):
    if not findings(title, body):
        approve(n, title, body)


@huey.task()
def approve(n, title, body):
    render(n, title, body)


@huey.task()
def render(n, title, body):
    publish(n, json.dumps({"title": title, "body": body, "creator": "li.na"}, ensure_ascii=False))


@huey.task()
def publish(n, payload):
    global _conn
    data = payload.encode()
    headers = signed_headers(n, data)
    for attempt in range(3):
        try:
            if _conn is None:
                _conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
            _conn.request("POST", "/gateway", body=data, headers=headers)
            _conn.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            _conn = None
    raise RuntimeError("receiver unreachable")
