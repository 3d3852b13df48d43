"""`cec-screener rounds-refresh` and `cec-screener rules`: what an operator runs (or cron does) to keep the
rounds fresh and to see at a glance what may be stale; `cec-screener rounds-import`, what a maintainer runs to
refresh the shipped seed.

Only argparse, datetime and the argument types are imported with the module: `cec-screener noc` and `assess`
build the same parser and must not load SQLite or Telegram.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys
from typing import TYPE_CHECKING, TextIO

from bot.command_line import arguments

if TYPE_CHECKING:
    from eligibility.rounds import Rounds

# rounds-import reads a file no larger than a download of the feed may be (ROUNDS_FEED_MAX_BYTES's default):
# IRCC's is about 0.6 MB, and /dev/zero must not be read whole.
IMPORT_MAX_BYTES = 5 * 1024 * 1024


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    refresh = commands.add_parser("rounds-refresh", help="store IRCC's current rounds in the database (and queue "
                                  "the round alerts they call for)")
    source = refresh.add_mutually_exclusive_group()
    source.add_argument("--url", action=arguments.Once, type=arguments.address,
                        help="the feed to read (default: ROUNDS_FEED_URL, IRCC's address)")
    source.add_argument("--file", action=arguments.Once, type=arguments.path,
                        help="a downloaded copy of IRCC's ee_rounds JSON")
    refresh.add_argument("--french-file", action=arguments.Once, type=arguments.path,
                         help="with --file: a downloaded copy of the French feed (_fr.json)")
    rules = commands.add_parser("rules", help="the rules version, each data file's dates, the NOC version and the "
                                "newest round known")
    rules.add_argument("--db", action=arguments.Once, type=arguments.path,
                       help="the database to read rounds from (default: DATABASE_PATH, if it exists)")


def dispatch(args: argparse.Namespace, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    from bot.plumbing.startup_checks import StartupError, load_settings

    if args.command == "rounds-import":  # a file in, the seed out: no settings, no database
        return import_rounds(args.file, out, err)
    if args.command == "rounds-refresh" and args.french_file and not args.file:
        print("error: --french-file: only with --file (a refresh from --url reads the French feed beside the "
              "English one)", file=err)
        return 2
    try:
        settings = load_settings()
    except StartupError as error:
        print(f"error: {error}", file=err)
        return error.status
    if args.command == "rules":
        db = pathlib.Path(args.db) if args.db else settings.database_path
        if args.db and not db.exists():
            print(f"error: rules: there is no database at {db}", file=err)
            return 1
        return print_rules(db if db.exists() else None, out, err)
    url = args.url or (None if args.file else settings.rounds_feed_url)
    if not args.file and not url:
        print("error: rounds-refresh: ROUNDS_FEED_URL is empty; give --url URL or --file PATH", file=err)
        return 2
    french_url = None if args.file else settings.french_feed_url(url)
    return refresh(settings.database_path, url, args.file, out, err, french_url, args.french_file,
                   settings.rounds_feed_timeout_seconds, settings.rounds_feed_max_bytes)


def read_limited(path: pathlib.Path, limit: int) -> bytes:
    """A downloaded copy of the feed, refused beyond the download's size limit (it is not IRCC's file then)."""
    from bot.scheduled.rounds_feed_http import FeedUnavailable

    with path.open("rb") as file:
        body = file.read(limit + 1)
    if len(body) > limit:
        raise FeedUnavailable(f"{path.name} is larger than {limit:,} bytes: not IRCC's feed")
    return body


def refresh(db: pathlib.Path, url: str | None, file: str | None, out: TextIO, err: TextIO,
            french_url: str | None = None, french_file: str | None = None, deadline: float = 60.0,
            max_bytes: int = 5 * 1024 * 1024) -> int:
    """One refresh; a feed that cannot be read or must not replace the stored rounds leaves them as they are."""
    import asyncio
    import logging
    import sqlite3

    from bot.scheduled.round_alerts import refresh_from_url, store_feed
    from bot.scheduled.rounds_feed_http import FeedUnavailable
    from eligibility.rounds_import import FeedError
    from storage import Repository

    logging.getLogger("httpx").setLevel(logging.WARNING)
    source = url or str(pathlib.Path(file or "").resolve())
    for option, path in (("--file", file), ("--french-file", french_file)):
        # Opened before the database is: a path that is no file is the option's problem, said as such.
        if path is not None and (problem := _unreadable(path)):
            print(f"error: {option}: {path}: {problem}", file=err)
            return 1
    try:
        with Repository(db) as repository:
            try:
                if file:
                    body = read_limited(pathlib.Path(file), max_bytes)
                    french = read_limited(pathlib.Path(french_file), max_bytes) if french_file else None
                    outcome = store_feed(repository, body, source, french=french)
                else:
                    assert url is not None
                    outcome = asyncio.run(refresh_from_url(repository, url, french_url, deadline=deadline,
                                                           max_bytes=max_bytes))
            except (FeedUnavailable, FeedError) as error:
                repository.note_feed_failure(f"{source}: {error}")
                raise
    except (FeedUnavailable, FeedError) as error:
        print(f"error: rounds feed {source}: {error}; the stored rounds are unchanged", file=err)
        return 1
    except (OSError, sqlite3.Error) as error:  # the files were opened above: what fails here is the database
        print(f"error: rounds-refresh: database {db} (DATABASE_PATH): {error}", file=err)
        return 1
    print(outcome.line(), file=out)
    return 0


def _unreadable(path: str) -> str | None:
    """Why the file at `path` cannot be read (missing, a folder, no permission), or None."""
    try:
        with open(path, "rb") as file:
            file.read(1)
    except OSError as error:
        return error.strerror or str(error)
    return None


def import_rounds(path: str, out: TextIO, err: TextIO, today: dt.date | None = None) -> int:
    """`cec-screener rounds-import FILE`: IRCC's rounds JSON as the seed file (eligibility/data/rounds.json) on
    standard output, read as the feed reader reads the live feed (UTF-8 or cp1252, "91a", "5 000", ...). Each round
    that cannot be read is left out and said on standard error; a file that is not a feed is refused (exit 2)."""
    import json

    from bot.scheduled.rounds_feed_http import FeedUnavailable
    from eligibility.rounds_import import FeedError, read_feed, seed_data

    today = today or dt.date.today()
    try:
        reading = read_feed(read_limited(pathlib.Path(path), IMPORT_MAX_BYTES), today)
    except (FeedUnavailable, FeedError) as error:
        print(f"error: {path}: {error}", file=err)
        return 2
    except OSError as error:
        print(f"error: {path}: {error.strerror or error}", file=err)
        return 2
    for problem in reading.skipped:
        print(f"note: skipped {problem}", file=err)
    print(json.dumps(seed_data(reading.rounds, today), indent=2, ensure_ascii=False), file=out)
    return 0


def print_rules(db: pathlib.Path | None, out: TextIO, err: TextIO = sys.stderr) -> int:
    """What the verdicts are made with, and how old each part is. A database that cannot be read is said in one
    line (exit 1) before anything is printed."""
    import sqlite3

    from eligibility.occupations import NOC_VERSION
    from eligibility.rounds import seed
    from eligibility.tables import DATA_FILES, crs_grid, load, manifest

    rounds, where, feed_line = seed(), "seed (eligibility/data/rounds.json)", None
    if db is not None:
        try:
            rounds, where, feed_line = _stored_rounds(db, rounds, where)
        except (OSError, sqlite3.Error) as error:
            print(f"error: rules: database {db}: {error}", file=err)
            return 1

    print(f"rules version: {manifest()['rules_version']} (data fingerprint {manifest()['data_fingerprint']})",
          file=out)
    for name in DATA_FILES:
        data = load(name)
        print(f"  {name:<20} in force from {data.get('in_force_from', 'not recorded'):<10}  "
              f"retrieved {data.get('retrieved', 'not recorded')}", file=out)
    for caveat in crs_grid().get("caveats", []):
        print(f"  caveat {caveat['id']}: on CRS estimates made on or after {caveat['from']}", file=out)
    print(f"NOC version: {NOC_VERSION}", file=out)
    if feed_line is not None:
        print(feed_line, file=out)
    print(f"rounds: {len(rounds.rounds)} from the {where}", file=out)
    print(f"  newest round: {_describe(rounds, newest=True)}", file=out)
    print(f"  newest CEC round: {_describe(rounds, newest=False)}", file=out)
    stale = (dt.date.today() - rounds.as_of).days
    print(f"  rounds as of {rounds.as_of.isoformat()} ({stale} days ago)", file=out)
    return 0


def _stored_rounds(db: pathlib.Path, rounds: Rounds, where: str) -> tuple[Rounds, str, str | None]:
    """The rounds a refresh stored in `db` (else `rounds`), where they come from, and the feed's last success and
    failure (None when no refresh ever ran)."""
    from bot.scheduled.round_alerts import current_rounds
    from storage import Repository

    feed_line = None
    with Repository(db) as repository:
        state = repository.feed_state()
        if state is not None:
            rounds = current_rounds(repository)
            where = f"database {db}, retrieved {state.retrieved_at}, checked {state.checked_at}"
        failure = repository.last_feed_failure()
        if state is not None or failure is not None:
            feed_line = (f"rounds feed: last success {state.checked_at if state else 'never'}; last failure "
                         f"{f'{failure[0]}: {failure[1]}' if failure else 'none'}")
    return rounds, where, feed_line


def _describe(rounds: Rounds, newest: bool) -> str:
    r = rounds.newest if newest else rounds.latest_cec
    if r is None:
        return "none"
    number = f" round {r.number}" if r.number else ""
    return f"{r.date.isoformat()} {r.program}{number}, {r.invitations:,} invited, lowest score {r.lowest_crs}"
