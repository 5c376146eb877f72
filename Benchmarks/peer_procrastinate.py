"""The PostgreSQL peer: the same four-step chain as kosflow's benchmark workflow (check, approve, render,
publish), as procrastinate tasks on PostgreSQL, each step deferred by the previous one, the publish a real HTTP
POST signed like Standard Webhooks to the same keep-alive receiver.
"""
import http.client
import json
import os

import procrastinate

from peer_chain import findings, signed_headers

app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=os.environ.get("PEER_POSTGRES", "")))
PORT = int(os.environ.get("RECEIVER_PORT", "0"))


@app.task(name="check")
async def check(n, title, body):
    if not findings(title, body):
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
    headers = signed_headers(n, data)
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    conn.request("POST", "/gateway", body=data, headers=headers)
    conn.getresponse().read()
    conn.close()
