"""kosd as an operator meets it: time to READY=1 with 100 workflows, idle memory of the supervisor and each
worker, and `kos --version` from a new process. Peer in the same run: a huey consumer (2 worker processes,
SQLite) for start-up and memory, `curl --version` (C, libcurl) for a cold command.
"""
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_definitions  # noqa: E402


def row(name, ours, peer, unit):
    print(f"{name:<44} ours {ours:>10.1f} {unit:<6} peer {peer:>10.1f} {unit:<6} ratio {peer / ours:>6.1f}x")


def memory_mib(pid):
    """RSS, PSS (shared pages split among the processes sharing them) and USS (private), in MiB."""
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and parts[0].endswith(":") and parts[1].isdigit():
                fields[parts[0][:-1]] = int(parts[1]) / 1024
    return fields.get("Rss", 0.0), fields.get("Pss", 0.0), fields.get("Private_Clean", 0.0) + fields.get("Private_Dirty", 0.0)


def rss_mib(pid):
    return memory_mib(pid)[0]


def children(pid):
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    if int(f.read().rsplit(")", 1)[1].split()[1]) == pid:
                        out.append(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return out


def kosd_ready(kosd, work, notify_path):
    """Starts kosd on a fresh store; seconds until READY=1, and the process (still running)."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    if os.path.exists(notify_path):
        os.unlink(notify_path)
    sock.bind(notify_path)
    sock.settimeout(30)
    db = os.path.join(work, f"kos-{time.monotonic_ns()}.db")
    env = dict(os.environ, NOTIFY_SOCKET=notify_path)
    t0 = time.perf_counter()
    p = subprocess.Popen([kosd, "serve", "--config", "/dev/null", "--database", db, "--socket", os.path.join(work, "kosd.sock"),
                          "--workers", "2", "--workflows", os.path.join(work, "Workflows"), "--templates", os.path.join(work, "Templates")],
                         env=env, stderr=subprocess.DEVNULL)
    status = ""
    while True:
        msg = sock.recv(4096).decode()
        if "READY=1" in msg:
            elapsed = time.perf_counter() - t0
            status = [l for l in msg.split("\n") if l.startswith("STATUS=")][0]
            break
    sock.close()
    return elapsed, p, status


def stop(p):
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(timeout=15)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()


def huey_ready(python, work):
    """Starts a huey consumer (2 processes); seconds until it logs that it started, and the process."""
    env = dict(os.environ, HUEY_DB=os.path.join(work, f"huey-{time.monotonic_ns()}.db"), PYTHONPATH=HERE)
    consumer = os.path.join(os.path.dirname(python), "huey_consumer")
    t0 = time.perf_counter()
    p = subprocess.Popen([python, consumer, "peer_huey.huey", "-w", "2", "-k", "process", "-d", "0.001"], env=env, cwd=HERE,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen = b""
    # It lists its tasks once its worker processes are started.
    while b"+ peer_huey.publish" not in seen:
        line = p.stdout.readline()
        if not line:
            sys.exit("huey consumer ended early:\n" + seen.decode())
        seen += line
    return time.perf_counter() - t0, p


def bench_daemon(kos, kosd, python, runs=7):
    print("\n## kosd: ready with 100 workflows, idle memory, a cold `kos --version`")
    work = tempfile.mkdtemp(prefix="kos-bench-daemon-")
    try:
        gen_definitions.generate(os.path.join(work, "Workflows"), os.path.join(work, "Templates"), files=100, target_bytes=100 * 2048)
        notify = os.path.join(work, "notify.sock")
        readies, status = [], ""
        for _ in range(runs):
            t, p, status = kosd_ready(kosd, work, notify)
            readies.append(t)
            stop(p)
        print(f"kosd {status}")
        hueys = []
        for _ in range(runs):
            t, p = huey_ready(python, work)
            hueys.append(t)
            p.terminate()
            p.wait()
        row("start to ready (kosd READY=1; huey started)", 1000 * statistics.median(readies), 1000 * statistics.median(hueys), "ms")

        # Idle memory, two seconds after ready.
        _, p, _ = kosd_ready(kosd, work, notify)
        time.sleep(2)
        workers = children(p.pid)
        sup, each = rss_mib(p.pid), [rss_mib(w) for w in workers]
        detail = [memory_mib(q) for q in [p.pid] + workers]
        stop(p)
        _, h = huey_ready(python, work)
        time.sleep(2)
        hsup, heach = rss_mib(h.pid), [rss_mib(w) for w in children(h.pid)]
        h.terminate()
        h.wait()
        print(f"idle RSS: kosd supervisor {sup:.1f} MiB, workers {', '.join(f'{w:.1f}' for w in each)} MiB;"
              f" huey consumer {hsup:.1f} MiB, workers {', '.join(f'{w:.1f}' for w in heach)} MiB")
        print("kosd RSS / PSS / private (USS): " + "; ".join(f"{name} {r:.1f} / {ps:.1f} / {u:.1f} MiB"
              for name, (r, ps, u) in zip(["supervisor"] + [f"worker {i + 1}" for i in range(len(workers))], detail))
              + " (RSS counts the code pages the processes share in each of them)")
        row("idle RSS, supervisor (huey: consumer)", sup, hsup, "MiB")
        row("idle RSS, largest worker", max(each), max(heach) if heach else hsup, "MiB")

        # A new process each time: what an associate's shell pays for `kos`.
        def cold(cmd):
            times = []
            for _ in range(max(runs, 20)):
                t0 = time.perf_counter()
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                times.append(time.perf_counter() - t0)
            return 1000 * statistics.median(times)
        row("kos --version, new process (peer curl)", cold([kos, "--version"]), cold(["curl", "--version"]), "ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)
