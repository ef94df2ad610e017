"""Extract a directory of articles with PySpark, and check the count of
entries against the claimkit binary.

    python examples/spark_extract.py DIR OUT [--master local[2]]

reads every article of DIR (*.txt, *.md, *.markdown) with Spark's
binaryFile source, extracts each with claimkit on the executors
(mapInPandas: a batch of files in, their entries out), and writes one row
per chronology entry to OUT/entries.parquet. Then it runs `claimkit extract
DIR` and fails unless the Parquet has the binary's number of entries.
On a real cluster, pass --master spark://HOST:7077 (or yarn, k8s://...)
and a DIR every executor can read (hdfs://, s3a://); nothing else changes.
Needs Java 17.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Iterator

import pandas as pd
from pyspark.sql import SparkSession

import corpus

ENTRY_SCHEMA = (
    "source string, chronology long, entry long, date_text string, start string, "
    "end string, precision string, year_source string, line long, text string"
)
COLUMNS = [c.split()[0] for c in ENTRY_SCHEMA.split(", ")]


def extract_batches(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """Files (path, content) in, one row per chronology entry out (runs on
    the executors)."""
    import claimkit

    for batch in batches:
        rows = []
        for path, content in zip(batch["path"], batch["content"]):
            document = claimkit.extract(bytes(content), source=path)
            for c, chronology in enumerate(document["chronologies"]):
                for e, entry in enumerate(chronology["entries"]):
                    date = entry["date"]
                    rows.append((
                        path, c, e, date["text"], date.get("start"), date.get("end"),
                        date.get("precision"), date.get("year_source"),
                        entry["span"]["line"], entry["text"],
                    ))
        yield pd.DataFrame(rows, columns=COLUMNS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("out", type=Path)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--cli", help="the claimkit binary (default: on PATH or this repository's release build)")
    args = parser.parse_args()

    # The executors run this interpreter, which has claimkit installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(args.master)
        .appName("claimkit-extract")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        # Articles are small: without this, Spark counts 4 MB for opening
        # each file and makes one task per 32 files.
        .config("spark.sql.files.openCostInBytes", str(64 * 1024))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        started = time.perf_counter()
        files = (
            spark.read.format("binaryFile")
            .option("pathGlobFilter", "*.{txt,md,markdown}")
            .load(args.directory)
            .select("path", "content")
        )
        entries = files.mapInPandas(extract_batches, schema=ENTRY_SCHEMA)
        target = str(args.out / "entries.parquet")
        entries.write.mode("overwrite").parquet(target)
        written = spark.read.parquet(target)
        count = written.count()
        articles = files.count()
        seconds = time.perf_counter() - started
    finally:
        spark.stop()

    cli_articles, cli_entries = corpus.cli_entry_count(args.directory, corpus.binary(args.cli))
    print(f"spark: {articles} articles, {count} entries in Parquet in {seconds:.2f} s")
    print(f"claimkit extract: {cli_articles} articles, {cli_entries} entries")
    if (articles, count) != (cli_articles, cli_entries):
        sys.exit(f"spark_extract: spark has {articles} articles and {count} entries, "
                 f"the binary {cli_articles} and {cli_entries}")
    print("ok: the same articles and entries as the binary")


if __name__ == "__main__":
    main()
