"""Settings from the environment and `.env` (see .env.example)."""

from __future__ import annotations

import pathlib

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
IRCC_ROUNDS_FEED = "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str | None = None  # another Bot API server: calls go to <base><token>/<method>
    database_path: pathlib.Path = pathlib.Path("data/cec-screener.db")
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    log_level: str = "INFO"
    # Bot API calls per second that send or edit a message (Telegram allows about 30); 0 turns the limiter off.
    rate_limit: float = Field(default=30.0, ge=0)
    # IRCC's rounds JSON (RULES.md section 4, the seed's "source"); empty turns the scheduled refresh off.
    rounds_feed_url: str = IRCC_ROUNDS_FEED
    # The French feed (IRCC's French names); empty: derived from the English address (_en.json -> _fr.json).
    rounds_feed_url_fr: str = ""
    rounds_refresh_hours: float = Field(default=6.0, gt=0)
    # One download of the feed: a deadline for the whole of it and a size limit (compressed and decompressed).
    rounds_feed_timeout_seconds: float = Field(default=60.0, gt=0, le=600)
    rounds_feed_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024)
    # Seconds after a start before the first refresh (not while the bot catches up on what it missed).
    rounds_first_refresh_seconds: float = Field(default=60.0, ge=0, le=3600)
    # The hour (UTC) from which the day's reminders go out; 17:00 UTC is daytime across Canada.
    reminders_hour_utc: int = Field(default=17, ge=0, le=23)

    @field_validator("log_level")
    @classmethod
    def _known_log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {value!r}")
        return level

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
        if self.webhook_secret and not all(
            ch.isalnum() or ch in "_-" for ch in self.webhook_secret.get_secret_value()
        ):
            raise ValueError("WEBHOOK_SECRET may only hold letters, digits, _ and - (Telegram's rule)")
        return self

    def french_feed_url(self, english: str | None = None) -> str | None:
        """ROUNDS_FEED_URL_FR, or the English address with _fr.json for _en.json; None when neither is known."""
        if self.rounds_feed_url_fr:
            return self.rounds_feed_url_fr
        url = self.rounds_feed_url if english is None else english
        return url[: -len("_en.json")] + "_fr.json" if url and url.endswith("_en.json") else None

    @property
    def token(self) -> str | None:
        return self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else None
