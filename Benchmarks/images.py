"""Checks that see pictures: time per 1080x1440 picture on one core, and recall on a generated set.

Ours: `kos lint` over a draft naming every picture (a fresh reading cache, pinned to one core): Tesseract
(chi_sim+eng) and ZBar behind kosflow's door, then the packs over the text. Peer: the same two programs run
directly on each picture, on the same core — what the door, the packs and the draft around them cost.
Recall: of the clients' numbers and the QR codes drawn in the pictures, how many `kos lint` finds (clean
renders, then noisy and rotated ones); precision: findings on pictures that carry nothing.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def bench_images(kos, python, count=80, runs=2):
    print(f"\n## pictures: {count} generated 1080x1440 pictures, one core")
    work = tempfile.mkdtemp(prefix="kos-bench-images-")
    try:
        media = os.path.join(work, "media")
        os.makedirs(media)
        out = subprocess.run([python, os.path.join(ROOT, "Tests/Support/draw_images.py"), media, "--count", str(count), "--seed", "777"],
                             check=True, stdout=subprocess.PIPE).stdout.decode()
        truth = [json.loads(line) for line in out.splitlines()]
        draft = os.path.join(work, "look.md")
        with open(draft, "w") as f:
            f.write("---\ntitle: 周末的搭配\nplatforms: [xiaohongshu]\nmedia:\n")
            for t in truth:
                f.write(f"  - {{path: media/{t['file']}, alt: 一张图}}\n")
            f.write("---\n#广告 驼色大衣配深棕手袋。\n")
        one_core = ["taskset", "-c", "0"]
        ours, result = [], None
        for i in range(runs):
            cache = os.path.join(work, f"cache-{i}")
            t0 = time.perf_counter()
            r = subprocess.run(one_core + [kos, "lint", draft, "--image-cache", cache, "--format", "json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            ours.append((time.perf_counter() - t0) / count)
            if r.returncode not in (0, 1):
                sys.exit(f"kos lint failed ({r.returncode}): {r.stderr.decode()[-2000:]}")
            result = json.loads(r.stdout)
        cached_t0 = time.perf_counter()
        subprocess.run(one_core + [kos, "lint", draft, "--image-cache", os.path.join(work, "cache-0"), "--format", "json"], stdout=subprocess.PIPE)
        cached = (time.perf_counter() - cached_t0) / count
        peer = []
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        for _ in range(runs):
            t0 = time.perf_counter()
            for t in truth:
                path = os.path.join(media, t["file"])
                subprocess.run(one_core + ["zbarimg", "--xml", "-q", path], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
                subprocess.run(one_core + ["tesseract", path, "stdout", "-l", "chi_sim+eng", "--psm", "11", "tsv"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env, check=True)
            peer.append((time.perf_counter() - t0) / count)
        ours_ms, peer_ms = statistics.median(ours) * 1000, statistics.median(peer) * 1000
        print(f"{'time per picture, one core (target <= 1500 ms)':<48} ours {ours_ms:>8.0f} ms   peer (tesseract + zbarimg CLIs) {peer_ms:>8.0f} ms   "
              f"ratio {peer_ms / ours_ms:>5.2f}x")
        print(f"{'the same pictures again (read from the cache)':<48} ours {cached * 1000:>8.1f} ms per picture")

        findings = result["files"][0]["findings"]
        by_media = {}
        for f in findings:
            by_media.setdefault(f.get("media", ""), []).append(f)
        stats = {}
        false_alarms = []
        for t in truth:
            fs = by_media.get(f"media/{t['file']}", [])
            phone = [f for f in fs if f["rule"] == "client-privacy/phone-number"]
            codes = [f for f in fs if f["rule"] == "image/code"]
            group = "noisy" if t["noisy"] else "clean"
            for kind, expected, found in [("phone", t["phone"], phone and "".join(c for c in phone[0].get("match", "") if c.isdigit()) == t["phone"]),
                                          ("qr", t["qr"], codes and codes[0].get("match") == t["qr"])]:
                if expected:
                    s = stats.setdefault((group, kind), [0, 0])
                    s[0] += 1
                    s[1] += 1 if found else 0
            if not t["phone"] and phone:
                false_alarms.append(f"{t['file']}: {phone[0].get('match')}")
            if not t["qr"] and codes:
                false_alarms.append(f"{t['file']}: a code")
        names = {"phone": "clients' phone numbers", "qr": "QR codes"}
        for (group, kind), (n, hit) in sorted(stats.items()):
            target = " (target >= 95%)" if group == "clean" else ""
            print(f"recall, {names[kind]}, {group} renders{target}: {hit}/{n} = {100 * hit / n:.0f}%")
        print(f"false alarms on pictures without a number or code: {len(false_alarms)} {false_alarms[:5]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
