"""The command line: formats, exit codes, and one clear line for every bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from narrative_kit.cli import main


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_check_text_output(example_drafts):
    result = run("check", str(example_drafts["en"]))
    assert result.exit_code == 0
    assert "amina-public-narrative.md" in result.output
    assert "words" in result.output


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_check_json_output_is_the_contract(language, example_drafts):
    result = run("check", str(example_drafts[language]), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["schema_version"] == "1"
    assert data["language"] == language
    assert data["source"] == str(example_drafts[language])


def test_several_files_give_a_json_array(example_drafts):
    result = run("check", *(str(p) for p in example_drafts.values()), "--format", "json")
    assert result.exit_code == 0
    assert [r["language"] for r in json.loads(result.output)] == ["en", "fr", "ar"]


def test_stdin_is_read_with_a_dash():
    result = run("check", "-", "--format", "json", input="نحن هنا معاً، وسنبقى.".encode())
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["source"] == "<stdin>"
    assert data["language"] == "ar"


def test_language_override(example_drafts):
    result = run("check", str(example_drafts["en"]), "--language", "fr", "--format", "json")
    assert json.loads(result.output)["language"] == "fr"


def test_out_writes_a_file_and_never_overwrites_a_draft(tmp_path, example_drafts):
    draft = tmp_path / "draft.txt"
    original = example_drafts["fr"].read_bytes()
    draft.write_bytes(original)
    out = tmp_path / "report.json"
    assert run("check", str(draft), "--format", "json", "--out", str(out)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["language"] == "fr"
    refused = run("check", str(draft), "--out", str(draft))
    assert refused.exit_code == 2
    assert "never overwritten" in refused.output
    assert draft.read_bytes() == original


def test_fail_on(tmp_path):
    draft = tmp_path / "long.txt"
    draft.write_text("I was there that night and I saw it all. " * 80, encoding="utf-8")
    assert run("check", str(draft)).exit_code == 0
    assert run("check", str(draft), "--fail-on", "warning").exit_code == 1
    assert run("check", str(draft), "--fail-on", "error").exit_code == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x00\x00\x01\x02", "binary"),
        (b"\x81\x8d\x8f\x90\x9d" * 3, "UTF-8"),
        (b"\xff\xfe" + bytes(range(0x80, 0xFF)), "not valid utf-16"),
        (b"\xff\xfe" + "\u4e2d\u6587\u5b57\u7b26\u3002".encode("utf-16-le") * 9, "wrong encoding"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path, content, expected):
    draft = tmp_path / "bad.txt"
    draft.write_bytes(content)
    proc = subprocess.run(
        [sys.executable, "-m", "narrative_kit", "check", str(draft)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert expected in lines[0] and str(draft) in lines[0]
    assert "Traceback" not in proc.stderr


def test_missing_path_directory_and_oversize(tmp_path):
    missing = run("check", str(tmp_path / "nope.txt"))
    assert missing.exit_code == 2 and "no such file" in missing.output
    folder = run("check", str(tmp_path))
    assert folder.exit_code == 2 and "is a folder" in folder.output
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000, encoding="utf-8")
    over = run("check", str(big), "--max-bytes", "100")
    assert over.exit_code == 2 and "larger than 100 bytes" in over.output


def test_one_bad_file_does_not_hide_the_good_ones(tmp_path, example_drafts):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("check", str(empty), str(example_drafts["en"]), "--format", "json")
    assert result.exit_code == 2
    assert '"language": "en"' in result.output


def test_usage_errors_exit_2(example_drafts):
    assert run("check").exit_code == 2
    assert run("check", str(example_drafts["en"]), "--format", "pdf").exit_code == 2
    unknown = run("check", str(example_drafts["en"]), "--framework", "nope")
    assert unknown.exit_code == 2 and "public-narrative" in unknown.output


def test_frameworks_rules_explain_version():
    assert "public-narrative" in run("frameworks").output
    rules = run("rules")
    assert rules.exit_code == 0 and "length.over-time" in rules.output
    explained = run("explain", "length.long-sentence")
    assert explained.exit_code == 0
    for heading in ("Why it matters", "Example", "Better", "What to try"):
        assert heading in explained.output
    unknown = run("explain", "length.longsentence")
    assert unknown.exit_code == 2 and "length.long-sentence" in unknown.output
    assert "0.1.0" in run("--version").output
    assert "check" in run("--help").output


def test_no_colour_off_a_tty_and_with_no_color(example_drafts, monkeypatch):
    assert "\x1b[" not in run("check", str(example_drafts["en"])).output
    monkeypatch.setenv("NO_COLOR", "1")
    proc = subprocess.run(
        [sys.executable, "-m", "narrative_kit", "check", str(example_drafts["en"])],
        capture_output=True, text=True, timeout=60,
    )
    assert "\x1b[" not in proc.stdout
