"""Reads an iCalendar file with the Python `icalendar` package (PyPI), as a calendar application would, and
prints what it understood as JSON: the calendar's name and each event's UID, start and end (UTC seconds),
summary and description."""
import json
import sys

from icalendar import Calendar

calendar = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for event in calendar.walk("VEVENT"):
    events.append({
        "uid": str(event["UID"]),
        "start": int(event.decoded("DTSTART").timestamp()),
        "end": int(event.decoded("DTEND").timestamp()),
        "summary": str(event["SUMMARY"]),
        "description": str(event.get("DESCRIPTION", "")),
    })
print(json.dumps({"name": str(calendar.get("X-WR-CALNAME")), "events": events}, ensure_ascii=False))
