"""croniter's side of the next-fire benchmark: the same chains of get_next calls on the same expressions."""
import json
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from croniter import croniter

path, repeats = sys.argv[1], int(sys.argv[2])
cases = []
for line in open(path, encoding="utf-8"):
    zone, expr, start = line.rstrip("\n").split("\t")
    cases.append((ZoneInfo(zone), expr, int(start)))
calls = 0
finals = []
t0 = time.perf_counter()
for zone, expr, start in cases:
    it = croniter(expr, datetime.fromtimestamp(start, zone))
    t = start
    for _ in range(repeats):
        t = int(it.get_next(float))
        calls += 1
    finals.append(t)
print(json.dumps({"calls": calls, "seconds": time.perf_counter() - t0, "finals": finals}))
