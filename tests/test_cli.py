"""The `saywho` command: outputs for people and machines, and one-line errors for bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from saywho.cli import main

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seed-article.txt"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_sample_article_in_json_has_its_speakers_resolved(capsys):
    code, out, _ = run(capsys, "analyze", "--sample", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "saywho.analysis" and data["schema_version"] == 5
    assert data["article"]["title"] == "Harbour bridge vote delayed after engineers raise safety doubts"
    assert data["article"]["date"] == "2024-03-15"
    speakers = [(a["source"]["text"] if a["source"] else None, a["speaker"]["name"] if a["speaker"] else None)
                for a in data["attributions"]]
    assert speakers == [
        ("an independent engineering review", "an independent engineering review"),
        ("Mayor Elena Vasquez", "Elena Vasquez"),
        ("Vasquez", "Elena Vasquez"),
        ("the review, published by the consulting firm Hartley & Ross", "the review"),
        ("The firm’s lead engineer, Marcus Obi,", "Marcus Obi"),
        ("He", "Marcus Obi"),
        ("Obi", "Marcus Obi"),  # with the quotation that runs on into the next paragraph
        ("Its leader, Tom Reyes,", "Tom Reyes"),
        ("The party", "Harbour First party"),
        # "The party also said it would ask the regional auditor to examine …": what the party said is the
        # whole clause; "would ask" inside it (VB|ccomp, a cue 17% of the time on PolNeAR train) is no second one
        ("A resident who lives beside the planned landing site", "A resident"),
        ("she", "A resident"),
        ("Officials at the regional transport agency", "Officials"),
        ("a spokesperson", "a spokesperson"),
    ]


def test_multi_paragraph_quote_continues_with_its_speaker(capsys):
    # A quotation left open at a paragraph's end and reopened in the next is one quotation, one attribution
    # (as PolNeAR marks it), its text joined by the article's own line break rather than a "…".
    _, out, _ = run(capsys, "analyze", "--sample", "--format", "json")
    obi = [a for a in json.loads(out)["attributions"] if a["source"] and a["source"]["text"] == "Obi"]
    assert [a["content"]["text"] for a in obi] == [
        ("“Nobody should read this as a failure,” … “It is exactly what a review is for.\n"
         "“We found the problem on paper, which is the cheapest place to find it.”")]
    assert not [a for a in json.loads(out)["attributions"] if a["speaker"] and a["speaker"]["resolved_by"] == "carry-over"]


def test_terminal_view_lists_speakers(capsys):
    code, out, _ = run(capsys, "analyze", "--sample")
    assert code == 0
    assert "Marcus Obi" in out and "Elena Vasquez" in out


def test_html_view_is_a_standalone_page(capsys):
    code, out, _ = run(capsys, "analyze", "--sample", "--format", "html")
    assert code == 0
    assert out.lstrip().lower().startswith("<!doctype html>")
    assert "http://" not in out.replace("http://www.w3.org", "") and "https://" not in out


def test_several_inputs_write_one_file_each(tmp_path, capsys):
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("“We will win,” the coach said after the match on Saturday.\n", encoding="utf-8")
    second.write_text("The company said on Monday that profits had fallen sharply.\n", encoding="utf-8")
    out_dir = tmp_path / "out"
    code, _, _ = run(capsys, "analyze", str(first), str(second), "--out", str(out_dir), "--date", "2024-05-06")
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["first.json", "second.json"]
    result = json.loads((out_dir / "second.json").read_text(encoding="utf-8"))
    assert result["article"]["date"] == "2024-05-06"
    assert [a["content"]["text"] for a in result["attributions"]] == ["that profits had fallen sharply"]


def test_a_folder_stands_for_the_articles_in_it(tmp_path, capsys):
    folder = tmp_path / "articles"
    (folder / "later").mkdir(parents=True)
    (folder / "first.txt").write_text("The company said on Monday that profits had fallen.\n", encoding="utf-8")
    (folder / "later" / "second.html").write_text(
        "<html><body><p>“We will win,” the coach said on Saturday.</p></body></html>", encoding="utf-8")
    (folder / ".hidden.txt").write_text("The mayor said nothing.\n", encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(folder), "--format", "json", "--date", "2024-05-06")
    assert code == 0
    contents = [[a["content"]["text"] for a in json.loads(line)["attributions"]] for line in out.splitlines()]
    assert contents == [["that profits had fallen"], ["“We will win,”"]]


def test_stdin_is_read_with_a_dash(monkeypatch, capsys):
    import io

    text = "“The vote will wait,” the mayor said on Thursday in a long speech to the council.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    code, out, _ = run(capsys, "analyze", "-", "--format", "json")
    assert code == 0
    assert json.loads(out)["attributions"][0]["content"]["text"] == "“The vote will wait,”"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("latin1.txt", "Le ministre a déclaré que la réforme était nécessaire.".encode("latin-1"), "not UTF-8"),
        ("huge.txt", b"The council met again. " * 240_000, "up to 5 MB"),
        (
            "french.txt",
            "Le ministre a déclaré mardi que la réforme des retraites serait adoptée avant la fin de "
            "l'année, malgré les manifestations qui se multiplient dans tout le pays depuis le mois dernier."
            .encode(),
            "English",
        ),
        (
            "menu.html",
            b"<html><body><nav><a href='/'>Home</a> <a href='/login'>Log in</a></nav>"
            b"<form><input name='user'><input type='password'></form></body></html>",
            "no article text",
        ),
    ],
)
def test_bad_input_gets_one_line_and_a_non_zero_exit(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code != 0
    assert out == ""
    assert message in one_line_error(err)


def test_unbalanced_quotation_marks_give_a_partial_result_with_a_warning(tmp_path, capsys):
    path = tmp_path / "unbalanced.txt"
    path.write_text(
        "The mayor spoke for an hour on Thursday evening at the town hall.\n"
        "“We will not give up on this bridge, the mayor said to loud applause from the crowd.\n"
        "The council will vote again next month on the revised plan for the crossing.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", str(path), "--format", "json", "--date", "2024-05-02")
    assert code == 0
    assert "unbalanced quotation mark in paragraph 2" in err
    assert json.loads(out)["warnings"] == ["unbalanced quotation mark in paragraph 2: no closing mark before the paragraph ends"]


def test_a_missing_file_does_not_stop_the_others(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(
        "The company said on Monday that profits had fallen sharply in the first quarter of the year, "
        "and that it would close two of its factories in the north.\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", str(tmp_path / "missing.txt"), str(good), "--format", "json",
                         "--date", "2024-05-02")
    assert code == 1
    assert "no such file" in one_line_error(err)
    assert json.loads(out)["attributions"][0]["cue"]["text"] == "said"


def test_a_bad_date_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--sample", "--date", "31/08/2021"])
    assert exit_info.value.code == 2
    assert "is not a date of the form YYYY-MM-DD" in capsys.readouterr().err


def test_the_console_script_runs():
    script = Path(sys.executable).parent / "saywho"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("saywho ")


@pytest.mark.skipif(not SEED.exists(), reason="../shared/corpus is absent")
def test_eval_gold_reports_the_seed_article(capsys):
    code, out, _ = run(capsys, "eval", "gold", str(SEED.with_suffix("").with_suffix(".gold.json")))
    assert code == 0
    assert "25/25 quotations found" in out


def test_eval_basil_folds_needs_two_folds(capsys):
    code, _, err = run(capsys, "eval", "basil", "--folds", "1")
    assert code == 1 and "--folds needs at least 2 folds" in err
