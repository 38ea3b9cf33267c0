"""Write saywho/lexicons/first_name_genders.txt: first names strongly given one gender, from nomquamgender.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    python tools/make_first_name_genders.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl

nomquamgender (MIT licence, Ian Van Buskirk, 2022) gives each name the share of people with it who are
women, pooled over 36 national sources. A name is kept when it is plain letters, was counted at least
1,000 times in 10 sources or more, and 97% or more of its people are of one gender ("Terry", 22% women,
and "Leslie", 58%, are not kept). Words an article writes in lower case (PolNeAR train: twice or more,
"will", "grace") are left out, since a capitalised one at a sentence's start is no name. saywho's curated
first_names.txt is read first and wins where both have a name (speaker resolution reads this list only as a
hint of who "he" or "she" may be; a source profile's gender never comes from a name).
"""

from __future__ import annotations

import argparse
import json
import re
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "saywho" / "lexicons" / "first_name_genders.txt"
TRAIN = ROOT.parent / "shared" / "data" / "polnear" / "data" / "train" / "text"
MIN_COUNT, MIN_SOURCES, SHARE = 1000, 10, 0.97

HEADER = """\
# First names strongly given one gender, derived by tools/make_first_name_genders.py from the name data of
# nomquamgender 0.1.4 (https://github.com/ianvanbuskirk/nomquamgender), which carries this licence:
#
# Copyright (c) 2022 Ian Van Buskirk
# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including without limitation
# the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and
# to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above
# copyright notice and this permission notice shall be included in all copies or substantial portions of the
# Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT
# SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION
# OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
#
# Kept: plain letters, counted 1,000 times or more in 10 sources or more, 97% or more of one gender; left out:
# words PolNeAR's training articles write in lower case twice or more. Format: name <TAB> m or f.
"""


def lower_case_words(folder: Path) -> Counter:
    counts: Counter = Counter()
    for path in sorted(folder.glob("*.txt")):
        counts.update(re.findall(r"\b[a-z]+\b", path.read_text(encoding="utf-8")))
    return counts


def strongly_gendered(data: dict, lower: Counter) -> dict[str, str]:
    kept = {}
    for name, (sources, count, share, *_) in data.items():
        if not re.fullmatch(r"[a-z]{2,}", name) or count < MIN_COUNT or sources < MIN_SOURCES or lower[name] >= 2:
            continue
        if share <= 1 - SHARE:
            kept[name] = "m"
        elif share >= SHARE:
            kept[name] = "f"
    return kept


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="nomquamgender-0.1.4-py3-none-any.whl")
    parser.add_argument("--train", type=Path, default=TRAIN, help="PolNeAR train texts")
    args = parser.parse_args()
    with zipfile.ZipFile(args.wheel) as wheel:
        data = json.loads(wheel.read("nomquamgender/name_data.json"))
    names = strongly_gendered(data, lower_case_words(args.train))
    OUT.write_text(HEADER + "".join(f"{name}\t{gender}\n" for name, gender in sorted(names.items())), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
