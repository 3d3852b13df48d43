"""A long-running bot keeps what it imports: storage must not pull in numpy through sqlite-utils."""

from __future__ import annotations

import subprocess
import sys


def test_storage_leaves_numpy_out_and_numpy_still_imports_afterwards() -> None:
    code = ("import sys, storage, sqlite_utils.db as db; loaded = 'numpy' in sys.modules; "
            "import numpy; print(loaded, db.np is None, numpy.__name__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["False", "True", "numpy"]
