"""Generates the lint benchmark corpus: drafts in mixed Chinese and English, and a 5,000-term pack."""
import os
import random

HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质"
ENGLISH = ["the", "look", "autumn", "leather", "bag", "store", "visit", "style", "new", "season", "quiet", "craft", "weave", "colour", "coat", "wear", "today", "share", "three", "ways"]


def word(rnd, n):
    return "".join(rnd.choice(HAN) for _ in range(n))


def make_terms(rnd, count=5000):
    terms = set()
    while len(terms) < count:
        if rnd.random() < 0.85:
            terms.add(word(rnd, rnd.randint(2, 5)))
        else:
            terms.add(" ".join(rnd.choice(ENGLISH) for _ in range(rnd.randint(2, 3))) + f" {rnd.randint(0, 999)}")
    return sorted(terms)


def write_pack(path, terms):
    with open(path, "w", encoding="utf-8") as f:
        f.write("apiVersion: kos/v1\nkind: Guidelines\nid: bench-terms\ndescription: 5,000 generated terms.\nrules:\n")
        f.write("  - id: generated\n    kind: existence\n    level: warning\n    message: '\"%s\" is on the generated list'\n    terms:\n")
        for t in terms:
            f.write(f"      - \"{t}\"\n")


def draft_body(rnd, terms, size):
    parts = []
    n = 0
    while n < size:
        r = rnd.random()
        if r < 0.6:
            s = word(rnd, rnd.randint(4, 20)) + rnd.choice("，。！、 ")
        elif r < 0.9:
            s = " ".join(rnd.choice(ENGLISH) for _ in range(rnd.randint(3, 10))) + ". "
        elif r < 0.996:
            s = "\n\n"
        else:
            s = rnd.choice(terms) + "，"
        parts.append(s)
        n += len(s.encode())
    return "".join(parts)


def generate(directory, target_bytes=50 << 20, draft_bytes=2400, seed=20261122):
    rnd = random.Random(seed)
    os.makedirs(os.path.join(directory, "drafts"), exist_ok=True)
    os.makedirs(os.path.join(directory, "Workflows"), exist_ok=True)
    terms = make_terms(rnd)
    write_pack(os.path.join(directory, "Workflows", "bench-terms.yaml"), terms)
    total, i, files = 0, 0, []
    while total < target_bytes:
        body = draft_body(rnd, terms, draft_bytes)
        text = (f"---\ntitle: 第{i}篇 {word(rnd, 8)}\nplatforms: [xiaohongshu]\nhashtags: [{word(rnd, 3)}, {word(rnd, 4)}]\n"
                f"products: []\n---\n{body}\n")
        path = os.path.join(directory, "drafts", f"d{i:05}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        files.append(path)
        total += len(text.encode())
        i += 1
    return terms, files, total
