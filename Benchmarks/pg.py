"""The core flow on PostgreSQL with 1, 2 and 3 kosd hosts on this machine (each its own process, worker and
API socket, one database): drafts submitted round-robin through the hosts' APIs into the four-step workflow
of the end-to-end benchmark, delivered to a local receiver. Runs/s and submit-to-delivery p99.

Peer in the same run: Python procrastinate on the same PostgreSQL server, running the same chain (check,
approve, render, publish) as deferred tasks, one worker process with the same number of concurrent jobs as
kosd has workers in all, fed by as many producers as kosd's API gets (8 concurrent deferrers, each with its own
connection).

Needs an admin URL on a scratch server in KOS_TEST_POSTGRES_URL: `make bench` runs under `scripts/with-postgres`.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from e2e import SECRET, TEMPLATE, WORKFLOW, arrivals, pct, start_receiver, stop_receiver, submit_drafts, wait_for  # noqa: E402

try:
    from importlib.metadata import version
    PROCRASTINATE_VERSION = version("procrastinate")
except Exception:  # noqa: BLE001
    PROCRASTINATE_VERSION = "?"


def new_database(admin, name):
    subprocess.run(["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name}", "-c", f"CREATE DATABASE {name}"], check=True,
                   stdout=subprocess.DEVNULL, env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"))
    return admin.rsplit("/", 1)[0] + "/" + name


def ours(kosd, python, admin, hosts, n, concurrency=8):
    work = tempfile.mkdtemp(prefix="kos-bench-pg-")
    os.makedirs(os.path.join(work, "Workflows"))
    os.makedirs(os.path.join(work, "Templates"))
    record = os.path.join(work, "received.txt")
    receiver, port = start_receiver(python, record)
    open(os.path.join(work, "Workflows/bench.yaml"), "w").write(WORKFLOW.replace("PORT", str(port)))
    open(os.path.join(work, "Templates/note.mustache"), "w").write(TEMPLATE)
    url = new_database(admin, f"kos_bench_{hosts}")
    token = subprocess.run([kosd, "token", "create", "--database", url, "--user", "li.na", "--role", "creator", "--store", "SH-IFC"],
                           check=True, capture_output=True, text=True).stdout.strip()
    log = open(os.path.join(work, "kosd.log"), "ab")
    daemons, sockets = [], []
    env = dict(os.environ, KOS_BENCH_SECRET=SECRET)
    for h in range(hosts):
        sock = os.path.join(work, f"host-{h}.sock")
        sockets.append(sock)
        daemons.append(subprocess.Popen([kosd, "serve", "--database", url, "--socket", sock, "--workers", "1", "--rate-limit", "1000000/s",
                                         "--workflows", os.path.join(work, "Workflows"), "--templates", os.path.join(work, "Templates"),
                                         "--batch-size", "16"], env=env, stderr=log))
    for sock in sockets:
        for _ in range(400):
            if os.path.exists(sock):
                break
            time.sleep(0.05)
    submitted, errors = submit_drafts(sockets, token, n, concurrency)
    done = wait_for(record, "/agency", n, timeout=600)
    delivered = arrivals(record, "/gateway")
    for d in daemons:
        d.terminate()
    for d in daemons:
        d.wait(timeout=30)
    stop_receiver(receiver, record, ["/gateway", "/agency"], f"kosflow on PostgreSQL, {hosts} host(s)")
    if errors or len(done) < n:
        sys.exit(f"kosflow on PostgreSQL: {len(errors)} submit errors {errors[:5]}, {len(done)}/{n} runs finished\n"
                 + open(os.path.join(work, "kosd.log")).read()[-2000:])
    latency = [(delivered[i] - submitted[i]) * 1000 for i in range(n)]
    elapsed = max(done.values()) - min(submitted.values())
    shutil.rmtree(work, ignore_errors=True)
    return n / elapsed, pct(latency, 0.99)


def peer(python, admin, n, concurrency, producers=8):
    work = tempfile.mkdtemp(prefix="kos-bench-procrastinate-")
    record = os.path.join(work, "received.txt")
    receiver, port = start_receiver(python, record)
    url = new_database(admin, "kos_bench_procrastinate")
    env = dict(os.environ, PEER_POSTGRES=url, RECEIVER_PORT=str(port), PYTHONPATH=HERE)
    subprocess.run([python, "-m", "procrastinate", "--app=peer_procrastinate.app", "schema", "--apply"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([python, "-m", "procrastinate", "--app=peer_procrastinate.app", "worker", "--concurrency", str(concurrency)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    # `producers` concurrent deferrers (asyncio tasks: procrastinate's API is async) over a pool of as many
    # connections, as kosd's API gets `producers` concurrent clients; started together 0.2 s ahead, as theirs.
    code = f"""
import asyncio, json, os, sys, time
sys.path.insert(0, {HERE!r})
import procrastinate
import peer_procrastinate as p
async def main():
    times = {{}}
    producers = {producers}
    connector = procrastinate.PsycopgConnector(conninfo=os.environ["PEER_POSTGRES"], min_size=producers, max_size=producers)
    with p.app.replace_connector(connector):
        async with p.app.open_async():
            start = time.time() + 0.2
            async def load(worker):
                await asyncio.sleep(max(0, start - time.time()))
                for i in range(worker, {n}, producers):
                    times[i] = time.time()
                    await p.check.defer_async(n=i, title=f"秋冬新季 Arco 手袋 bench-{{i}}",
                                              body="#广告 这周店里到了秋冬新季的 Arco 33，编织皮革的手感非常柔软。分享三种背法：手提、肘弯，以及加一条细肩带做斜挎。")
            await asyncio.gather(*(load(w) for w in range(producers)))
    print(json.dumps(times))
asyncio.run(main())
"""
    out = subprocess.run([python, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    submitted = {int(k): v for k, v in json.loads(out).items()}
    if len(submitted) != n:
        sys.exit(f"procrastinate producers deferred {len(submitted)} of {n}")
    done = wait_for(record, "/gateway", n, timeout=600)
    worker.terminate()
    worker.wait(timeout=30)
    stop_receiver(receiver, record, ["/gateway"], "procrastinate")
    if len(done) < n:
        sys.exit(f"procrastinate: {len(done)}/{n} runs finished")
    latency = [(done[i] - submitted[i]) * 1000 for i in range(n)]
    elapsed = max(done.values()) - min(submitted.values())
    shutil.rmtree(work, ignore_errors=True)
    return n / elapsed, pct(latency, 0.99)


def bench_pg(kosd, python, n=2000, producers=8):
    admin = os.environ.get("KOS_TEST_POSTGRES_URL")
    if not admin:
        sys.exit("the PostgreSQL benchmark needs a server: run it under scripts/with-postgres (make bench does)")
    print(f"\n## the core flow on PostgreSQL: {n} drafts through 1, 2 and 3 kosd hosts (one worker each), check -> auto-approval -> publish -> notify")
    print(f"peer: procrastinate {PROCRASTINATE_VERSION} on the same server, check -> approve -> render -> publish as deferred tasks")
    print(f"producers: {producers} a side (ours: {producers} API clients round-robin over the hosts; procrastinate: {producers} concurrent deferrers, {producers} connections)")
    for hosts in (1, 2, 3):
        rate, p99 = ours(kosd, python, admin, hosts, n, concurrency=producers)
        prate, pp99 = peer(python, admin, n, hosts, producers=producers)
        print(f"{f'  {hosts} host(s), {producers} producers, runs/s':<44} ours {rate:>10.1f} {'runs/s':<6} peer {prate:>10.1f} {'runs/s':<6} ratio {rate / prate:>6.1f}x")
        print(f"{f'  {hosts} host(s), {producers} producers, delivery p99':<44} ours {p99:>10.1f} {'ms':<6} peer {pp99:>10.1f} {'ms':<6} ratio {pp99 / p99:>6.1f}x")


if __name__ == "__main__":
    bench_pg(os.path.abspath(sys.argv[1]), sys.executable, n=int(sys.argv[2]) if len(sys.argv) > 2 else 2000)
