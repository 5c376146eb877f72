"""The review console under load: a store manager's inbox with 10,000 drafts waiting for her decision, and a
draft page with 200 findings. Server time (request to last byte, keep-alive over loopback TCP, as a browser on
the same machine sees it) p50/p99, and page weight (the HTML, no images). Target: p99 <= 50 ms, <= 100 KB.

Peer in the same run: nginx serving the same bytes as a static file over the same kind of connection - the floor
for sending a page of that size, so the ratio says what building the page costs on top.
"""
import http.client
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time

from e2e import Program, UnixHTTP, pct

WORKFLOW = """apiVersion: kos/v1
kind: Workflow
id: bench-console
guidelines: [prc-advertising-law]
steps:
  - id: guidelines
    check: {}
  - id: store-manager
    approval: {groups: [store-managers]}
"""

CLAIMS = ["最好", "第一品牌", "全网最低价", "国家级", "顶级", "最佳", "史无前例", "独一无二", "万能", "绝对"]


def draft(i, findings=0):
    body = "#广告 这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。"
    if findings:
        # One claim a sentence, each a finding of the advertising-law pack.
        body += "".join(f"第{n}句：这是{CLAIMS[n % len(CLAIMS)]}的面料。" for n in range(findings))
    return f"---\ntitle: 秋冬新季 {i}\nplatforms: [xiaohongshu]\nworkflow: bench-console\n---\n{body}\n"


def timed(host, port, path, cookie, n):
    conn = http.client.HTTPConnection(host, port, timeout=60)
    times, size = [], 0
    for _ in range(n):
        t0 = time.perf_counter()
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        r = conn.getresponse()
        body = r.read()
        times.append((time.perf_counter() - t0) * 1000)
        if r.status != 200:
            raise SystemExit(f"console bench: GET {path} answered {r.status}: {body[:300]!r}")
        size = len(body)
    conn.close()
    return times, size, body


def bench_console(kosd, kos, n=10_000, findings=200, requests=200):
    print(f"\n## review console: an inbox of {n:,} waiting drafts, a draft page with {findings} findings")
    work = tempfile.mkdtemp(prefix="kos-bench-console-")
    try:
        program = Program(kosd, work, WORKFLOW)
        manager = subprocess.run([kosd, "token", "create", "--database", program.db, "--user", "zhang.wei", "--role", "reviewer",
                                  "--group", "store-managers", "--store", "SH-IFC"], check=True, capture_output=True, text=True).stdout.strip()
        port = int(subprocess.run(["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"],
                                  check=True, capture_output=True, text=True).stdout)
        daemon = program.serve(2, extra=["--listen", f"127.0.0.1:{port}", "--batch-size", "64"])
        try:
            def load(worker, threads=8):
                conn = UnixHTTP(program.sock)
                for i in range(worker, n + 1, threads):
                    content = draft(i, findings if i == n else 0)
                    conn.request("POST", "/v1/drafts", body=json.dumps({"content": content}).encode(),
                                 headers={"Authorization": f"Bearer {program.token}", "Idempotency-Key": f"c-{i}", "Content-Type": "application/json"})
                    r = conn.getresponse()
                    r.read()
                    if r.status != 201:
                        raise SystemExit(f"console bench: submit answered {r.status}")
            threads = [threading.Thread(target=load, args=(w,)) for w in range(8)]
            started = time.time()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            # Wait until every clean draft waits at the approval and the one with findings is blocked.
            conn = UnixHTTP(program.sock)
            while True:
                conn.request("GET", "/v1/inbox", headers={"Authorization": f"Bearer {manager}"})
                r = conn.getresponse()
                waiting = len(json.loads(r.read()))
                if waiting >= n or time.time() - started > 600:
                    break
                time.sleep(1)
            print(f"{waiting:,} drafts waiting in zhang.wei's inbox after {time.time() - started:.0f} s")
            conn.request("GET", "/v1/drafts?state=blocked", headers={"Authorization": f"Bearer {program.token}"})
            blocked = json.loads(conn.getresponse().read())
            if not blocked:
                raise SystemExit("console bench: the draft with findings was not blocked")
            link = subprocess.run([kos, "review-link", "--server", f"http://127.0.0.1:{port}", "--token", manager],
                                  check=True, capture_output=True, text=True).stdout.strip()
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            c.request("GET", link[len(f"http://127.0.0.1:{port}"):])
            r = c.getresponse()
            r.read()
            cookie = r.getheader("Set-Cookie").split(";")[0]
            c.close()

            rows = []
            for name, path in [("inbox", "/console"), (f"draft page, {findings} findings", f"/console/drafts/{blocked[0]['id']}")]:
                times, size, body = timed("127.0.0.1", port, path, cookie, requests)
                marks = body.count(b'<mark class="finding"')
                rows.append((name, path, times, size, body, marks))
        finally:
            daemon.terminate()
            daemon.wait(timeout=30)

        # The peer: nginx sending the same bytes from a file.
        for name, path, times, size, body, marks in rows:
            file = os.path.join(work, "page.html")
            open(file, "wb").write(body)
            # nginx's workers read as an unprivileged user.
            os.chmod(work, 0o755)
            os.chmod(file, 0o644)
            # start_nginx answers 204 on every path; serve the page with a second server block instead.
            conf = os.path.join(work, "static.conf")
            sport = int(subprocess.run(["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"],
                                       check=True, capture_output=True, text=True).stdout)
            open(conf, "w").write(f"worker_processes 1;\ndaemon off;\npid {work}/static.pid;\nerror_log {work}/static-error.log crit;\n"
                                  f"events {{ worker_connections 64; }}\nhttp {{ access_log off; keepalive_requests 1000000;\n"
                                  f"  server {{ listen 127.0.0.1:{sport}; root {work}; location / {{ default_type text/html; }} }} }}\n")
            server = subprocess.Popen(["/usr/sbin/nginx", "-c", conf, "-p", work], stderr=subprocess.DEVNULL)
            try:
                for _ in range(100):
                    try:
                        http.client.HTTPConnection("127.0.0.1", sport, timeout=1).request("HEAD", "/page.html")
                        break
                    except OSError:
                        time.sleep(0.05)
                peer, _, _ = timed("127.0.0.1", sport, "/page.html", None, requests)
            finally:
                server.terminate()
                server.wait(timeout=10)
            print(f"{name}: {size / 1024:.1f} KB of HTML, {marks} findings marked (target: p99 <= 50 ms, <= 100 KB)")
            for q, label in [(0.5, "p50"), (0.99, "p99")]:
                ours, theirs = pct(times, q), pct(peer, q)
                print(f"{name + ' ' + label + ' (peer: nginx, same bytes)':<44} ours {ours:>10.1f} ms     peer {theirs:>10.1f} ms     ratio {theirs / ours:>6.2f}x")
    finally:
        if not os.environ.get("KOS_BENCH_KEEP"):
            shutil.rmtree(work, ignore_errors=True)
