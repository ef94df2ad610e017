"""Shared fixtures: the repository, its fixture texts, and the claimkit binary
the package is compared with."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


def _binary() -> Path:
    """The claimkit binary: $CLAIMKIT_BIN, else the release build of this
    repository (in $CARGO_TARGET_DIR or target/), else `claimkit` on PATH."""
    if os.environ.get("CLAIMKIT_BIN"):
        return Path(os.environ["CLAIMKIT_BIN"])
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    for candidate in (target / "release" / "claimkit", REPO / "target" / "release" / "claimkit"):
        if candidate.is_file():
            return candidate
    found = shutil.which("claimkit")
    if found:
        return Path(found)
    raise RuntimeError(
        "no claimkit binary: run `cargo build --release` or set CLAIMKIT_BIN"
    )


@pytest.fixture(scope="session")
def cli():
    """Runs the claimkit binary from the repository's top directory (so
    paths in its output are relative, as the tests name them)."""
    binary = _binary()

    def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [str(binary), *args],
            cwd=REPO,
            input=input,
            capture_output=True,
            env={k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")},
        )

    return run


def fixture_paths() -> list[str]:
    """Every text under fixtures/, relative to the repository, sorted."""
    paths = [
        p.relative_to(REPO).as_posix()
        for p in (REPO / "fixtures").rglob("*")
        if p.is_file() and p.suffix in (".txt", ".md")
    ]
    assert len(paths) > 50, f"expected the fixtures of the repository, found {len(paths)}"
    return sorted(paths)
