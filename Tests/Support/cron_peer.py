"""The peer for cron differential tests: croniter (PyPI), an implementation nobody here wrote.

Reads JSON lines {"expr": "m h dom mon dow [s]", "start": EPOCH, "zone": "Area/City"} on stdin and writes, per
line, croniter's next fire time after `start` in that zone as epoch seconds (or null when croniter refuses
the expression).
"""
import json
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from croniter import croniter

zones = {}
out = []
for line in sys.stdin:
    case = json.loads(line)
    zone = zones.setdefault(case["zone"], ZoneInfo(case["zone"]))
    try:
        it = croniter(case["expr"], datetime.fromtimestamp(case["start"], zone))
        out.append(int(it.get_next(float)))
    except Exception as error:  # noqa: BLE001 - a refusal is an answer too
        out.append(None)
sys.stdout.write("\n".join(json.dumps(v) for v in out) + "\n")
