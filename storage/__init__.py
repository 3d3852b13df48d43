"""SQLite persistence for the screener: one Repository, plain records, no Telegram."""

from storage.records import OutboxRecord, SessionRecord, UserRecord, VerdictRecord
from storage.repository import Repository

__all__ = ["OutboxRecord", "Repository", "SessionRecord", "UserRecord", "VerdictRecord"]
