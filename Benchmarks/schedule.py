"""Next-fire computation: chains of next-fire calls over calendar-like cron expressions in zones with and
without daylight saving; ours (kos-bench, KosSchedule) and croniter on the same chains, and whether each
chain ends at the same time: the same answers, not just the same speed. A chain through an autumn night
when clocks fall back may differ: croniter fires a repeated time twice, we fire it once (by design)."""
import json
import os
import random
import subprocess
import tempfile

ZONES = ["Asia/Shanghai", "Asia/Tokyo", "Europe/Paris", "Europe/London", "America/New_York", "Australia/Sydney", "UTC"]
PATTERNS = ["0 20 * * TUE,FRI", "30 12 * * 1-5", "0 10 1 * *", "0 9 * * 6#1", "*/15 9-21 * * *", "0 0 L * *",
            "45 19 * * SAT,SUN", "0 8,12,20 * * *", "0 21 * JUN,DEC *", "5 */2 * * *", "0 11 15 * *", "30 18 * * 5"]


def bench_schedule(bench_binary, python, repeats=100):
    print("\n## next-fire time: 1,000 calendar-like cron expressions x 100 successive fires")
    rnd = random.Random(20261122)
    fd, path = tempfile.mkstemp(prefix="kos-cron-", suffix=".tsv")
    with os.fdopen(fd, "w") as f:
        for _ in range(1000):
            f.write(f"{rnd.choice(ZONES)}\t{rnd.choice(PATTERNS)}\t{rnd.randrange(1577836800, 1893456000)}\n")
    try:
        ours = json.loads(subprocess.run([bench_binary, "cron-next", path, str(repeats)], check=True, stdout=subprocess.PIPE).stdout)
        peer = json.loads(subprocess.run([python, os.path.join(os.path.dirname(__file__), "peer_cron.py"), path, str(repeats)],
                                         check=True, stdout=subprocess.PIPE).stdout)
    finally:
        os.unlink(path)
    same = sum(a == b for a, b in zip(ours["finals"], peer["finals"]))
    our_us, peer_us = 1e6 * ours["seconds"] / ours["calls"], 1e6 * peer["seconds"] / peer["calls"]
    print(f"{ours['calls']} calls each; {same} of {len(ours['finals'])} chains end at the same time"
          + ("" if same == len(ours["finals"]) else " (the others cross a repeated autumn hour: croniter fires it twice, we once)"))
    print(f"{'next-fire, per call (croniter)':<44} ours {our_us:>10.2f} µs     peer {peer_us:>10.2f} µs     ratio {peer_us / our_us:>6.1f}x")
