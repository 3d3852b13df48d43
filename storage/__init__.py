"""SQLite persistence for the screener: one Repository, plain records, no Telegram."""

from storage.records import SessionRecord, UserRecord, VerdictRecord
from storage.repository import Repository

__all__ = ["Repository", "SessionRecord", "UserRecord", "VerdictRecord"]
