"""bench/synthetic_warc.py (the scale benchmark's input): N readable CC-NEWS-like records, the same bytes per seed."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT, shared_path

from saywho.corpus.derive import text_hash
from saywho.corpus.inputs import Discovery, read_job


def _generator():
    spec = importlib.util.spec_from_file_location("synthetic_warc", ROOT / "bench" / "synthetic_warc.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_set_holds_n_readable_articles_with_their_metadata_and_is_the_same_for_a_seed(tmp_path, capsys):
    data = shared_path("data", "polnear", "data", "train", "text").parents[1]
    generator = _generator()
    arguments = ["--articles", "12", "--per-file", "5", "--month", "2016-10", "--data", str(data)]
    assert generator.main(["--out", str(tmp_path / "a"), *arguments]) == 0
    assert generator.main(["--out", str(tmp_path / "b"), *arguments]) == 0
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert files == [f"CC-NEWS-SYNTH-201610-0000{k}.warc.gz" for k in range(3)]
    assert all((tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes() for f in files)

    found = Discovery([str(tmp_path / "a")])
    articles = [read_job(job) for job in found.jobs()]
    assert len(articles) == 12 and found.failures == [] and found.warc_skipped == 0
    assert len({text_hash(a.text) for a in articles}) == 12
    for article in articles:
        assert article.date.startswith("2016-10-") and article.outlet.startswith("The ")
        assert article.url.startswith("https://www.") and article.author and article.title
        assert 100 <= len(article.text.split()) <= 3000
    assert generator.main(["--out", str(ROOT / "out-synthetic"), "--articles", "1"]) == 2  # never in the checkout
    assert not (ROOT / "out-synthetic").exists()
    assert "inside the checkout" in capsys.readouterr().err
