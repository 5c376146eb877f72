"""End-to-end benchmark: drafts submitted through kosd's API into a four-step workflow (check, auto-approval,
publish, notify) on SQLite with synchronous=FULL, delivered to a local keep-alive receiver; and the peer, huey on
SQLite with fsync, running the same chain (check, approve, render, publish) to the same kind of receiver.

Reports runs/s and submit-to-delivery latency (p50/p99) for both, and kosflow's step-to-step gaps.
"""
import http.client
import json
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from load import busy  # noqa: E402
try:
    from importlib.metadata import version
    HUEY_VERSION = version("huey")
except Exception:  # noqa: BLE001
    HUEY_VERSION = "?"
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

WORKFLOW = """apiVersion: kos/v1
kind: Workflow
id: bench-flow
guidelines: [prc-advertising-law, client-privacy]
steps:
  - id: guidelines
    check: {}
  - id: store-manager
    approval: {groups: [store-managers], auto_approve: "findings.errors == 0"}
  - id: publish
    publish: {endpoint: gateway, template: note.mustache}
  - id: tell-agency
    notify: {endpoint: agency, template: note.mustache}
---
apiVersion: kos/v1
kind: Endpoint
id: gateway
url: http://127.0.0.1:PORT/gateway
secret: env:KOS_BENCH_SECRET
allow_private_network: true
---
apiVersion: kos/v1
kind: Endpoint
id: agency
url: http://127.0.0.1:PORT/agency
secret: env:KOS_BENCH_SECRET
allow_private_network: true
"""
TEMPLATE = '{{% CONTENT_TYPE: JSON }}\n{"title": "{{draft.title}}", "body": "{{draft.body}}", "creator": "{{creator.id}}", "run": "{{run.id}}"}\n'


def draft(n):
    return (f"---\ntitle: 秋冬新季 Arco 手袋 bench-{n}\nplatforms: [xiaohongshu]\nworkflow: bench-flow\n---\n"
            "#广告 这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。分享三种背法：手提、肘弯，以及加一条细肩带做斜挎。\n")


def start_receiver(python, record):
    proc = subprocess.Popen([python, os.path.join(HERE, "receiver.py"), record], stdout=subprocess.PIPE)
    port = int(proc.stdout.readline())
    return proc, port


def arrivals(record, path, duplicates=None):
    """The first arrival at `path` of each draft number (an int), and its time; a later arrival of the same number
    is a duplicate delivery, listed in `duplicates` when given."""
    seen = {}
    with open(record) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3 or parts[1] != path:
                continue
            marker = int(parts[0])  # the keys are ints: compare ints, never the raw string
            if marker in seen:
                if duplicates is not None:
                    duplicates.append(marker)
            else:
                seen[marker] = float(parts[2])
    return seen


def duplicate_deliveries(record, paths):
    """Each path's draft numbers that arrived more than once (empty when every delivery arrived once)."""
    found = {}
    for path in paths:
        dups = []
        arrivals(record, path, dups)
        if dups:
            found[path] = sorted(set(dups))
    return found


def stop_receiver(receiver, record, paths, who):
    """Stops the receiver once what it has received is on disk, then fails the benchmark loudly if any draft was
    delivered more than once to any of `paths`. Call it after the senders have stopped."""
    time.sleep(0.2)  # the receiver flushes its record every 50 ms
    found = duplicate_deliveries(record, paths)
    receiver.terminate()
    receiver.wait(timeout=30)
    if found:
        sys.exit(f"{who}: DUPLICATE DELIVERIES, the benchmark is void: "
                 + "; ".join(f"{path}: {len(d)} drafts more than once, e.g. {d[:10]}" for path, d in found.items()))


def wait_for(record, path, n, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        got = arrivals(record, path)
        if len(got) >= n:
            return got
        time.sleep(0.05)
    return arrivals(record, path)


class UnixHTTP(http.client.HTTPConnection):
    def __init__(self, path):
        super().__init__("kosd", timeout=30)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(30)
        self.sock.connect(self.path)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


class Program:
    """A kosd program in a scratch folder: the workflow file and template, a store with li.na's token, and the
    daemon serving it on a Unix socket (started by `serve`, which waits until the API listens)."""

    def __init__(self, kosd, work, workflow, template=None):
        self.kosd, self.work = kosd, work
        os.makedirs(os.path.join(work, "Workflows"))
        os.makedirs(os.path.join(work, "Templates"))
        open(os.path.join(work, "Workflows/bench.yaml"), "w").write(workflow)
        if template:
            open(os.path.join(work, "Templates/note.mustache"), "w").write(template)
        self.db, self.sock = os.path.join(work, "kos.db"), os.path.join(work, "kosd.sock")
        self.token = subprocess.run([kosd, "token", "create", "--database", self.db, "--user", "li.na", "--role", "creator", "--store", "SH-IFC"],
                                    check=True, capture_output=True, text=True).stdout.strip()
        self.log_path = os.path.join(work, "kosd.log")
        self.log = open(self.log_path, "ab")

    def serve(self, workers, env=None, extra=()):
        daemon = subprocess.Popen([self.kosd, "serve", "--database", self.db, "--socket", self.sock, "--workers", str(workers),
                                   "--rate-limit", "1000000/s", "--workflows", os.path.join(self.work, "Workflows"),
                                   "--templates", os.path.join(self.work, "Templates"), *extra], env=env, stderr=self.log)
        # The log is shared by every start: wait for this start's "listening".
        offset = os.path.getsize(self.log_path)
        for _ in range(400):
            with open(self.log_path) as f:
                f.seek(offset)
                if "listening" in f.read():
                    break
            time.sleep(0.05)
        return daemon

    def tail(self):
        return open(self.log_path).read()[-2000:]


def submit_drafts(sockets, token, n, concurrency, rate=None):
    """POSTs drafts 0..n-1 from `concurrency` clients, round-robin over the API sockets; open loop at `rate` a
    second when given. Returns when each was sent (by draft number) and the statuses that were not 201."""
    submitted, errors = {}, []
    start = time.time() + 0.2

    def load(worker):
        conns = [UnixHTTP(s) for s in sockets]
        for i in range(worker, n, concurrency):
            if rate:
                # Open loop: draft i is due at start + i/rate, whatever happened to the others.
                delay = start + i / rate - time.time()
                if delay > 0:
                    time.sleep(delay)
            conn = conns[i % len(conns)]
            submitted[i] = time.time()
            conn.request("POST", "/v1/drafts", body=json.dumps({"content": draft(i)}).encode(),
                         headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"bench-{i}", "Content-Type": "application/json"})
            r = conn.getresponse()
            r.read()
            if r.status != 201:
                errors.append(r.status)

    threads = [threading.Thread(target=load, args=(w,)) for w in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return submitted, errors


def ours(kosd, python, n, concurrency, workers, rate=None):
    work = tempfile.mkdtemp(prefix="kos-bench-e2e-")
    record = os.path.join(work, "received.txt")
    receiver, port = start_receiver(python, record)
    program = Program(kosd, work, WORKFLOW.replace("PORT", str(port)), TEMPLATE)
    db, sock, token = program.db, program.sock, program.token
    daemon = program.serve(workers, env=dict(os.environ, KOS_BENCH_SECRET=SECRET))
    submitted, errors = submit_drafts([sock], token, n, concurrency, rate)
    done = wait_for(record, "/agency", n, timeout=300)
    delivered = arrivals(record, "/gateway")
    daemon.terminate()
    daemon.wait(timeout=30)
    stop_receiver(receiver, record, ["/gateway", "/agency"], "kosflow e2e")
    if errors or len(done) < n:
        sys.exit(f"kosflow e2e: {len(errors)} submit errors {errors[:5]}, {len(done)}/{n} runs finished\n{program.tail()}")
    gaps = []
    con = sqlite3.connect(db)
    by_run = {}
    for run, index, at in con.execute("SELECT run_id, step_index, at FROM step_completions ORDER BY run_id, step_index"):
        by_run.setdefault(run, []).append(at)
    for ats in by_run.values():
        gaps += [b - a for a, b in zip(ats, ats[1:])]
    latency = [(delivered[i] - submitted[i]) * 1000 for i in range(n)]
    elapsed = max(done.values()) - min(submitted.values())
    if not os.environ.get("KOS_BENCH_KEEP"):
        shutil.rmtree(work, ignore_errors=True)
    return n / elapsed, pct(latency, 0.5), pct(latency, 0.99), pct(gaps, 0.5), pct(gaps, 0.99)


# A huey producer: enqueues drafts worker, worker + producers, ... of n, from its own process (and so its own SQLite
# connection: huey's SqliteStorage shares one connection per process behind a lock, so threads would enqueue one
# at a time). It starts at the time its parent sends, the same moment for every producer; open loop at `rate`.
HUEY_PRODUCER = """
import json, sys, time
sys.path.insert(0, sys.argv[5])
import peer_huey
worker, producers, n = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rate = float(sys.argv[4]) or None
body = "#广告 这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。分享三种背法：手提、肘弯，以及加一条细肩带做斜挎。"
print("ready", flush=True)
start = float(sys.stdin.readline())
times = {}
for i in range(worker, n, producers):
    delay = (start + i / rate if rate else start) - time.time()
    if delay > 0:
        time.sleep(delay)
    times[i] = time.time()
    peer_huey.check(i, f"秋冬新季 Arco 手袋 bench-{i}", body)
print(json.dumps(times))
"""


def run_producers(python, env, producers, n, rate=None):
    """Runs HUEY_PRODUCER in `producers` processes; once all are imported and ready, starts them together, 0.2 s
    ahead as submit_drafts does. Returns when each draft was enqueued, by draft number."""
    procs = [subprocess.Popen([python, "-c", HUEY_PRODUCER, str(w), str(producers), str(n), str(rate or 0), HERE], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for w in range(producers)]
    for p in procs:
        if p.stdout.readline().strip() != "ready":
            sys.exit(f"huey producer failed to start:\n{p.communicate()[1][-2000:]}")
    start = time.time() + 0.2
    for p in procs:
        p.stdin.write(f"{start!r}\n")
        p.stdin.flush()
    submitted = {}
    for p in procs:
        out, err = p.communicate()
        if p.returncode != 0:
            sys.exit(f"huey producer failed ({p.returncode}):\n{err[-2000:]}")
        submitted.update({int(k): v for k, v in json.loads(out).items()})
    if len(submitted) != n:
        sys.exit(f"huey producers enqueued {len(submitted)} of {n}")
    return submitted


def peer(python, n, workers, producers, rate=None):
    work = tempfile.mkdtemp(prefix="kos-bench-huey-")
    record = os.path.join(work, "received.txt")
    receiver, port = start_receiver(python, record)
    env = dict(os.environ, HUEY_DB=os.path.join(work, "huey.db"), RECEIVER_PORT=str(port), PYTHONPATH=HERE)
    # The consumer tuned for speed: polls every millisecond, no backoff.
    consumer = subprocess.Popen([python, "-m", "huey.bin.huey_consumer", "peer_huey.huey", "-w", str(workers), "-k", "process",
                                 "-d", "0.001", "-m", "0.001", "-b", "1.0", "-q"], env=env, cwd=work,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    submitted = run_producers(python, env, producers, n, rate)
    done = wait_for(record, "/gateway", n, timeout=600)
    consumer.terminate()
    consumer.wait(timeout=30)
    stop_receiver(receiver, record, ["/gateway"], "huey e2e")
    if len(done) < n:
        sys.exit(f"huey e2e: {len(done)}/{n} runs finished")
    latency = [(done[i] - submitted[i]) * 1000 for i in range(n)]
    elapsed = max(done.values()) - min(submitted.values())
    shutil.rmtree(work, ignore_errors=True)
    return n / elapsed, pct(latency, 0.5), pct(latency, 0.99)


def bench_e2e(kosd, python, n=3000, concurrency=8, workers=2, paced_rate=100, paced_n=1000, conditions=("quiet", "busy")):
    # The same number of producers on both sides: `concurrency` API clients for kosd (threads: the enqueueing is
    # kosd's work), `concurrency` enqueuing processes for huey (the enqueueing is the producer's own work).
    print(f"\n## end to end: drafts through the API, check -> auto-approval -> publish -> notify (SQLite, synchronous=FULL), {workers} workers")
    print(f"peer: huey {HUEY_VERSION} on SQLite with fsync, check -> approve -> render -> publish as chained tasks, {workers} worker processes, 1 ms polling")
    rate, p50, p99, gap50, gap99 = ours(kosd, python, n, concurrency, workers)
    hrate, hp50, hp99 = peer(python, n, workers, concurrency)
    print(f"saturated, {n} drafts as fast as {concurrency} producers send them (ours: {concurrency} API clients; huey: {concurrency} enqueuing processes):")
    print(f"{f'  runs per second, {concurrency} producers':<44} ours {rate:>10.1f} {'runs/s':<6} peer {hrate:>10.1f} {'runs/s':<6} ratio {rate / hrate:>6.1f}x")
    print(f"{f'  submit to delivery p50, {concurrency} producers':<44} ours {p50:>10.1f} {'ms':<6} peer {hp50:>10.1f} {'ms':<6} ratio {hp50 / p50:>6.1f}x")
    for condition in conditions:
        with busy(condition == "busy"):
            rate2, p50, p99, gap50, gap99 = ours(kosd, python, paced_n, concurrency, workers, rate=paced_rate)
            hrate2, hp50, hp99 = peer(python, paced_n, workers, concurrency, rate=paced_rate)
        print(f"paced ({condition}), {paced_n} drafts at {paced_rate} runs/s from {concurrency} producers a side:")
        print(f"{f'  submit to delivery p50, {condition}':<44} ours {p50:>10.1f} {'ms':<6} peer {hp50:>10.1f} {'ms':<6} ratio {hp50 / p50:>6.1f}x")
        print(f"{f'  submit to delivery p99, {condition}':<44} ours {p99:>10.1f} {'ms':<6} peer {hp99:>10.1f} {'ms':<6} ratio {hp99 / p99:>6.1f}x")
        print(f"  step to step (one completion to the next)  ours p50 {gap50:.1f} ms, p99 {gap99:.1f} ms")


if __name__ == "__main__":
    bench_e2e(sys.argv[1], sys.executable, n=int(sys.argv[2]) if len(sys.argv) > 2 else 3000)
