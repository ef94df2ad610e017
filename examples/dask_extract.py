"""Extract a directory of articles with Dask distributed, and check the
result against the claimkit binary.

    python examples/dask_extract.py DIR OUT [--workers 2] [--scheduler ADDRESS]

reads every article of DIR (*.txt, *.md, *.markdown, as `claimkit extract
DIR` does) in a dask.bag over the file paths, on a LocalCluster of
--workers worker processes (one thread each), and writes

- OUT/jsonl/*.jsonl: one record per article, the binary's JSON Lines
  (part files in input order: their concatenation is the binary's output);
- OUT/entries.parquet: one row per chronology entry.

Then it runs `claimkit extract DIR` and fails unless both outputs have the
binary's number of articles and entries and the JSON Lines are its bytes.
On a real cluster, pass --scheduler tcp://HOST:8786 instead of starting a
LocalCluster; nothing else changes (DIR must be readable by every worker).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import time
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

import corpus

# One row per chronology entry.
ENTRY_COLUMNS = {
    "source": "string",
    "chronology": "int64",
    "entry": "int64",
    "date_text": "string",
    "start": "string",
    "end": "string",
    "precision": "string",
    "year_source": "string",
    "line": "int64",
    "text": "string",
}


def extract_file(path: str) -> dict:
    """The record of one article, as `claimkit extract` writes it (runs on a worker)."""
    import claimkit

    with open(path, "rb") as f:
        return claimkit.extract(f.read(), source=path)


def as_json_line(document: dict) -> str:
    # The binary's compact JSON: no spaces, non-ASCII as is.
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def entry_rows(document: dict) -> list[dict]:
    """One flat row per chronology entry of a record."""
    rows = []
    for c, chronology in enumerate(document.get("chronologies", [])):
        for e, entry in enumerate(chronology["entries"]):
            date = entry["date"]
            rows.append({
                "source": document["source"]["path"],
                "chronology": c,
                "entry": e,
                "date_text": date["text"],
                "start": date.get("start"),
                "end": date.get("end"),
                "precision": date.get("precision"),
                "year_source": date.get("year_source"),
                "line": entry["span"]["line"],
                "text": entry["text"],
            })
    return rows


def run(paths: list[str], out: Path, client: Client) -> dict:
    """Extracts `paths` on the cluster; writes OUT/jsonl and OUT/entries.parquet."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    # A few partitions per worker, so that a slow one does not hold up the rest.
    workers = max(1, len(client.scheduler_info()["workers"]))
    partitions = max(1, min(len(paths), 8 * workers))
    records = db.from_sequence(paths, npartitions=partitions).map(extract_file).persist()
    digits = len(str(partitions))
    records.map(as_json_line).to_textfiles(
        str(out / "jsonl" / "*.jsonl"),
        name_function=lambda i: f"{i:0{digits}d}",
        last_endline=True,
    )
    meta = pd.DataFrame({k: pd.Series(dtype=v) for k, v in ENTRY_COLUMNS.items()})
    entries = records.map(entry_rows).flatten().to_dataframe(meta=meta)
    entries.to_parquet(str(out / "entries.parquet"), write_index=False)
    return {"articles": records.count().compute()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="a running scheduler's address instead of a LocalCluster")
    parser.add_argument("--cli", help="the claimkit binary (default: on PATH or this repository's release build)")
    args = parser.parse_args()

    paths = corpus.article_paths(args.directory)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    with client:
        started = time.perf_counter()
        result = run(paths, args.out, client)
        seconds = time.perf_counter() - started

    lines = b"".join(p.read_bytes() for p in sorted((args.out / "jsonl").glob("*.jsonl")))
    parquet_entries = len(dd.read_parquet(str(args.out / "entries.parquet")))
    jsonl_entries = sum(corpus.entry_count(json.loads(l)) for l in lines.splitlines())

    expected = corpus.cli_output(args.directory, corpus.binary(args.cli))
    cli_articles = len(expected.splitlines())
    cli_entries = sum(corpus.entry_count(json.loads(l)) for l in expected.splitlines())
    print(f"dask: {result['articles']} articles in {seconds:.2f} s "
          f"({result['articles'] / seconds:.0f} articles/s), {parquet_entries} entries in Parquet")
    print(f"claimkit extract: {cli_articles} articles, {cli_entries} entries")
    problems = []
    if result["articles"] != cli_articles or len(lines.splitlines()) != cli_articles:
        problems.append(f"articles: dask {result['articles']}, binary {cli_articles}")
    if parquet_entries != cli_entries or jsonl_entries != cli_entries:
        problems.append(f"entries: Parquet {parquet_entries}, JSON Lines {jsonl_entries}, binary {cli_entries}")
    if hashlib.sha256(lines).digest() != hashlib.sha256(expected).digest():
        problems.append("the JSON Lines differ from the binary's output")
    if problems:
        sys.exit("dask_extract: " + "; ".join(problems))
    print("ok: the same articles, entries and JSON Lines bytes as the binary")


if __name__ == "__main__":
    main()
