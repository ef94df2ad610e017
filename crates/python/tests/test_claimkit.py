"""The Python package against the claimkit binary: the same documents byte
for byte, the same errors, the GIL released while Rust works."""

from __future__ import annotations

import json
import pickle
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

import claimkit
from conftest import REPO, fixture_paths

FIXTURES = fixture_paths()
PRIMARY = "fixtures/comparative-connections-japan-korea-2020-05-08.txt"


def compact(document) -> bytes:
    """JSON as `claimkit extract` writes it for one input (serde_json's
    compact form: no spaces, non-ASCII as is), with the binary's newline."""
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def pretty(document) -> bytes:
    """JSON as `claimkit extract --pretty` and `check --format json` write it."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()


def read_text(path: str) -> str:
    # newline="": the text as the binary reads it, CRLF and lone CR kept.
    with open(REPO / path, encoding="utf-8", newline="") as f:
        return f.read()


@pytest.mark.parametrize("path", FIXTURES)
def test_extract_is_the_binarys_output_byte_for_byte(cli, path):
    run = cli("extract", path)
    assert run.returncode == 0, run.stderr
    from_str = claimkit.extract(read_text(path), source=path)
    from_bytes = claimkit.extract((REPO / path).read_bytes(), source=path)
    assert compact(from_str) == run.stdout
    assert compact(from_bytes) == run.stdout
    assert from_str == json.loads(run.stdout)


@pytest.mark.parametrize("path", FIXTURES[::7])
def test_pretty_json_is_the_binarys_pretty_output(cli, path):
    run = cli("extract", "--pretty", path)
    assert run.returncode == 0, run.stderr
    assert pretty(claimkit.extract(read_text(path), source=path)) == run.stdout


def test_without_a_source_the_document_is_that_of_standard_input(cli):
    data = (REPO / PRIMARY).read_bytes()
    run = cli("extract", input=data)
    assert run.returncode == 0, run.stderr
    document = claimkit.extract(data.decode())
    assert document["source"]["path"] == "-"
    assert compact(document) == run.stdout


@pytest.mark.parametrize("path", FIXTURES)
def test_check_gives_the_json_reports_diagnostics(cli, path):
    run = cli("check", "--format", "json", path)
    assert run.returncode in (0, 1), run.stderr
    diagnostics = claimkit.check(read_text(path), source=path)
    # The whole report, rebuilt around the package's diagnostics, is the
    # binary's byte for byte (so their keys are in the same order too).
    severities = Counter(d["severity"] for d in diagnostics)
    report = {
        "$schema": "https://claimkit.dev/schemas/v1/report.schema.json",
        "diagnostics": diagnostics,
        "summary": {
            "error": severities["error"],
            "files": 1,
            "info": severities["info"],
            "warning": severities["warning"],
        },
        "tool": {"name": "claimkit", "version": claimkit.__version__},
    }
    assert pretty(report) == run.stdout
    assert (run.returncode == 1) == any(d["severity"] in ("error", "warning") for d in diagnostics)


def test_check_select_and_config_are_the_binarys(cli, tmp_path):
    text = read_text(PRIMARY)
    everything = claimkit.check(text)
    assert {d["file"] for d in everything} == {"<stdin>"}
    selected = claimkit.check(text, select=["quote"])
    assert selected and all(d["rule"].startswith("quote/") for d in selected)
    assert len(selected) < len(everything)
    config = tmp_path / "claimkit.toml"
    config.write_text('select = ["chronology"]\n[severity]\n"chronology/date-format" = "error"\n')
    run = cli("check", "--format", "json", "--config", str(config), PRIMARY)
    configured = claimkit.check(text, config=config, source=PRIMARY)
    assert configured == json.loads(run.stdout)["diagnostics"]
    assert configured and all(d["rule"].startswith("chronology/") for d in configured)


def stderr_message(run) -> str:
    """The binary's error message, without its `claimkit: error: ` prefix."""
    lines = run.stderr.decode().strip().splitlines()
    return "\n".join(line.removeprefix("claimkit: error: ") for line in lines)


def test_configuration_errors_have_the_binarys_messages(cli, tmp_path):
    with pytest.raises(claimkit.ConfigError) as raised:
        claimkit.check("text", select=["quote/mismtach"])
    run = cli("check", "--select", "quote/mismtach", PRIMARY)
    assert run.returncode == 2
    assert str(raised.value) == stderr_message(run)
    assert "did you mean \"quote/mismatch\"?" in str(raised.value)

    bad = tmp_path / "claimkit.toml"
    bad.write_text('select = ["chronolgy", "quote/unbalancd"]\nnot-a-key = 1\n')
    with pytest.raises(claimkit.ConfigError) as raised:
        claimkit.check("text", config=bad)
    run = cli("check", "--config", str(bad), PRIMARY)
    assert run.returncode == 2
    assert str(raised.value) == stderr_message(run)

    missing = tmp_path / "missing.toml"
    with pytest.raises(claimkit.ConfigError) as raised:
        claimkit.check("text", config=missing)
    run = cli("check", "--config", str(missing), PRIMARY)
    assert str(raised.value) == stderr_message(run)


def test_bytes_that_are_not_utf8_raise_the_binarys_message(cli, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("May 1, 2020: Caf\xe9 talks.\n".encode("latin-1"))
    with pytest.raises(claimkit.EncodingError) as raised:
        claimkit.extract(path.read_bytes(), source=path)
    run = cli("extract", str(path))
    assert run.returncode == 2
    assert str(raised.value) == stderr_message(run)
    assert "not valid UTF-8 at byte 16" in str(raised.value)


def test_bad_input_raises_and_never_crashes():
    with pytest.raises(TypeError, match="a text is str or bytes, not int"):
        claimkit.extract(12)
    with pytest.raises(claimkit.EncodingError):
        claimkit.extract("lone surrogate \ud800")
    with pytest.raises(claimkit.EncodingError):
        claimkit.check(b"\xff\xfe\xfd")
    with pytest.raises(TypeError):
        claimkit.extract_many(["May 1, 2020: A.\n", None])
    with pytest.raises(ValueError, match="2 sources for 1 texts"):
        claimkit.extract_many(["a"], sources=["a.txt", "b.txt"])
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        claimkit.extract_many(["a"], jobs=0)
    with pytest.raises(claimkit.SchemaError, match='unknown schema "nope"'):
        claimkit.schema("nope")
    with pytest.raises(claimkit.DocumentError, match="not valid JSON at line 1"):
        claimkit.validate('{"$schema": ')
    with pytest.raises(claimkit.DocumentError, match="not JSON data"):
        claimkit.validate({"$schema": object()})
    with pytest.raises(claimkit.SchemaError, match="cannot read"):
        claimkit.validate({}, schema="/nonexistent/schema.json")
    for error in (claimkit.EncodingError, claimkit.ConfigError, claimkit.SchemaError,
                  claimkit.DocumentError, claimkit.InternalError):
        assert issubclass(error, claimkit.ClaimkitError)
    # Dask and Spark send a worker's exception back to the client pickled.
    again = pickle.loads(pickle.dumps(claimkit.ConfigError("x")))
    assert type(again) is claimkit.ConfigError and str(again) == "x"
    # Hostile text is text: an article, never an error.
    for text in ["", "\x00" * 1000, "“" * 10_000, "\ufeff", "May 32, 2020: no such day.\n"]:
        assert claimkit.validate(claimkit.extract(text)) == []


def test_validate_reports_what_the_binary_reports(cli, tmp_path):
    document = claimkit.extract(read_text(PRIMARY), source=PRIMARY)
    assert claimkit.validate(document) == []
    assert claimkit.validate(json.dumps(document)) == []
    del document["metadata"]
    document["chronologies"][0]["entries"][0]["date"]["start"] = "2020-02-30"
    document["chronologies"][0]["entries"][1]["span"]["line"] = -1
    errors = claimkit.validate(document)
    assert len(errors) >= 3
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(document))
    run = cli("validate", str(path))
    assert run.returncode == 1
    expected = [f"{path}:1: {e['instance_path'] or '/'}: {e['message']}" for e in errors]
    assert run.stdout.decode().splitlines() == expected
    assert {e["instance_path"] for e in errors} >= {
        "/chronologies/0/entries/0/date/start",
        "/chronologies/0/entries/1/span/line",
    }


def test_a_document_without_a_schema_is_invalid():
    [error] = claimkit.validate({"source": {}})
    assert error["instance_path"] == ""
    assert "no top-level \"$schema\" string" in error["message"]
    assert claimkit.validate({"source": {}}, schema="article") != []
    [error] = claimkit.validate({"$schema": "https://example.com/other"})
    assert error["instance_path"] == "/$schema"


@pytest.mark.parametrize("name", ["article", "report", "definitions"])
def test_schema_is_the_embedded_one(cli, name):
    run = cli("schema", name)
    assert claimkit.schema(name) == json.loads(run.stdout)


def test_version_is_the_binarys(cli):
    run = cli("--version")
    assert run.stdout.decode().split() == ["claimkit", claimkit.__version__]


def test_extract_many_keeps_the_order_and_the_results_of_extract():
    texts = [read_text(p) for p in FIXTURES]
    many = claimkit.extract_many(texts, sources=FIXTURES)
    assert many == [claimkit.extract(t, source=p) for t, p in zip(texts, FIXTURES)]
    assert claimkit.extract_many(iter(texts[:3]), jobs=1) == [claimkit.extract(t) for t in texts[:3]]
    assert claimkit.extract_many([]) == []


def test_the_gil_is_released_while_rust_works():
    """A Python thread makes progress while extract_many works: with the GIL
    held for the whole call, it could run only before and after it."""
    # Prose: slow to read, small to convert (the conversion to Python
    # objects after the Rust work holds the GIL, as it must).
    prose = "The ministers met in Seoul and spoke about trade and the economy. " * 20_000
    texts = [prose] * 8
    ticks: list[float] = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(time.perf_counter())

    thread = threading.Thread(target=count)
    thread.start()
    try:
        start = time.perf_counter()
        claimkit.extract_many(texts)
        end = time.perf_counter()
    finally:
        stop.set()
        thread.join()
    # The middle half of the call: no switch into or out of the call
    # (every 5 ms by default) can reach into it.
    quarter = (end - start) / 4
    during = [t for t in ticks if start + quarter < t < end - quarter]
    assert during, f"no tick of the other thread during the call's {end - start:.3f} s"


def test_the_package_docstrings_example_runs():
    import doctest

    result = doctest.testmod(claimkit)
    assert result.attempted > 0 and result.failed == 0
