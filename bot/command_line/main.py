"""The `cec-screener` command: assess profiles, chat in the terminal, run the Telegram bot."""

from __future__ import annotations

import argparse
import io
import os
import sys

from bot.command_line import arguments
from bot.command_line import assess as assess_command
from bot.command_line import rounds as rounds_command


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cec-screener",
                                     description="Pre-screening for Canada's Canadian Experience Class.")
    commands = parser.add_subparsers(dest="command", required=True)

    assess = commands.add_parser("assess", help="assess a JSON profile (a file, or - for standard input)")
    assess.add_argument("file", nargs="?", default="-", type=arguments.path,
                        help="profile file, or - (the default) for stdin")
    assess.add_argument("--jsonl", action="store_true", help="one profile per input line, one result per line")
    assess.add_argument("--format", action=arguments.Once, choices=("json", "text"), default="json")
    assess.add_argument("--lang", action=arguments.Once, choices=("en", "fr"), default="en",
                        help="language of the explanations")
    assess.add_argument("--chart", action=arguments.Once, choices=("hours", "crs"), default=None,
                        help="also draw this chart of the profile as a PNG (needs --out)")
    assess.add_argument("--out", action=arguments.Once, default=None, type=arguments.path,
                        metavar="FILE.png",
                        help="where --chart writes the picture")
    assess.add_argument("--workers", action=arguments.Once, default=None, metavar="N",
                        help="with --jsonl: processes for long inputs (default: one per usable core, at most 8)")

    commands.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    chat = commands.add_parser("chat", help="the same screening as the bot, in this terminal")
    chat.add_argument("--lang", action=arguments.Once, choices=("en", "fr"), default=None)
    chat.add_argument("--as-of", action=arguments.Once, type=arguments.application_day, default=None,
                      metavar="YYYY-MM-DD",
                      help="screen as if the application were made on this day, 1950 to 2100 (default: today)")
    commands.add_parser("start", help="the bot when a token is configured, otherwise the terminal chat")
    commands.add_parser("check", help="the start checks (settings, database, lock, token), one line each")
    backup = commands.add_parser("backup", help="copy the live database to PATH (safe while the bot runs)")
    backup.add_argument("path", type=arguments.path,
                        help="the copy to write (refused if it exists, unless --force)")
    backup.add_argument("--force", action="store_true", help="replace PATH if it exists")

    noc = commands.add_parser("noc", help="find the NOC 2021 unit group of a job title (or a code)",
                              epilog="Source: Statistics Canada, National Occupational Classification (NOC) 2021 "
                                     "Version 1.0. Reproduced and distributed on an 'as is' basis with the "
                                     "permission of Statistics Canada.")
    noc.add_argument("query", nargs="?", help='a job title in English or French, or a code ("21232")')
    noc.add_argument("--jsonl", action="store_true", help='one {"q": ..., "lang": ...} per stdin line')
    noc.add_argument("--lang", action=arguments.Once, choices=("en", "fr"), default="en",
                     help="language of the titles shown")
    noc.add_argument("--limit", action=arguments.Once, default="5",
                     help="how many unit groups at most (default 5)")
    noc.add_argument("--format", action=arguments.Once, choices=("json", "text"), default="json")

    rounds = commands.add_parser("rounds-import", help="refresh the rounds data from IRCC's rounds JSON file")
    rounds.add_argument("file", type=arguments.path, help="a downloaded copy of IRCC's ee_rounds JSON")
    rounds_command.add_commands(commands)  # rounds-refresh, rules
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if sys.stdout is None and args.command not in ("run", "start"):  # started with it closed (`>&-`)
        print(f"error: {args.command}: there is no standard output (it is closed)", file=sys.stderr)
        return 2
    if args.command in ("assess", "noc"):
        _utf8_output()
    try:
        status = _run(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # a write that fails fails here, not after the end where it cannot be said
        return status
    except BrokenPipeError:  # `cec-screener assess ... | head`: the reader left, which is not an error of ours
        _drop_output()
        return 0
    except KeyboardInterrupt:
        return 130
    except OSError as error:  # the output could not be written: a full disk, a file size limit, an I/O error
        _drop_output()
        print(f"error: {args.command}: {error.strerror or error}", file=sys.stderr)
        return 1


def _utf8_output() -> None:
    """JSON is UTF-8 (RFC 8259): standard output is written so whatever the locale says. On Windows a redirected
    output is in the ANSI code page (cp1252), where a French result's characters outside it ended the run with a
    UnicodeEncodeError; an ASCII locale did the same. A UTF-8 output is unchanged."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")


def _drop_output() -> None:
    """What is left in standard output's buffer goes nowhere: Python would try it again at exit, and say so."""
    if sys.stdout is not None:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _run(args: argparse.Namespace) -> int:
    if args.command == "assess":
        if problem := assess_command.chart_options_problem(args.chart, args.out, args.jsonl):
            print(f"error: {problem}", file=sys.stderr)
            return 2
        if args.jsonl and args.format == "text":  # the batch writes JSON lines: text was asked, none would come
            print("error: --format: text is for one profile; --jsonl writes one JSON result per line",
                  file=sys.stderr)
            return 2
        workers = _workers(args.workers, args.jsonl)
        if isinstance(workers, str):
            print(f"error: {workers}", file=sys.stderr)
            return 2
        try:
            source = assess_command.open_source(args.file)
        except assess_command.ProfileError as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        with source:
            if args.jsonl:
                return assess_command.run_jsonl(source, args.lang, sys.stdout, workers)
            return assess_command.run_file(source, args.format, args.lang, sys.stdout, sys.stderr,
                                           chart=args.chart, chart_path=args.out)
    if args.command == "noc":
        return _noc(args)
    if args.command in ("rounds-import", "rounds-refresh", "rules"):
        return rounds_command.dispatch(args)
    if args.command in ("chat", "start"):
        if sys.stdin is None:  # started with standard input closed (`<&-`): nothing could ever be answered
            print(f"error: {args.command}: there is no standard input (it is closed)", file=sys.stderr)
            return 2
        if isinstance(sys.stdin, io.TextIOWrapper):  # bytes typed in another encoding: read, never a traceback
            sys.stdin.reconfigure(errors="replace")
    from bot import fronts as main_commands  # the front ends load Telegram and SQLite only when needed

    return main_commands.dispatch(args)


def _workers(given: str | None, jsonl: bool) -> int | str:
    """The number of --workers, or what is wrong with it, naming the option."""
    if given is None:
        from bot.command_line.assess_batch import default_workers

        return default_workers() if jsonl else 1
    if not jsonl:
        return "--workers: only with --jsonl (one profile is assessed in this process)"
    try:
        workers = int(given)
    except ValueError:  # "²" is a digit to str.isdigit() but no number to int()
        workers = 0
    if not 1 <= workers <= 64:
        return f"--workers: a whole number from 1 to 64, not {given!r}"
    return workers


def _noc(args: argparse.Namespace) -> int:
    from bot.command_line import noc as noc_command  # no Telegram, no SQLite
    from bot.plumbing import occupation_index

    try:
        limit = noc_command.parse_limit(args.limit)
        if args.jsonl == (args.query is not None):
            raise noc_command.QueryError("give either a QUERY or --jsonl (requests on standard input)")
    except noc_command.QueryError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.jsonl and sys.stdin is None:  # started with standard input closed (`<&-`)
        print("error: --jsonl: there is no standard input (it is closed)", file=sys.stderr)
        return 2
    occupation_index.warm_for_command()  # the index kept on disk: 0.1 s to load instead of 2 s to build
    if args.jsonl:
        return noc_command.run_jsonl(sys.stdin.buffer, args.lang, limit, sys.stdout)
    return noc_command.run_one(args.query, args.lang, limit, args.format, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
