"""The end-to-end peer: the same four-step chain as kosflow's benchmark workflow, as huey tasks on SQLite
with fsync (synchronous=FULL, as kosd), each step enqueued by the previous one, the publish a real HTTP POST
signed like Standard Webhooks to the same keep-alive receiver.
"""
import base64
import hashlib
import hmac
import http.client
import json
import os
import time

import ahocorasick
from huey import SqliteHuey

huey = SqliteHuey(filename=os.environ.get("HUEY_DB", "huey.db"), fsync=True)
TERMS = ["全网最低价", "最低价", "第一", "最好", "顶级", "国家级", "绝对", "史上最", "微信", "手机号"]
automaton = ahocorasick.Automaton()
for t in TERMS:
    automaton.add_word(t, t)
automaton.make_automaton()
SECRET = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
PORT = int(os.environ.get("RECEIVER_PORT", "0"))
_conn = None


@huey.task()
def check(n, title, body):
    findings = [term for _, term in automaton.iter(title + "\n" + body)]
    if not findings:
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
    msg_id = f"msg_{n}"
    ts = str(int(time.time()))
    sig = base64.b64encode(hmac.new(SECRET, f"{msg_id}.{ts}.".encode() + data, hashlib.sha256).digest()).decode()
    headers = {"content-type": "application/json", "webhook-id": msg_id, "webhook-timestamp": ts, "webhook-signature": f"v1,{sig}"}
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
