"""Durable timers under load. kosd's store holds 1,000,000 booked calendar slots of 10,000 associates (due
over the following days, each a pending step); then 5,000 posts ask for slots that fall due at 1,000 a second
(one slot a second, jitter within it). Reported: how late each post goes out (its wait step's completion against
its booking's fire time), kosd's memory (supervisor and two workers) while they fire, and what inserting and
cancelling a timer costs with 10,000 and with 1,000,000 timers in the store (a B-tree index: O(log n)).

Peer in the same run: huey's scheduled tasks (eta) on SQLite with fsync, two worker processes, its scheduler
at its finest interval (1 s), the same 5,000 due times (without the million others).
"""
import datetime
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

from daemon import children, rss_mib  # noqa: E402
from e2e import Program, UnixHTTP, pct  # noqa: E402
from load import busy  # noqa: E402

WORKFLOW = """apiVersion: kos/v1
kind: Workflow
id: bench-slots
calendar: bench-cal
steps:
  - id: prime-time
    wait: {slot: true}
---
apiVersion: kos/v1
kind: Calendar
id: bench-cal
timezone: UTC
slots:
  - cron: "* * * * * *"
jitter:
  random: 1s
"""


def background(db, n=1_000_000, creators=10_000):
    """n booked slots, one pending step each, spread one a second from three days on."""
    con = sqlite3.connect(db)
    now = int(time.time() * 1000)
    base = now + 3 * 86_400_000
    with con:
        con.executemany("INSERT INTO people (id, role, store, created_at) VALUES (?, 'creator', ?, ?) ON CONFLICT DO NOTHING",
                        ((f"associate-{c}", f"store-{c % 300}", now) for c in range(creators)))
        con.executemany("INSERT INTO drafts (id, creator_id, workflow, state, created_at) VALUES (?, ?, 'bench-slots', 'open', ?)",
                        ((f"bg-d-{c}", f"associate-{c}", now) for c in range(creators)))
        con.executemany("INSERT INTO runs (id, draft_id, revision, workflow, state, created_at, updated_at) VALUES (?, ?, 1, 'bench-slots', 'running', ?, ?)",
                        ((f"bg-r-{i}", f"bg-d-{i % creators}", now, now) for i in range(n)))
        con.executemany("INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, 0, 'prime-time', 'pending', ?, ?)",
                        ((f"bg-r-{i}", base + i * 1000, now) for i in range(n)))
        con.executemany("""INSERT INTO slot_bookings (calendar, run_id, step_index, draft_id, creator, store, platforms, slot_at, fire_at, state, created_at, updated_at)
                           VALUES ('bench-cal', ?, 0, ?, ?, ?, 'xiaohongshu', ?, ?, 'booked', ?, ?)""",
                        ((f"bg-r-{i}", f"bg-d-{i % creators}", f"associate-{i % creators}", f"store-{i % creators % 300}",
                          base + i * 1000, base + i * 1000, now, now) for i in range(n)))
    con.close()


def timer_ops(db, label, k=10_000):
    """Microseconds per timer insert and per cancel (the statements kosd runs), k of each, one transaction each."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA synchronous = FULL")
    far = int(time.time() * 1000) + 400 * 86_400_000
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT INTO steps (run_id, step_index, step_id, state, due_at, ready_at) VALUES (?, 0, 'prime-time', 'pending', ?, 0)",
                        ((f"op-{label}-{i}", far + i) for i in range(k)))
    insert = (time.perf_counter() - t0) * 1e6 / k
    t0 = time.perf_counter()
    with con:
        con.executemany("UPDATE steps SET state = 'cancelled' WHERE run_id = ? AND state = 'pending'", ((f"op-{label}-{i}",) for i in range(k)))
    cancel = (time.perf_counter() - t0) * 1e6 / k
    # The due-time lookup a worker makes before it claims (the earliest pending step).
    t0 = time.perf_counter()
    for _ in range(1000):
        con.execute("SELECT MIN(due_at) FROM steps WHERE state = 'pending'").fetchone()
    peek = (time.perf_counter() - t0) * 1e6 / 1000
    with con:
        con.execute("DELETE FROM steps WHERE run_id LIKE ?", (f"op-{label}-%",))
    con.close()
    return insert, cancel, peek


def draft(i, slot):
    return f"---\ntitle: 周末穿搭 {i}\nplatforms: [xiaohongshu]\nworkflow: bench-slots\nslot: \"{slot}\"\n---\n#广告 秋冬新季到店。\n"


def ours(kosd, n=5000, rate=1000, workers=2):
    work = tempfile.mkdtemp(prefix="kos-bench-timers-")
    program = Program(kosd, work, WORKFLOW)
    db, sock, token = program.db, program.sock, program.token
    small = timer_ops(db, "small")
    t0 = time.time()
    background(db)
    filled = time.time() - t0
    large = timer_ops(db, "large")
    daemon = program.serve(workers)
    try:
        first = int(time.time()) + 30
        errors = []

        def load(worker, threads=8):
            conn = UnixHTTP(sock)
            for i in range(worker, n, threads):
                slot = datetime.datetime.fromtimestamp(first + i // rate, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
                conn.request("POST", "/v1/drafts", body=json.dumps({"content": draft(i, slot)}).encode(),
                             headers={"Authorization": f"Bearer {token}", "Idempotency-Key": f"timer-{i}", "Content-Type": "application/json"})
                r = conn.getresponse()
                r.read()
                if r.status != 201:
                    errors.append(r.status)

        threads = [threading.Thread(target=load, args=(w,)) for w in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        submitted = time.time()
        if errors:
            sys.exit(f"timers: {len(errors)} submit errors {errors[:5]}")
        if submitted > first - 2:
            print(f"(submitting took until {submitted - first:+.1f} s of the first slot: the first slots fire late)")
        rss = []
        con = sqlite3.connect(db, timeout=30)
        deadline = first + n // rate + 120
        while time.time() < deadline:
            pids = [daemon.pid] + children(daemon.pid)
            try:
                rss.append(sum(rss_mib(p) for p in pids))
            except OSError:
                pass
            left = con.execute("SELECT COUNT(*) FROM runs WHERE workflow = 'bench-slots' AND state = 'running' AND id NOT LIKE 'bg-%'").fetchone()[0]
            if left == 0 and time.time() > first:
                break
            time.sleep(0.1)
        rows = con.execute("""SELECT c.at - b.fire_at FROM slot_bookings b JOIN step_completions c ON c.run_id = b.run_id AND c.step_index = 0
                              WHERE b.state = 'fired' AND b.run_id NOT LIKE 'bg-%'""").fetchall()
        con.close()
    finally:
        daemon.terminate()
        daemon.wait(timeout=30)
    late = [r[0] for r in rows]
    if len(late) < n:
        sys.exit(f"timers: only {len(late)} of {n} posts went out\n{program.tail()}")
    if not os.environ.get("KOS_BENCH_KEEP"):
        shutil.rmtree(work, ignore_errors=True)
    return {"late": late, "rss": max(rss) if rss else float("nan"), "small": small, "large": large, "filled": filled}


PEER = """
import json, os, sys, time
from huey import SqliteHuey
huey = SqliteHuey(filename=os.environ["HUEY_DB"], fsync=True, timeout=60)
OUT = os.environ["HUEY_OUT"]

@huey.task()
def fire(i, due):
    late = time.time() - due
    with open(OUT, "a") as f:
        f.write(f"{i} {late}\\n")
"""


def peer(python, n=5000, rate=1000, workers=2):
    work = tempfile.mkdtemp(prefix="kos-bench-huey-timers-")
    open(os.path.join(work, "peer_timers.py"), "w").write(PEER)
    out = os.path.join(work, "fired.txt")
    env = dict(os.environ, HUEY_DB=os.path.join(work, "huey.db"), HUEY_OUT=out, PYTHONPATH=work)
    consumer = subprocess.Popen([python, "-m", "huey.bin.huey_consumer", "peer_timers.huey", "-w", str(workers), "-k", "process",
                                 "-d", "0.001", "-m", "0.001", "-s", "1", "-q"], env=env, cwd=work,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        first = int(time.time()) + 15
        code = f"""
import datetime, peer_timers
for i in range({n}):
    due = {first} + i / {rate}
    peer_timers.fire.schedule(args=(i, due), eta=datetime.datetime.fromtimestamp(due, datetime.timezone.utc))
"""
        subprocess.run([python, "-c", code], env=env, cwd=work, check=True)
        deadline = first + n / rate + 60
        late = []
        while time.time() < deadline:
            if os.path.exists(out):
                late = [float(line.split()[1]) * 1000 for line in open(out) if line.strip()]
            if len(late) >= n:
                break
            time.sleep(0.2)
    finally:
        consumer.terminate()
        consumer.wait(timeout=30)
    shutil.rmtree(work, ignore_errors=True)
    if len(late) < n:
        sys.exit(f"huey timers: {len(late)}/{n} fired")
    return late


def bench_timers(kosd, python, conditions=("quiet", "busy")):
    for condition in conditions:
        print(f"\n## timers ({condition}): 1,000,000 booked slots in the store, then 5,000 posts falling due at 1,000 a second")
        # Busy: the load runs through the whole row, ours (the store's filling included) and then the peer's.
        with busy(condition == "busy"):
            r = ours(kosd)
            theirs = peer(python)
        late = r["late"]
        print(f"store filled with 1,000,000 booked slots (10,000 associates) in {r['filled']:.1f} s")
        print(f"timer insert: {r['small'][0]:.1f} µs with 10,000 in the store, {r['large'][0]:.1f} µs with 1,000,000;"
              f" cancel: {r['small'][1]:.1f} / {r['large'][1]:.1f} µs; next-due lookup: {r['small'][2]:.1f} / {r['large'][2]:.1f} µs (B-tree: O(log n))")
        print(f"kosd memory while firing (supervisor + 2 workers, RSS): {r['rss']:.1f} MiB")
        for name, p in ((f"fire lateness p50, {condition}", 0.5), (f"fire lateness p99, {condition}", 0.99)):
            ours_ms, peer_ms = pct(late, p), pct(theirs, p)
            print(f"{name:<44} ours {ours_ms:>10.1f} ms     peer {peer_ms:>10.1f} ms     ratio {peer_ms / max(ours_ms, 0.1):>6.1f}x")
        print(f"fire lateness max: ours {max(late):.1f} ms, huey {max(theirs):.1f} ms")


if __name__ == "__main__":
    bench_timers(os.path.abspath(sys.argv[1]), sys.executable)
