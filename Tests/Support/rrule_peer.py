"""The peer for RRULE differential tests: python-dateutil's rrule (PyPI), which calendar tools rely on.

Reads JSON lines {"rule": "FREQ=…;…", "start": LOCAL_SECONDS, "limit": N[, "zone": "Area/City"]} on stdin;
writes per line the first N occurrences as local seconds since 1970 (wall-clock times), or null when dateutil
refuses the rule. With a zone the start is a time on that zone's clock (so a UTC UNTIL is an instant).
A rule without UNTIL ends 50 years after its start: a rule that never matches (BYMONTH=2 with
BYMONTHDAY=30) would otherwise have dateutil walk day by day to the year 9999.
"""
import warnings
import json
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

warnings.simplefilter("ignore")  # COUNT with UNTIL is deprecated in dateutil, and meant here

EPOCH = datetime(1970, 1, 1)
for line in sys.stdin:
    case = json.loads(line)
    start = EPOCH + timedelta(seconds=case["start"])
    if "zone" in case:
        start = start.replace(tzinfo=ZoneInfo(case["zone"]))
    try:
        out = []
        rule = rrulestr(case["rule"], dtstart=start)
        if "UNTIL=" not in case["rule"] and hasattr(rule, "replace"):  # a rule set (RDATE/EXDATE) is cut by `limit`
            rule = rule.replace(until=start.replace(year=start.year + 50, month=1, day=1))
        for dt in rule:
            out.append(int((dt.replace(tzinfo=None) - EPOCH).total_seconds()))
            if len(out) >= case["limit"]:
                break
        print(json.dumps(out))
    except Exception:  # noqa: BLE001 - a refusal is an answer too
        print("null")
