from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a clean skip saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data sits beside the checkout on the project's machines")
    return path


@pytest.fixture(scope="session")
def seed_gold():
    """The hand annotation of the seed article."""
    import json

    return json.loads(shared_path("corpus", "seed-article.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_analysis():
    """The seed article analysed once for the whole session (published 2021-08-31)."""
    import saywho

    text = shared_path("corpus", "seed-article.txt").read_text(encoding="utf-8")
    return saywho.analyze(text, date="2021-08-31")


@pytest.fixture(scope="session")
def doubting():
    """The pipeline with a ranker that doubts every pronoun (threshold 1.0): what names one is the rules alone."""
    from saywho.nlp import add_saywho_components, load_base_model

    return add_saywho_components(load_base_model(), {"saywho_speakers": {"ranker_threshold": 1.0}})


def attribution_parts(text: str, *, with_kind: bool = False) -> list[tuple]:
    """Each attribution saywho finds in `text` (dated 2016-01-01) as (source, cue, content pieces), exactly as
    written; with its kind first where `with_kind`."""
    import saywho

    found = []
    for a in saywho.analyze(text, date="2016-01-01").attributions:
        parts = (a.source.text if a.source else None, a.cue.text if a.cue else None,
                 [text[start:end] for start, end in a.content.spans])
        found.append((a.kind, *parts) if with_kind else parts)
    return found


def pronoun_speakers(nlp, text: str) -> list[tuple[str, str | None]]:
    """Each he or she source of `text` with the name `nlp` gives it (None: left unnamed)."""
    from saywho.pipeline import _doc_for, analysis_of, to_article

    article = to_article(text, "2024-05-01")
    analysis = analysis_of(nlp(_doc_for(nlp, article.text, article.date)), article)
    return [(a.source.text, a.speaker.name if a.speaker and a.speaker.named else None)
            for a in analysis.attributions if a.source is not None and a.source.text.lower() in {"he", "she"}]


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of its own on 127.0.0.1 for the session (tests/postgres_server.py), or a skip saying why."""
    pytest.importorskip("psycopg", reason="the PostgreSQL store tests need psycopg: pip install -e '.[dev]'")
    from postgres_server import Server, Unavailable

    try:
        server = Server().start()
    except Unavailable as reason:
        pytest.skip(f"no PostgreSQL server for the tests: {reason}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_at(request, tmp_path):
    """Where to make a new, empty store, on each back end: `store_at("name")` is a SQLite file or a new database."""
    if request.param == "sqlite":
        return lambda name="corpus": tmp_path / f"{name}.db"
    server = request.getfixturevalue("postgres_server")
    return lambda name="corpus": server.new_schema()
