"""Signed webhook deliveries to a local keep-alive sink (nginx from Debian answering 204), each attempt durably
recorded in kosd's store (SQLite, synchronous=FULL; two workers, batches of 256): deliveries a second and attempt
latency p50/p99. Drafts are
submitted through the API into a one-step workflow (publish) and queued before the workers start sending, so the
figure is the sending, not the submitting.

Peer in the same run: the `curl` command line POSTing the same number of bodies to the same sink with
`--parallel` (no signing, no recording).

Both rates are timed the same way, by the sink: nginx logs each request's time ($msec), and a side's clock runs
from the first request it logged for that side to the last.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from e2e import Program, UnixHTTP, pct  # noqa: E402

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
WORKFLOW = """apiVersion: kos/v1
kind: Workflow
id: bench-deliveries
steps:
  - id: publish
    publish: {endpoint: sink, template: note.mustache}
---
apiVersion: kos/v1
kind: Endpoint
id: sink
url: http://127.0.0.1:PORT/hook
secret: env:KOS_BENCH_SECRET
allow_private_network: true
"""
TEMPLATE = '{{% CONTENT_TYPE: JSON }}\n{"title": "{{draft.title}}", "body": "{{draft.body}}", "creator": "{{creator.id}}", "run": "{{run.id}}"}\n'
NGINX = """worker_processes 1;
daemon off;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log crit;
events {{ worker_connections 1024; }}
http {{
  log_format sink '$msec $request_uri';
  access_log {work}/sink.log sink;
  client_body_temp_path {work}/body;
  keepalive_requests 1000000;
  keepalive_timeout 60s;
  server {{
    listen 127.0.0.1:{port};
    location / {{ return 204; }}
  }}
}}
"""


def free_port():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_nginx(work):
    port = free_port()
    os.makedirs(os.path.join(work, "body"), exist_ok=True)
    conf = os.path.join(work, "nginx.conf")
    open(conf, "w").write(NGINX.format(work=work, port=port))
    nginx = subprocess.Popen(["/usr/sbin/nginx", "-c", conf, "-p", work], stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            import socket
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return nginx, port


def sink_log(work):
    return os.path.join(work, "sink.log")


def sink_offset(work):
    return os.path.getsize(sink_log(work)) if os.path.exists(sink_log(work)) else 0


def sink_span(work, path, offset, n, timeout=10):
    """The requests nginx logged for `path` after byte `offset` of its log: (count, seconds from the first to the
    last). Waits up to `timeout` for n of them: nginx writes a line once it has answered."""
    deadline = time.time() + timeout
    while True:
        ats = []
        if os.path.exists(sink_log(work)):
            with open(sink_log(work)) as f:
                f.seek(offset)
                ats = [float(line.split()[0]) for line in f if line.split()[1:2] == [path]]
        if len(ats) >= n or time.time() > deadline:
            break
        time.sleep(0.05)
    if len(ats) < 2:
        return len(ats), float("nan")
    return len(ats), max(0.001, max(ats) - min(ats))


def ours(kosd, port, work, n, workers=2):
    program = Program(kosd, work, WORKFLOW.replace("PORT", str(port)), TEMPLATE)
    db, sock, token = program.db, program.sock, program.token
    env = dict(os.environ, KOS_BENCH_SECRET=SECRET)
    # Queue the drafts before anything is sent: the first daemon has no secret for the sink, so its worker fails
    # each delivery before a request leaves; the queue is then reset and the measured daemon starts.
    daemon = program.serve(1, env=dict(env, KOS_BENCH_SECRET=""))

    def load(worker, threads=8):
        conn = UnixHTTP(sock)
        for i in range(worker, n, threads):
            content = f"---\ntitle: 秋冬新季 {i}\nplatforms: [xiaohongshu]\nworkflow: bench-deliveries\n---\n#广告 这周店里到了秋冬新季的 Arco 33。\n"
            conn.request("POST", "/v1/drafts", body=json.dumps({"content": content}).encode(),
                         headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"d-{i}", "Content-Type": "application/json"})
            r = conn.getresponse()
            r.read()

    threads = [threading.Thread(target=load, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    daemon.terminate()
    daemon.wait(timeout=30)
    con = sqlite3.connect(db, timeout=30)
    # Back to the queue, as if nothing had been tried.
    with con:
        con.execute("DELETE FROM delivery_attempts")
        con.execute("DELETE FROM deliveries")
        con.execute("UPDATE runs SET state = 'running', reason = NULL")
        con.execute("UPDATE steps SET state = 'pending', due_at = 0, epoch = epoch + 1, lease_owner = NULL, lease_until = NULL, outcome = NULL")
        con.execute("DELETE FROM step_completions")
    offset = sink_offset(work)
    start = time.time()
    daemon = program.serve(workers, env=env, extra=["--batch-size", "256"])
    try:
        while time.time() < start + 300:
            done = con.execute("SELECT COUNT(*) FROM deliveries WHERE state = 'delivered'").fetchone()[0]
            if done >= n:
                break
            time.sleep(0.1)
        rows = con.execute("SELECT a.at, a.latency_ms FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.state = 'delivered'").fetchall()
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    con.close()
    if len(rows) < n:
        sys.exit(f"deliveries: {len(rows)} of {n} delivered\n{program.tail()}")
    # The clock (as curl's): from the first request the sink received from us to the last, by the sink's log.
    sent, elapsed = sink_span(work, "/hook", offset, n)
    if sent < n:
        sys.exit(f"deliveries: the sink logged {sent} of {n} requests from kosd")
    return n / elapsed, pct([r[1] for r in rows], 0.5), pct([r[1] for r in rows], 0.99)


def peer(port, work, n, parallel=16):
    body = os.path.join(work, "body.json")
    open(body, "w").write(json.dumps({"title": "秋冬新季", "body": "#广告 这周店里到了秋冬新季的 Arco 33。", "creator": "li.na", "run": "r-1"}))
    config = os.path.join(work, "curl.conf")
    with open(config, "w") as f:
        for i in range(n):
            f.write(f'url = "http://127.0.0.1:{port}/peer"\noutput = "/dev/null"\n')
    offset = sink_offset(work)
    subprocess.run(["curl", "--parallel", "--parallel-max", str(parallel), "--silent", "--show-error", "--no-progress-meter", "--fail", "-H", "content-type: application/json",
                    "--data-binary", f"@{body}", "-K", config], check=True)
    # The clock (as ours): from the first request the sink received from curl to the last, by the sink's log.
    sent, elapsed = sink_span(work, "/peer", offset, n)
    if sent < n:
        sys.exit(f"deliveries: the sink logged {sent} of {n} requests from curl")
    return n / elapsed


def bench_deliveries(kosd, n=20000):
    print(f"\n## deliveries: {n:,} signed webhooks to nginx answering 204, each attempt recorded (SQLite, synchronous=FULL)")
    work = tempfile.mkdtemp(prefix="kos-bench-deliveries-")
    nginx, port = start_nginx(work)
    try:
        rate, p50, p99 = ours(kosd, port, work, n)
        theirs = peer(port, work, n)
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
        if not os.environ.get("KOS_BENCH_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
    print(f"attempt latency (request to answer, in the worker): p50 {p50} ms, p99 {p99} ms")
    print("both rates: first to last request as logged by the sink (nginx $msec), start-up excluded on both sides")
    print(f"{'deliveries/s (curl --parallel, unsigned)':<44} ours {rate:>10.1f} /s     peer {theirs:>10.1f} /s     ratio {rate / theirs:>6.2f}x (ours/peer)")


if __name__ == "__main__":
    bench_deliveries(os.path.abspath(sys.argv[1]))
