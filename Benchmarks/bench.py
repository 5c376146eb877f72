"""kosflow benchmarks. Each prints our figure, a peer's figure measured in the same run, and the ratio.

Timings are wall-clock medians over repeated runs on this machine; nothing here asserts a target.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_definitions  # noqa: E402


def wall(cmd, runs, env=None):
    """Median and best wall time of a command, in seconds; fails loudly if it fails."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        times.append(time.perf_counter() - t0)
        if r.returncode not in (0,):
            sys.exit(f"benchmark command failed ({r.returncode}): {' '.join(cmd)}\n{r.stdout.decode()[-2000:]}{r.stderr.decode()[-2000:]}")
    return statistics.median(times), min(times), r.stdout.decode()


def row(name, ours, peer, unit, better="lower"):
    ratio = peer / ours if better == "lower" else ours / peer
    print(f"{name:<44} ours {ours:>10.1f} {unit:<6} peer {peer:>10.1f} {unit:<6} ratio {ratio:>6.1f}x")


def bench_validate(kos, python, runs):
    print("\n## kos validate: 200 generated workflow files")
    work = tempfile.mkdtemp(prefix="kos-bench-validate-")
    try:
        wf = os.path.join(work, "Workflows")
        total = gen_definitions.generate(wf, os.path.join(work, "Templates"), files=200)
        files = sorted(os.path.join(wf, f) for f in os.listdir(wf))
        schema = os.path.join(work, "kos-v1.json")
        with open(schema, "w") as f:
            f.write(subprocess.run([kos, "schema"], check=True, stdout=subprocess.PIPE).stdout.decode())
        print(f"corpus: {len(files)} files, {total / 1024 / 1024:.2f} MiB")
        ours_med, ours_best, out = wall([kos, "validate", wf], runs)
        print(f"kos: {out.strip()}")
        peer_cmd = [python, os.path.join(HERE, "peer_validate.py"), schema] + files
        peer_med, peer_best, pout = wall(peer_cmd, max(3, runs // 2))
        print(f"peer (PyYAML CLoader + jsonschema): {pout.strip()}")
        row("validate, whole process (median)", ours_med * 1000, peer_med * 1000, "ms")
        row("validate, whole process (best)", ours_best * 1000, peer_best * 1000, "ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kos", required=True)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    bench_validate(os.path.abspath(args.kos), sys.executable, args.runs)


if __name__ == "__main__":
    main()
