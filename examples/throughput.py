"""Articles per second on one corpus, in one run: the claimkit binary, the
Python package on one core and on every core, and Dask with 2 workers.

    python examples/throughput.py [DIR] [--articles 3000] [--repeat 3]

generates the corpus of examples/corpus.py into DIR (a temporary directory
by default), then times, best of --repeat:

- `claimkit extract DIR > /dev/null` with --jobs 1 and with every core
  (reads, extracts and writes JSON Lines);
- `claimkit.extract` on each file in a loop in this process (reads and
  extracts to Python objects, one core);
- `claimkit.extract_many` over every file's text (every core);
- Dask: a LocalCluster of 2 worker processes (started before the clock)
  extracting a dask.bag of the paths and writing JSON Lines part files.

and prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

import dask.bag as db
from dask.distributed import Client, LocalCluster

import claimkit
import corpus
from dask_extract import as_json_line, extract_file


def best(repeat: int, work) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cli", help="the claimkit binary (default: on PATH or this repository's release build)")
    args = parser.parse_args()
    cli = corpus.binary(args.cli)

    with tempfile.TemporaryDirectory() as scratch:
        directory = args.directory or os.path.join(scratch, "corpus")
        paths = corpus.make(directory, args.articles)
        size = sum(os.path.getsize(p) for p in paths)
        rows = []

        def binary(jobs: str | None):
            command = [cli, "extract", directory] + (["--jobs", jobs] if jobs else [])
            with open(os.devnull, "wb") as null:
                subprocess.run(command, stdout=null, check=True)

        rows.append(("`claimkit extract DIR --jobs 1`", best(args.repeat, lambda: binary("1"))))
        rows.append((f"`claimkit extract DIR` ({os.cpu_count()} cores)", best(args.repeat, lambda: binary(None))))

        def one_core():
            for path in paths:
                with open(path, "rb") as f:
                    claimkit.extract(f.read(), source=path)

        rows.append(("`claimkit.extract` in a loop (Python, one core)", best(args.repeat, one_core)))

        def every_core():
            texts = []
            for path in paths:
                with open(path, "rb") as f:
                    texts.append(f.read())
            claimkit.extract_many(texts, sources=paths)

        rows.append((f"`claimkit.extract_many` (Python, {os.cpu_count()} cores)", best(args.repeat, every_core)))

        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        with Client(cluster):
            def dask_run():
                out = tempfile.mkdtemp(dir=scratch)
                bag = db.from_sequence(paths, npartitions=16)
                bag.map(extract_file).map(as_json_line).to_textfiles(
                    os.path.join(out, "*.jsonl"), last_endline=True
                )

            dask_run()  # warm the workers: imports, first tasks
            rows.append(("Dask `LocalCluster`, 2 worker processes, JSON Lines out", best(args.repeat, dask_run)))
        cluster.close()

    print(f"{len(paths):,} articles, {size / 1e6:.1f} MB, best of {args.repeat}, claimkit {claimkit.__version__}\n")
    print("| run | seconds | articles/s | MB/s |")
    print("| --- | ---: | ---: | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {len(paths) / seconds:,.0f} | {size / 1e6 / seconds:.1f} |")


if __name__ == "__main__":
    main()
