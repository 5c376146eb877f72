#!/usr/bin/env python3
"""Writes a man page (roff, man(7) macros) for a command from its ArgumentParser description
(`TOOL --experimental-dump-help`): every subcommand with its abstract, discussion, arguments and options.

Usage: scripts/manpage.py TOOL SECTION > tool.1
"""
import datetime
import json
import os
import subprocess
import sys


def roff(text):
    """Text safe in roff: backslashes and hyphens escaped, no line starting with a control character."""
    out = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in out.split("\n"))


def synopsis(path, command):
    parts = []
    for a in command.get("arguments", []):
        if not a.get("shouldDisplay", True):
            continue
        if a["kind"] == "positional":
            name = f"<{a['valueName']}>" + (" ..." if a.get("isRepeating") else "")
        else:
            flag = ("--" if a["preferredName"]["kind"] == "long" else "-") + a["preferredName"]["name"]
            name = flag if a["kind"] == "flag" else f"{flag} <{a['valueName']}>"
        parts.append(f"[{name}]" if a.get("isOptional") else name)
    return ".B " + roff(" ".join(path)) + "\n" + roff(" ".join(parts))


def options(command):
    lines = []
    for a in command.get("arguments", []):
        if not a.get("shouldDisplay", True):
            continue
        if a["kind"] == "positional":
            head = f"<{a['valueName']}>"
        else:
            names = [("--" if n["kind"] == "long" else "-") + n["name"] for n in a.get("names", [])]
            head = ", ".join(names) + ("" if a["kind"] == "flag" else f" <{a['valueName']}>")
        body = a.get("abstract", "")
        if a.get("defaultValue"):
            body += f" (default: {a['defaultValue']})"
        lines.append(".TP\n.B " + roff(head) + "\n" + roff(body))
    return "\n".join(lines)


def section(path, command, depth):
    out = []
    if depth > 0:
        out.append(".SS " + roff(" ".join(path)))
        if command.get("abstract"):
            out.append(roff(command["abstract"]))
        out.append(".PP")
    out.append(synopsis(path, command))
    if depth > 0 and command.get("discussion"):
        out.append(".PP\n" + roff(command["discussion"]))
    if options(command):
        out.append(options(command))
    for sub in command.get("subcommands", []):
        if sub["commandName"] == "help" or not sub.get("shouldDisplay", True):
            continue
        out.append(section(path + [sub["commandName"]], sub, depth + 1))
    return "\n".join(out)


def main():
    tool, number = sys.argv[1], sys.argv[2]
    dump = json.loads(subprocess.run([tool, "--experimental-dump-help"], check=True, stdout=subprocess.PIPE).stdout)
    command = dump["command"]
    name = command["commandName"]
    version = subprocess.run([tool, "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
    # Reproducible: the date of the last commit when the package build gives it.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    date = (datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc).date() if epoch else datetime.date.today()).isoformat()
    print(f'.TH {name.upper()} {number} "{date}" "kosflow {version}" "kosflow"')
    print(".SH NAME\n" + roff(f"{name} - {command.get('abstract', '')}"))
    print(".SH SYNOPSIS")
    print(synopsis([name], command))
    if command.get("discussion"):
        print(".SH DESCRIPTION\n" + roff(command["discussion"]))
    print(".SH COMMANDS")
    for sub in command.get("subcommands", []):
        if sub["commandName"] != "help" and sub.get("shouldDisplay", True):
            print(section([name, sub["commandName"]], sub, 1))
    print(".SH SEE ALSO\n.BR kos (1),\n.BR kosd (1),\n.BR systemctl (1)")


if __name__ == "__main__":
    main()
