"""Another load on both cores, for the rows the issue asks to see on a busy machine: stress-ng's CPU workers, one
a core, at normal priority, running while both sides of the row run (ours, then the peer's), so the same-run
ratio still compares like with like. `make bench` installs stress-ng; the row stops if its workers are not
running, rather than print a quiet figure under a busy label.
"""
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time


def workers(pid):
    """stress-ng's CPU workers: the children of its parent process."""
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    except OSError:
        return 0
    return len(out.split())


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


@contextlib.contextmanager
def busy(enabled=True):
    if not enabled:
        yield None
        return
    exe = shutil.which("stress-ng")
    if not exe:
        sys.exit("stress-ng is missing (make bench installs it): a busy row would measure a quiet machine")
    cores = os.cpu_count() or 1
    p = subprocess.Popen([exe, "--cpu", str(cores), "--cpu-method", "matrixprod", "--quiet"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.time() + 10
        while workers(p.pid) < cores and time.time() < deadline and p.poll() is None:
            time.sleep(0.1)
        if workers(p.pid) < cores:
            sys.exit(f"stress-ng did not start its {cores} workers")
        time.sleep(2)  # the load average catches up
        print(f"(busy: stress-ng --cpu {cores} running, {workers(p.pid)} workers, load average {loadavg():.1f})")
        yield p
        if p.poll() is not None or workers(p.pid) < cores:
            sys.exit("stress-ng stopped during the row: its figures are not busy figures")
    finally:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
        p.wait(timeout=30)
