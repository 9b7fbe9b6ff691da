"""The fitted learned layer, kept on disk between processes.

Fitting takes seconds (a ridge fit over every table entry); every serving process, Celery
worker and scoring worker would pay for it on its first classification. The first process to fit
it writes it to `DOCSIM_MATCHER_CACHE` (default `.cache/matcher/` in the project), named by a
fingerprint of everything the fit depends on: the corpus, the demo cases, the matcher's and the
vocabulary's code, and the versions of Python, numpy, scipy and scikit-learn. A change to any of
them fits anew. The directory is the application's own, trusted as its code is: the file is a
pickle.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from . import corpus

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]
_SOURCES = (ROOT / "cases" / "matching", ROOT / "cases" / "vocabulary")
_LIBRARIES = ("numpy", "scipy", "scikit-learn")
T = TypeVar("T")


def cache_dir() -> Path:
    return Path(os.environ.get("DOCSIM_MATCHER_CACHE") or ROOT / ".cache" / "matcher")


def fingerprint() -> str:
    digest = hashlib.sha256()
    files = [
        *corpus.CORPUS_DIR.glob("*.yaml"),
        *corpus.DEMO_DIR.glob("*.yaml"),
        *(p for source in _SOURCES for p in source.rglob("*.py")),
    ]
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    versions = [sys.version, *(metadata.version(name) for name in _LIBRARIES)]
    digest.update("\0".join(versions).encode())
    return digest.hexdigest()[:32]


def load_or_fit(fit: Callable[[], T]) -> T:
    """The fitted object of this fingerprint: read from the cache, or fitted and written there
    (a process that cannot write it still gets it, fitted)."""
    folder = cache_dir()
    path = folder / f"learned-{fingerprint()}.pickle"
    try:
        with path.open("rb") as kept:
            found: T = pickle.load(kept)  # noqa: S301 (the application's own file)
            return found
    except FileNotFoundError:
        pass
    except Exception:  # a truncated or foreign file: fit anew and replace it
        log.warning("matcher cache %s is unreadable; fitting anew", path, exc_info=True)
    fitted = fit()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as written:
            pickle.dump(fitted, written, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(written.name, path)  # whole or not at all, whoever reads it meanwhile
        for stale in folder.glob("learned-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        log.warning("matcher cache %s cannot be written", folder, exc_info=True)
    return fitted
