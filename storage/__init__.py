"""SQLite persistence for the screener: one Repository, plain records, no Telegram."""

import importlib
import sys


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy whenever it is installed (matplotlib brings it, for the charts), only to map
    numpy values to column types, and we store none: about 25 MB of a long-running bot's memory for nothing.
    The charts import numpy for themselves when one is drawn."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail, for this import only
    try:
        importlib.import_module("sqlite_utils")
    finally:
        del sys.modules["numpy"]


_import_sqlite_utils_without_numpy()

from storage.records import OutboxRecord, SessionRecord, TurnWrite, UserRecord, VerdictRecord  # noqa: E402
from storage.repository import Repository  # noqa: E402

__all__ = ["OutboxRecord", "Repository", "SessionRecord", "TurnWrite", "UserRecord", "VerdictRecord"]
