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
