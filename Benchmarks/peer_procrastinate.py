"""The PostgreSQL peer: the same four-step chain as kosflow's benchmark workflow (check, approve, render,
publish), as procrastinate tasks on PostgreSQL, each step deferred by the previous one, the publish a real HTTP
POST signed like Standard Webhooks to the same keep-alive receiver.
"""
import base64
import hashlib
import hmac
import http.client
import json
import os
import time

import ahocorasick
import procrastinate

app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=os.environ.get("PEER_POSTGRES", "")))
TERMS = ["全网最低价", "最低价", "第一", "最好", "顶级", "国家级", "绝对", "史上最", "微信", "手机号"]
automaton = ahocorasick.Automaton()
for t in TERMS:
    automaton.add_word(t, t)
automaton.make_automaton()
SECRET = base64.b64decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
PORT = int(os.environ.get("RECEIVER_PORT", "0"))


@app.task(name="check")
async def check(n, title, body):
    if not [term for _, term in automaton.iter(title + "\n" + body)]:
        await approve.defer_async(n=n, title=title, body=body)


@app.task(name="approve")
async def approve(n, title, body):
    await render.defer_async(n=n, title=title, body=body)


@app.task(name="render")
async def render(n, title, body):
    await publish.defer_async(n=n, payload=json.dumps({"title": title, "body": body, "creator": "li.na"}, ensure_ascii=False))


@app.task(name="publish")
def publish(n, payload):
    data = payload.encode()
    msg_id = f"msg_{n}"
    ts = str(int(time.time()))
    sig = base64.b64encode(hmac.new(SECRET, f"{msg_id}.{ts}.".encode() + data, hashlib.sha256).digest()).decode()
    headers = {"content-type": "application/json", "webhook-id": msg_id, "webhook-timestamp": ts, "webhook-signature": f"v1,{sig}"}
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    conn.request("POST", "/gateway", body=data, headers=headers)
    conn.getresponse().read()
    conn.close()
