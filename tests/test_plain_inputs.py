"""Plain-text inputs as people have them: folded at 72 columns, several at once, with a metadata table, undated."""

import json
import textwrap

from saywho import analyze
from saywho.cli import main
from saywho.read import read_text
from saywho.read.text import unfold_hard_wraps

PARAGRAPHS = [
    "Harbour board delays the new ferry terminal",
    "The harbour board voted on Thursday to delay the new ferry terminal by a year. \"We cannot build "
    "on a promise of money that has not arrived,\" said Ingrid Halvorsen, who chairs the board's finance "
    "committee. She added that the board would look again at the plans in the spring.",
    "\"Every month of delay costs the islands their trade,\" said Tomas Berg, a ferry operator on the "
    "northern route.",
]


def folded(paragraphs: list[str], width: int = 72) -> str:
    return "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs) + "\n"


def described(analysis) -> list[tuple[str, str, str, str]]:
    return [(a.kind, a.speaker.name if a.speaker else "", a.cue.text if a.cue else "", a.content.text)
            for a in analysis.attributions]


def test_text_folded_at_72_columns_reads_as_its_paragraphs():
    text = folded(PARAGRAPHS)
    assert text.count("\n") > 8

    analysis = analyze(read_text(text), date="2026-11-26")

    assert len(analysis.paragraphs) == 3
    assert analysis.warnings == []
    assert described(analysis) == [
        ("indirect", "The harbour board", "voted", "to delay the new ferry terminal by a year"),
        ("direct", "Ingrid Halvorsen", "said",
         "\"We cannot build on a promise of money that has not arrived,\""),
        ("indirect", "Ingrid Halvorsen", "added", "that the board would look again at the plans in the spring"),
        ("direct", "Tomas Berg", "said", "\"Every month of delay costs the islands their trade,\""),
    ]


def test_unfolding_keeps_every_offset():
    text = folded(PARAGRAPHS).rstrip()
    unfolded = unfold_hard_wraps(text)
    assert len(unfolded) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, unfolded)) if a != b] == [
        i for i, c in enumerate(text) if c == "\n" and text[i - 1] != "\n" and text[i + 1] != "\n"
    ]


def test_short_lines_are_not_taken_for_folded_ones():
    text = ("Results by district\n\nNorth: 42 percent\nSouth: 37 percent\nEast: 12 percent\nWest: 9 percent\n\n"
            "\"It was close in the south,\" the returning officer said.")
    assert unfold_hard_wraps(text) == text


def test_one_paragraph_per_line_is_left_alone():
    text = "\n".join(PARAGRAPHS)
    assert unfold_hard_wraps(text) == text


def write_two_articles(folder):
    (folder / "ferry.txt").write_text(folded(PARAGRAPHS), encoding="utf-8")
    (folder / "bridge.txt").write_text(
        "Officials said the bridge would reopen next week.\n\n\"It is safe,\" the mayor said on Tuesday.\n",
        encoding="utf-8")
    (folder / "metadata.tsv").write_text(
        "filename\toutlet\tdate\ttitle\nferry.txt\tThe Island Courier\t2026-11-27\tFerry terminal delayed\n",
        encoding="utf-8")


def test_several_files_are_titled_in_the_terminal(tmp_path, capsys, monkeypatch):
    write_two_articles(tmp_path)
    monkeypatch.chdir(tmp_path)

    assert main(["analyze", "ferry.txt", "bridge.txt"]) == 0

    out = capsys.readouterr().out
    titles = [line.strip("─ ") for line in out.splitlines() if line.startswith("─")]
    assert titles == ["ferry.txt", "bridge.txt"]


def test_several_files_as_json_are_one_line_each_with_their_metadata(tmp_path, capsys, monkeypatch):
    write_two_articles(tmp_path)
    monkeypatch.chdir(tmp_path)

    assert main(["analyze", "ferry.txt", "bridge.txt", "--format", "json"]) == 0

    ferry, bridge = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (ferry["article"]["outlet"], ferry["article"]["date"], ferry["article"]["title"]) == (
        "The Island Courier", "2026-11-27", "Ferry terminal delayed")
    assert [d["value"] for d in ferry["dates"]] == ["2026-11-26"]
    assert bridge["article"]["date"] is None


def test_relative_dates_without_a_publication_date_are_explained(tmp_path, capsys, monkeypatch):
    write_two_articles(tmp_path)
    monkeypatch.chdir(tmp_path)

    assert main(["analyze", "bridge.txt", "--format", "json"]) == 0

    out, err = capsys.readouterr()
    message = ("2 relative dates (“next week”, “Tuesday”) left unresolved: "
               "no publication date was given to resolve them against")
    assert message in json.loads(out)["warnings"]
    assert f"bridge.txt: {message}" in err


def test_the_date_given_resolves_them_and_silences_the_hint(tmp_path, capsys, monkeypatch):
    write_two_articles(tmp_path)
    monkeypatch.chdir(tmp_path)

    assert main(["analyze", "bridge.txt", "--format", "json", "--date", "2026-11-27"]) == 0

    analysis = json.loads(capsys.readouterr().out)
    assert [d["value"] or d["start"] for d in analysis["dates"]][1] == "2026-11-24"
    assert not any("relative date" in w for w in analysis["warnings"])
