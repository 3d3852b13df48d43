"""Argument types shared by the commands' parsers: argparse's own error names the argument (exit 2)."""

from __future__ import annotations

import argparse
import datetime as dt


def path(text: str) -> str:
    """A file or folder path: an empty one is refused, never taken for the current folder or for "not given"."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path")
    return text


def address(text: str) -> str:
    """An address (--url): an empty one is refused, never taken for "not given" (the default address)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty address")
    if not text.lower().startswith(("https://", "http://")):  # "ieee.ca/x.json" or ftp:// was tried 3 times
        raise argparse.ArgumentTypeError(f"not a web address (https://...): {text!r}")
    return text


def application_day(text: str) -> dt.date:
    """A day for --as-of: an ISO date within the days a profile may name (eligibility/profile.py AS_OF_RANGE)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    from eligibility.profile import AS_OF_RANGE  # the rules only when a day is given

    first, last = AS_OF_RANGE
    if not first <= day <= last:
        raise argparse.ArgumentTypeError(f"must be between {first} and {last}, not {text}")
    return day


class Once(argparse.Action):
    """An option's value kept as given, refused when the option is given again with another value (`--lang fr
    --lang en`, as a shell alias or a script's defaults followed by the user's own may write): argparse would keep
    the last without a word, and which one was meant cannot be known. The same value twice says one thing."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        given = vars(namespace).setdefault("_given_once", {})
        if self.dest in given and given[self.dest] != values:
            parser.error(f"argument {'/'.join(self.option_strings)}: given twice ({str(given[self.dest])!r}, then "
                         f"{str(values)!r}): keep one")
        given[self.dest] = values
        setattr(namespace, self.dest, values)
