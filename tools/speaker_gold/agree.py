"""Keep the items two independent annotation passes agree on; report agreement.

    python tools/speaker_gold/agree.py PACKETS_DIR PASS_A_DIR PASS_B_DIR OUT.jsonl

An item is kept when both passes give the same kind and the same referent (compared without case,
titles or punctuation; "Hillary Clinton" and "Hillary Rodham Clinton" agree) and neither says
"unclear". The longer of two agreeing names is kept.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

packets, pass_a, pass_b, out = map(Path, sys.argv[1:5])
TITLE = re.compile(r"^(mr|mrs|ms|dr|sen|rep|gov|president|secretary|the)\.?\s+", re.I)

def norm(name):
    name = unicodedata.normalize("NFKC", name).replace("’", "'").casefold().strip()
    name = re.sub(r"[^\w' -]", " ", name)
    while TITLE.match(name):
        name = TITLE.sub("", name)
    return " ".join(name.split())

def same_referent(a, b):
    a, b = norm(a), norm(b)
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    if not ta or not tb or a in ("unnamed", "group", "unclear") or b in ("unnamed", "group", "unclear"):
        return False
    # "Hillary Clinton" / "Hillary Rodham Clinton": same first and last word, one inside the other
    small, big = sorted((ta, tb), key=len)
    return small[0] == big[0] and small[-1] == big[-1] and set(small) <= set(big)

def sources(packet):
    rows = {}
    part = packet.read_text().split("=== SOURCES TO ANNOTATE ===", 1)[1]
    for line in part.strip().splitlines():
        key, spans, _mention = line.split("\t", 2)
        rows[key] = [[int(x) for x in s.split("-")] for s in spans.split(";")]
    return rows

stats = Counter()
kinds = Counter()
with out.open("w") as sink:
    for packet in sorted(packets.glob("*.txt")):
        stem = packet.stem
        fa, fb = pass_a / f"{stem}.json", pass_b / f"{stem}.json"
        if not (fa.exists() and fb.exists()):
            continue
        a, b = json.loads(fa.read_text()), json.loads(fb.read_text())
        stats["articles"] += 1
        for key, spans in sources(packet).items():
            stats["items"] += 1
            ia, ib = a.get(key), b.get(key)
            if not ia or not ib:
                stats["missing"] += 1
                continue
            kind_ok = ia["kind"] == ib["kind"]
            ref_ok = same_referent(ia["referent"], ib["referent"])
            stats["kind agree"] += kind_ok
            stats["referent agree"] += ref_ok
            if kind_ok and ref_ok and norm(ia["referent"]) != "unclear":
                referent = max((ia["referent"], ib["referent"]), key=len)
                sink.write(json.dumps({"article": stem, "source": spans, "kind": ia["kind"], "referent": referent}, ensure_ascii=False) + "\n")
                stats["kept"] += 1
                kinds[ia["kind"]] += 1
print(json.dumps(stats), json.dumps(kinds))
