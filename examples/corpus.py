"""A generated corpus for the distributed examples, and what the claimkit
binary says of it.

    python examples/corpus.py DIR [--articles 3000]

writes DIR/00000-<fixture>.txt ... : variants of the repository's fixtures
(the bundled article, the focused fixtures and the layouts), each with its
years moved by up to 15 either way, so no two neighbouring articles are the
same. The same arguments always give the same files.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
YEAR = re.compile(r"\b(19|20)(\d\d)\b")
# The files `claimkit extract DIR` reads in a directory (without --include).
SUFFIXES = (".txt", ".md", ".markdown")


def make(directory: str | os.PathLike, articles: int) -> list[str]:
    """Writes `articles` articles into `directory` (created, emptied of
    earlier articles) and returns their paths in the binary's order."""
    bases = sorted(
        p for p in [*REPO.glob("fixtures/*.txt"), *REPO.glob("fixtures/layouts/*")]
        if p.suffix in SUFFIXES
    )
    texts = [p.read_text(encoding="utf-8") for p in bases]
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.suffix in SUFFIXES:
            old.unlink()
    for i in range(articles):
        base = bases[i % len(bases)]
        shift = (i // len(bases)) % 31 - 15
        text = YEAR.sub(lambda m: str(int(m.group(0)) + shift), texts[i % len(bases)])
        (out / f"{i:05d}-{base.stem}{base.suffix}").write_text(text, encoding="utf-8")
    return article_paths(directory)


def article_paths(directory: str | os.PathLike) -> list[str]:
    """The articles of a flat directory as `claimkit extract DIR` names them
    and in its order (by name; hidden files skipped)."""
    names = sorted(
        n for n in os.listdir(directory)
        if n.endswith(SUFFIXES) and not n.startswith(".")
    )
    return [os.path.join(directory, n) for n in names]


def binary(given: str | None = None) -> str:
    """The claimkit binary: `given`, $CLAIMKIT_BIN, `claimkit` on PATH, or
    this repository's release build."""
    candidates = [given, os.environ.get("CLAIMKIT_BIN"), shutil.which("claimkit")]
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    candidates.append(str(target / "release" / "claimkit"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    raise SystemExit("no claimkit binary: pass --cli PATH, set CLAIMKIT_BIN, or `cargo build --release`")


def cli_output(directory: str | os.PathLike, cli: str) -> bytes:
    """`claimkit extract DIR`: one JSON record per article, JSON Lines."""
    run = subprocess.run([cli, "extract", str(directory)], capture_output=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"claimkit extract {directory} exited {run.returncode}: {run.stderr.decode()}")
    return run.stdout


def entry_count(document: dict) -> int:
    """The chronology entries of one extracted article."""
    return sum(len(c["entries"]) for c in document.get("chronologies", []))


def cli_entry_count(directory: str | os.PathLike, cli: str) -> tuple[int, int]:
    """(articles, entries) of `claimkit extract DIR`."""
    records = [json.loads(line) for line in cli_output(directory, cli).splitlines()]
    return len(records), sum(entry_count(r) for r in records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    paths = make(args.directory, args.articles)
    size = sum(os.path.getsize(p) for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB in {args.directory}")


if __name__ == "__main__":
    main()
