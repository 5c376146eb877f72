"""Peers for the lint benchmark: the same 5,000 terms over the same text with pyahocorasick and
ahocorasick-rs (exact matching only: no normalisation, no positions in lines). Prints MB/s of search."""
import json
import sys
import time

import ahocorasick
import ahocorasick_rs


def main():
    terms = json.load(open(sys.argv[1], encoding="utf-8"))
    texts = []
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    size = sum(len(t.encode()) for t in texts)

    a = ahocorasick.Automaton()
    for i, t in enumerate(terms):
        a.add_word(t, i)
    a.make_automaton()
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        n = 0
        for text in texts:
            for _ in a.iter(text):
                n += 1
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    py_hits = n

    r = ahocorasick_rs.AhoCorasick(terms)
    best_rs = None
    for _ in range(3):
        t0 = time.perf_counter()
        m = 0
        for text in texts:
            m += len(r.find_matches_as_indexes(text, overlapping=True))
        dt = time.perf_counter() - t0
        best_rs = dt if best_rs is None else min(best_rs, dt)
    print(json.dumps({"bytes": size, "pyahocorasick_s": best, "pyahocorasick_hits": py_hits,
                      "ahocorasick_rs_s": best_rs, "ahocorasick_rs_hits": m}))


if __name__ == "__main__":
    main()
