"""Shared fixtures: the repository's paths, the `copydesk` binary, and the rule for tests
that need ../shared or optional dependencies."""

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
EVAL = SHARED / "eval"
SEED = SHARED / "seeds" / "000_fb32b9d320414045.txt"


def require(*modules, java=False):
    """Skips the test when a module (or `java`) is missing, unless COPYDESK_REQUIRE_SPARK=1
    (CI), where a missing dependency fails it: the Spark and datatrove tests must run there."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if java and shutil.which("java") is None:
        missing.append("java")
    if missing:
        message = f"missing {', '.join(missing)} (python/dev-setup.sh installs the test dependencies)"
        if os.environ.get("COPYDESK_REQUIRE_SPARK") == "1":
            pytest.fail(message + "; COPYDESK_REQUIRE_SPARK=1 requires them")
        pytest.skip(message)


def require_shared(path):
    if not path.exists():
        pytest.skip(f"skipped: {path} not found (../shared/eval is absent)")


@pytest.fixture(scope="session")
def copydesk_bin():
    """The `copydesk` binary: $COPYDESK_BIN, or the debug build (cargo builds it if it is
    absent or stale; a no-op when `cargo test` has just run)."""
    if os.environ.get("COPYDESK_BIN"):
        return os.environ["COPYDESK_BIN"]
    if shutil.which("cargo") is None:
        pytest.skip("cargo not found: cannot build the copydesk binary to compare with")
    subprocess.run(
        ["cargo", "build", "--quiet", "--bin", "copydesk"], cwd=REPO, check=True
    )
    return str(REPO / "target" / "debug" / "copydesk")


def corpus_pages():
    """(name, path, is_text) of every corpus page."""
    pages = []
    for case in sorted(CORPUS.iterdir()):
        for name, is_text in (("page.html", False), ("page.txt", True)):
            if (case / name).exists():
                pages.append((case.name, case / name, is_text))
    return pages
