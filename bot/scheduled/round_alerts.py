"""Rounds kept fresh and an alert after each round: refresh, compose, and hand the alerts to the outbox.

A refresh (the bot's schedule, or `cec-screener rounds-refresh` from cron) validates the feed, refuses a
broken or shrunken one, and stores the rounds with the alerts for the rounds that are news, in one transaction
(storage/rounds.py). The running bot empties that queue into the outbox at no more than ALERT_RATE messages a
second, each under the user's gate and delivered by the adapter's delivery (retries, backoff, 429); what a crash
interrupts is still queued, or already in the outbox, and goes out once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field, replace
from typing import Any

from eligibility.rounds import (
    CEC,
    GENERAL,
    Round,
    Rounds,
    concerns,
    from_records,
    news,
    number_order,
    seed,
    with_seed,
)
from eligibility.rounds_import import (
    KNOWN_PROGRAMS,
    FeedError,
    check_mostly_read,
    check_not_shrunken,
    read_feed,
    stored_copies,
)
from eligibility.tables import links
from flows.conversation import Button, OutMessage, h
from flows.rounds_view import program_label
from flows.texts import catalog
from storage import Repository
from storage.rounds import Subscriber

logger = logging.getLogger(__name__)

ALERT_RATE = 25.0  # alerts a second at most: Telegram allows about 30 for the whole bot, replies need the rest
STOP = "ralert|off"


# -- the rounds a verdict compares with ------------------------------------------------------------------------
def current_rounds(repository: Repository) -> Rounds:
    """The rounds stored by the last good refresh, confirmed on its last check (completed by the seed's rounds
    they lack, when a refresh read only part of a feed); the shipped seed before any."""
    stored = stored_rounds(repository)
    return seed() if stored is None else with_seed(stored, seed())


def stored_rounds(repository: Repository) -> Rounds | None:
    """The rounds stored by the last good refresh alone, or None before any."""
    state = repository.feed_state()
    stored = repository.stored_rounds() if state is not None else []
    if state is None or not stored:
        return None
    return from_records(stored, dt.datetime.fromisoformat(state.checked_at).date())


# -- a refresh -------------------------------------------------------------------------------------------------
@dataclass
class Refreshed:
    rounds: int = 0
    new: list[Round] = field(default_factory=list)
    alerts: int = 0
    not_modified: bool = False
    skipped: int = 0
    french: int = 0  # rounds with IRCC's French name
    kept: int = 0  # of the skipped, rounds stored before whose stored copy was kept

    def line(self) -> str:
        if self.not_modified:
            return "rounds feed not modified since the last retrieval; stored rounds confirmed"
        newest = ", ".join(f"{r.date.isoformat()} {r.program} {r.lowest_crs}" for r in self.new) or "none"
        line = f"stored {self.rounds} rounds; new: {newest}; alerts queued: {self.alerts}"
        if self.french:
            line += f"; IRCC's French names for {self.french}"
        if self.skipped:
            line += f"; skipped {self.skipped} that made no sense (logged)"
            if self.kept:
                line += f", kept the stored copy of {self.kept}"
        return line


def store_feed(repository: Repository, body: bytes | str, source: str, etag: str | None = None,
               last_modified: str | None = None, french: bytes | str | None = None,
               today: dt.date | None = None) -> Refreshed:
    """Read a feed (and its French twin, when given) and store it with the alerts it calls for; FeedError
    (nothing stored) when it must not replace what we have. A round that makes no sense is skipped, one log
    line each; a round stored before keeps its stored copy then. Most rounds unreadable refuse the feed."""
    reading = read_feed(body, today)
    check_mostly_read(reading)
    stored = stored_rounds(repository)
    # A stored round whose record is damaged this time stays as stored (it is in the feed, not withdrawn).
    kept = stored_copies(reading, stored) if stored is not None else []
    kept_lines = {reading.unreadable[str(r.number)] for r in kept}
    for problem in reading.skipped:
        logger.warning("rounds feed: skipped %s%s", problem,
                       "; its stored copy is kept" if problem in kept_lines else "")
    names = _french_names(repository, french, today, reading.rounds)
    feed = [replace(r, name_fr=names.get(str(r.number), "")) for r in reading.rounds]
    feed = sorted([*feed, *kept], key=lambda r: (r.date, number_order(r.number)))
    if stored is not None:  # the seed is not held against a feed: the rounds it lacks stay in use (with_seed)
        check_not_shrunken(feed, stored)
    known = current_rounds(repository)
    _log_new_categories(feed, known)
    fresh = news(known, feed)
    by_key = {r.key: r for r in fresh}

    def compose(keys: list[str], subscribers: list[Subscriber]) -> list[tuple[int, str, dict[str, Any]]]:
        return compose_alerts([by_key[k] for k in keys], subscribers)

    stored_keys, queued = repository.store_rounds([r.as_record() for r in feed], source=source, etag=etag,
                                                  last_modified=last_modified, candidates=list(by_key),
                                                  compose=compose)
    return Refreshed(len(feed), [by_key[k] for k in stored_keys], queued, skipped=len(reading.skipped),
                     french=sum(1 for r in feed if r.name_fr), kept=len(kept))


def _french_names(repository: Repository, french: bytes | str | None, today: dt.date | None,
                  english: list[Round]) -> dict[str, str]:
    """IRCC's French names by round number: from the French feed, over those stored before (kept for the rounds
    whose French record cannot be read this time, and for all when the French feed cannot be read at all). A
    French record that is not the English round of its number (another date, or another program the rules know)
    gives no name: the two files are published apart, and a French reader must never see a CEC round named as a
    Provincial Nominee Program one."""
    stored = {str(r["number"]): r["name_fr"] for r in repository.stored_rounds() if r["number"] and r["name_fr"]}
    if french is None:
        return stored
    try:
        reading = read_feed(french, today)
        check_mostly_read(reading)  # one line, not one a round, when IRCC writes its French records another way
    except FeedError as error:
        logger.warning("rounds feed (French): %s; the French names stored before are kept", error)
        return stored
    for problem in reading.skipped:
        logger.warning("rounds feed (French): skipped %s; the French name stored before, if any, is kept", problem)
    by_number = {str(r.number): r for r in english}
    names = {**stored}
    for r in reading.rounds:
        twin = by_number.get(str(r.number))
        known = r.program in KNOWN_PROGRAMS  # a French name the rules cannot read contradicts nothing
        if twin is None or (twin.date == r.date and (not known or r.program == twin.program)):
            names[str(r.number)] = r.name
            continue
        names.pop(str(r.number), None)  # the stored name may be as wrong: our own name of the program instead
        logger.warning("rounds feed (French): round %s is %s of %s there but %s of %s in the English feed; its "
                       "French name is not used", r.number, r.program, r.date.isoformat(), twin.program,
                       twin.date.isoformat())
    return names


def _log_new_categories(feed: list[Round], known: Rounds) -> None:
    """One line naming the categories we had not seen: stored under IRCC's own names, never a reason to refuse."""
    seen = {r.program for r in known.rounds} | KNOWN_PROGRAMS
    new = {r.program: r.category() for r in feed if r.program not in seen}
    if new:
        logger.info("rounds feed: new categories, stored under IRCC's names: %s",
                    "; ".join(f"{name} ({program})" for program, name in sorted(new.items())))


async def refresh_from_url(repository: Repository, url: str, french_url: str | None = None,
                           today: dt.date | None = None, **fetch_options: Any) -> Refreshed:
    """Fetch (conditionally) and store; FeedUnavailable or FeedError when the stored rounds stay as they were.
    The French feed is read after the English one, within the same deadline; when it cannot be read, the French
    names stored before stay. `today` is the caller's clock (a round dated after the day after it is a typo)."""
    from bot.scheduled.rounds_feed_http import DEADLINE_SECONDS, FeedUnavailable, fetch

    started = asyncio.get_running_loop().time()
    deadline = float(fetch_options.pop("deadline", DEADLINE_SECONDS))
    state = repository.feed_state()
    same_source = state is not None and state.source == url
    fetched = await fetch(url, state.etag if same_source and state else None,
                          state.last_modified if same_source and state else None, deadline=deadline,
                          **fetch_options)
    if fetched.body is None:
        repository.mark_feed_checked(url)
        return Refreshed(state.round_count if state else 0, not_modified=True)
    french: bytes | None = None
    left = deadline - (asyncio.get_running_loop().time() - started)  # one deadline for both downloads
    if french_url and left < 1:
        logger.warning("rounds feed (French) %s: no time left within the %.0f s deadline; the French names "
                       "stored before are kept", french_url, deadline)
    elif french_url:
        try:
            french = (await fetch(french_url, deadline=left, **fetch_options)).body
        except FeedUnavailable as error:
            logger.warning("rounds feed (French) %s: %s; the French names stored before are kept",
                           french_url, error)
    return store_feed(repository, fetched.body, url, fetched.etag, fetched.last_modified, french, today)


# -- the alert -------------------------------------------------------------------------------------------------
def compose_alerts(fresh: list[Round], subscribers: list[Subscriber]) -> list[tuple[int, str, dict[str, Any]]]:
    """One message per subscriber concerned by any of the new rounds: (user id, newest round's key, reply)."""
    alerts = []
    for person in subscribers:
        # French-language and nominee rounds invite people in the pool: only for an estimate that met every
        # requirement, as the verdict names them (a Canadian Experience Class round reaches everyone who asked).
        in_pool = person.eligible is not False
        theirs = [r for r in fresh if concerns(r, in_pool and person.french_points > 0,
                                               in_pool and person.nominee_points > 0)]
        if theirs:
            alerts.append((person.user_id, theirs[-1].key, _alert(person, theirs)))
    return alerts


def _alert(person: Subscriber, rounds: list[Round]) -> dict[str, Any]:
    """The reply (outbox data) telling `person` about `rounds`."""
    c = catalog(person.language)
    lines = [f"<b>{h(c.t('rounds.alert_title'))}</b>", ""]
    for r in rounds:
        values = {"program": program_label(r, c.lang), "number": r.number, "date": c.date(r.date),
                  "invitations": c.number(r.invitations), "cutoff": c.number(r.lowest_crs)}
        lines.append(h(c.t("rounds.alert_round" if r.number else "rounds.alert_round_unnumbered", **values)))
        if person.crs_total is not None:
            difference = person.crs_total - r.lowest_crs
            key = "rounds.above" if difference > 0 else "rounds.equal" if difference == 0 else "rounds.below"
            # written as the CRS message writes them (1,043 / 1 043), never "1043" beside it
            lines.append(h(c.t(key, total=c.number(person.crs_total), cutoff=c.number(r.lowest_crs),
                               points=c.count(abs(difference), "point"))))
            if (other := _other_reading(person)) is not None and (other >= r.lowest_crs) != (difference >= 0):
                # the partner's coming decides whether the estimate reaches this cut-off: said
                key = "rounds.other_reaches" if other >= r.lowest_crs else "rounds.other_short"
                side = "alone" if person.partner_coming else "coming"
                lines.append(h(c.t(f"{key}_{side}", other=c.number(other), cutoff=c.number(r.lowest_crs))))
    if person.eligible is False and person.crs_total is not None and any(  # RULES.md 1
            r.program in (CEC, GENERAL) and person.crs_total >= r.lowest_crs for r in rounds):
        lines.append(h(c.t("rounds.not_eligible")))  # a cut-off reached invites only someone eligible
    elif person.eligible and person.crs_total is not None and any(  # RULES.md 5: the profile, then an invitation
            r.program in (CEC, GENERAL) and person.crs_total >= r.lowest_crs for r in rounds):
        lines.append(h(c.t("rounds.in_pool")))  # reached: invited only from the pool, so the next step if not in
    if person.crs_total is not None and (other := _other_reading(person)) is not None:  # the other reading named
        lines.append(h(c.t(f"rounds.partner_{'coming' if person.partner_coming else 'alone'}",
                           total=c.number(person.crs_total), other=c.number(other))))
    if person.crs_total is None:
        lines.append(h(c.t("rounds.no_estimate")))
    elif person.estimated_at:
        made = c.date(dt.datetime.fromisoformat(person.estimated_at).date())
        if person.for_day:  # an estimate for a later application day: said, as /rounds says it
            lines.append(h(c.t("rounds.estimate_date_planned", date=made,
                               planned=c.date(dt.date.fromisoformat(person.for_day)))))
        else:
            lines.append(h(c.t("rounds.estimate_date", date=made)))
    lines += ["", f"<i>{h(c.t('rounds.alert_footer', url=links(c.lang)['rounds']))}</i>"]
    text = "\n".join(lines)
    return {"chat_id": person.user_id, "edit": None,
            "parts": [{"text": text, "buttons": [[[c.t("rounds.stop_button"), STOP]]]}]}


def _other_reading(person: Subscriber) -> int | None:
    """With a partner who may or may not come, the CRS of the reading not shown, when it differs."""
    if person.crs_total is None or person.crs_other in (None, person.crs_total):
        return None
    return person.crs_other


# -- the opt-in button -----------------------------------------------------------------------------------------
def on_button(repository: Repository, user_id: int, lang: str, value: str) -> list[OutMessage]:
    """"ralert|on" (after the CRS result) or "ralert|off" (on every alert); written before the reply."""
    c = catalog(lang)
    if value == "on" and user_id <= 0:  # the terminal chat's local user (bot/terminal.py): no alert can reach it
        return [OutMessage(h(c.t("rounds.not_here")))]
    if value == "on":
        changed = repository.set_round_alerts(user_id, True, lang)
        stop = [[Button(c.t("rounds.stop_button"), STOP)]]
        return [OutMessage(h(c.t("rounds.subscribed" if changed else "rounds.already")), stop)]
    if value == "off":
        changed = repository.set_round_alerts(user_id, False, lang)
        return [OutMessage(h(c.t("rounds.stopped" if changed else "rounds.not_subscribed")))]
    raise ValueError(value)  # forged data: the service answers as for a stale button


# -- handing queued alerts to the outbox, paced ----------------------------------------------------------------
class AlertBroadcaster:
    """Empties the alert queue into the outbox at `rate` messages a second at most.

    One alert starts every 1/rate seconds whatever the latency of the ones before (at most IN_FLIGHT at once),
    so the pace is the rate, not the round trip; a 429 or a slow Bot API only fills the in-flight slots.
    """

    IN_FLIGHT = 10  # bounds the burst when a stalled Bot API answers many at once (429s past 30 in a second)

    def __init__(self, repository: Repository, deliverer: Any, rate: float = ALERT_RATE) -> None:
        self.repository, self.deliverer, self.rate = repository, deliverer, rate
        self.busy = False
        self.sent = 0

    async def drain(self) -> int:
        """Send every queued alert; returns how many were handed to the outbox."""
        if self.busy:
            return 0
        self.busy = True
        loop = asyncio.get_running_loop()
        interval = 1.0 / self.rate if self.rate > 0 else 0.0
        slots = asyncio.Semaphore(self.IN_FLIGHT)
        sending: set[asyncio.Task[bool]] = set()
        next_at = loop.time()
        moved = 0
        try:
            while batch := self.repository.queued_round_alerts():
                for alert in batch:
                    await slots.acquire()
                    wait = next_at - loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    next_at = max(next_at, loop.time()) + interval
                    # Moved before the next batch is read: a queued row is never picked twice.
                    async with self.deliverer.gates.enter(alert.user_id, -1):
                        outbox_id = self.repository.move_round_alert(alert.id)
                    if outbox_id is None:
                        slots.release()
                        continue
                    moved += 1
                    task = loop.create_task(self._send(alert, outbox_id, slots))
                    sending.add(task)
                    task.add_done_callback(sending.discard)
            if sending:
                await asyncio.gather(*sending)
        finally:
            for task in sending:  # stopping: what is in the outbox goes at the next start
                task.cancel()
            self.busy = False
        if moved:
            logger.info("round alerts handed to the outbox: %d", moved)
        return moved

    async def _send(self, alert: Any, outbox_id: int, slots: asyncio.Semaphore) -> bool:
        try:
            async with self.deliverer.gates.enter(alert.user_id, -1):
                return bool(await self.deliverer.deliver(alert.user_id, alert.reply, outbox_id))
        finally:
            self.sent += 1  # delivered, or left in the outbox for the sweep
            slots.release()
