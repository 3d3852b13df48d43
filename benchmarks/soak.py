"""Soak: many people screening at once while the real `cec-screener run` process is killed with kill -9.

    .venv/bin/python benchmarks/soak.py [--users 30] [--kills 100] [--seed N] [--strict]

The fake Bot API (tests/e2e/fake_api_server.py, over HTTP) keeps every update until a later getUpdates
offset confirms it, so a restarted bot gets again what its killed predecessor had fetched but not confirmed,
as Telegram does. The people play whole screenings (tests/e2e/screenings.py, read at run time), each waiting
for the next question before answering; a person who reaches the verdict is replaced by a new one. At
random moments the bot is killed with kill -9 and started again on the same database: after a random
number of its Bot API calls (1 to twice the people, so often between a commit and its reply) or a random
time between --up-min and --up-max seconds after it first polls, whichever comes first; 1 time in 10 while
it is still starting.

Before the crowd comes, one person plays the script alone: the question shown and the answers stored after
each step are the reference. A person whose step gets no reply for --stuck-after seconds of the bot being up
nudges it with /start (counted, with the reason read from the database and the fake server). After the last
kill nobody acts or nudges any more; once the bot has been up and idle for --idle seconds:

- answers lost: acknowledged answers (the bot showed the next question) that the database does not hold;
- users left stuck: a person whose last action has no reply;
- duplicates: the same message sent twice in a row to a person (edits apart), unless they sent /start
  between (a repeated question misleads: answered again, the answer lands on the next question).

Lost and stuck must be 0 (--strict exits 1 otherwise). Each wait is explained: an answer stored whose next
question was never sent (what an outbox fixes), or an update that a killed process had fetched and that
getUpdates confirmed before it was handled (python-telegram-bot's Updater moves the offset past the updates
it has queued, so the next poll confirms them while they are still being handled: Telegram never sends them
again), or one the running bot did not answer.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pathlib
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from typing import Any

from loadkit import BotProcess, StoredMessage, User, Users, WatchedTelegram, machine, script, serve, stamp

NUDGE = "/start"
Question = tuple[tuple[str, ...], tuple[str, ...]]  # (buttons, paragraphs)


START_OVER = "🔄 Start a new screening"  # /start on a screening in progress adds it under the question


def _paragraphs(message: StoredMessage) -> Question:
    buttons = tuple(label for label in message.buttons if label != START_OVER)
    return buttons, tuple((message.text or "").split("\n\n"))


class Soak:
    def __init__(self, args: argparse.Namespace, folder: pathlib.Path) -> None:
        self.args = args
        self.server = serve()
        self.telegram: WatchedTelegram = self.server.telegram  # type: ignore[assignment]
        self.db = folder / "soak.db"
        self.bot = BotProcess("screener", self.server, folder, db=self.db)
        self.crowd = Users(self.telegram, self.server)
        self.steps = script()
        self.random = random.Random(args.seed)
        self.ref_questions: list[tuple[Question, list[int]]] = []  # a question -> the positions it is shown at
        self.ref_answers: list[str | None] = []  # position -> the answers stored (canonical JSON)
        self.uids = itertools.count(2001)
        self.users: dict[int, User] = {}
        self.nudging: set[int] = set()  # users whose pending action is a nudge
        self.push_uptime: dict[int, float] = {}
        self.finished: list[User] = []
        self.exits: list[str] = []  # the log's end each time the bot died by itself
        self.counts: Counter[str] = Counter()
        self.stuck_reasons: Counter[str] = Counter()
        self.up_total = 0.0
        self.up_since: float | None = None
        self.polls_at_spawn = 0
        self.downtime: list[float] = []
        self.kill_at = float("inf")
        self.kill_after = 1 << 60  # ... or once the bot has made this many Bot API calls (getUpdates apart)

    # ---- the database -----------------------------------------------------------------------------

    def answers(self, uids: list[int]) -> dict[int, str | None]:
        """The stored answers (canonical JSON, bookkeeping keys starting with '_' left out) per user."""
        from storage import Repository

        found: dict[int, str | None] = {}
        with Repository(self.db) as repository:
            for uid in uids:
                record = repository.load_session(uid)
                found[uid] = None if record is None else json.dumps(
                    {k: v for k, v in record.answers.items() if not k.startswith("_")}, sort_keys=True)
        return found

    # ---- the bot's life ---------------------------------------------------------------------------

    def uptime(self) -> float:
        return self.up_total + (time.perf_counter() - self.up_since if self.up_since is not None else 0.0)

    def spawn(self) -> None:
        """Start the bot; its kill is due at a random moment once it polls (1 time in 10, while starting)."""
        self.polls_at_spawn = self.telegram.polls
        self.bot.start()
        self.kill_at = float("inf")
        self.kill_after = 1 << 60
        if self.random.random() < 0.1:
            self.kill_at = self.bot.started_at + self.random.uniform(0.05, 0.8)

    def check_ready(self) -> None:
        if self.up_since is None and self.telegram.polls > self.polls_at_spawn:
            self.up_since = time.perf_counter()
            self.downtime.append(self.up_since - self.bot.started_at)
            up_for = self.random.uniform(self.args.up_min, self.args.up_max)
            self.kill_at = min(self.kill_at, self.up_since + up_for)
            self.kill_after = self.telegram.served + self.random.randint(1, 2 * self.args.users)

    def kill(self) -> None:
        self.bot.kill()
        if os.environ.get("SOAK_DEBUG"):
            for chat in self.users:
                self.telegram._event(chat, ("KILL",))
        if self.up_since is not None:
            self.up_total += time.perf_counter() - self.up_since
        self.up_since = None
        self.counts["kills"] += 1

    # ---- the people -------------------------------------------------------------------------------

    def calibrate(self) -> None:
        """One person alone, no kills: the question after each step and the answers stored by then."""
        user = User(1)
        self.ref_answers = [self.answers([1])[1]]
        for position, step in enumerate(self.steps):
            try:
                self.crowd.send(user, step)
            except LookupError as error:
                print(f"warning: the script stops matching the bot at step {position} ({step}): {error}")
                self.steps = self.steps[:position]
                break
            deadline = time.monotonic() + 20
            while (got := self.crowd.reply(user)) is None:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no reply to step {position} ({step}) in 20 s:\n"
                                       f"{self.telegram.transcript(1)[-2000:]}\n{self.bot.log_tail()}")
                time.sleep(0.01)
            user.pending = None
            key = _paragraphs(got[0])
            for reference, positions in self.ref_questions:
                if reference == key:
                    positions.append(position + 1)
                    break
            else:
                self.ref_questions.append((key, [position + 1]))
            self.ref_answers.append(self.answers([1])[1])

    def where(self, message: StoredMessage, expected: int) -> int | None:
        """The position whose question this message shows (the expected one when several could be).

        The same question can come with something before it (the answer just given, "welcome back" after
        /start): a question is its buttons and its last paragraphs (progress line, question, hint)."""
        shown = _paragraphs(message)
        best: list[int] = []
        best_score = 0
        for reference, positions in self.ref_questions:
            if reference[0] != shown[0]:
                continue
            score = 0
            while score < min(len(reference[1]), len(shown[1])) and \
                    reference[1][-1 - score] == shown[1][-1 - score]:
                score += 1
            if score > best_score:
                best, best_score = list(positions), score
            elif score == best_score and score:
                best += positions
        if not best:
            return None
        return expected if expected in best else min(best, key=lambda p: abs(p - expected))

    def send(self, user: User, step: str, *, nudge: bool = False) -> None:
        try:
            self.crowd.send(user, step)
        except LookupError:
            self.counts["button missing: nudged"] += 1
            self.crowd.send(user, NUDGE)
            nudge = True
        self.push_uptime[user.uid] = self.uptime()
        if nudge:
            self.nudging.add(user.uid)
        else:
            self.nudging.discard(user.uid)

    def new_user(self) -> User:
        user = User(next(self.uids))
        self.users[user.uid] = user
        return user

    def next_step(self, user: User) -> None:
        if user.position >= len(self.steps):
            self.finished.append(self.users.pop(user.uid))
            user = self.new_user()
        self.send(user, self.steps[user.position])

    def recognised(self, user: User) -> int | None:
        """The position of the question shown since the user's pending action, once the reply is complete
        (the chat's newest change has buttons); the newest recognisable question among the messages sent or
        edited since ("welcome back" may come with a button of its own before the question)."""
        if user.pending is None or self.crowd.reply(user) is None:
            return None
        expected = user.position if user.uid in self.nudging else user.position + 1
        changed = [m for m in self.telegram.bot_messages(user.uid) if m.stamp > user.floor and m.keyboard]
        for message in sorted(changed, key=lambda m: m.stamp, reverse=True):
            position = self.where(message, expected)
            if position is not None:
                user.question_id = message.message_id  # its buttons are the ones to press
                return position
        return None

    def on_reply(self, user: User, position: int, acting: bool) -> None:
        nudged = user.uid in self.nudging
        expected = user.position if nudged else user.position + 1
        user.pending = None
        if not nudged and position == expected:
            self.counts["answers acknowledged"] += 1
        elif not nudged and position < expected:
            self.counts["steps asked again"] += 1
        elif position > expected:
            self.counts["acknowledged after a nudge" if nudged else "steps skipped"] += position - expected
        user.position = position
        if acting:
            self.next_step(user)

    def stuck_reason(self, user: User) -> str:
        """Why a person waits: what the database and the fake server say about their pending update."""
        nudge = user.uid in self.nudging
        head = "/start (a nudge): " if nudge else ""
        if not nudge:
            stored = self.answers([user.uid])[user.uid]
            nxt = user.position + 1
            if nxt < len(self.ref_answers) and stored == self.ref_answers[nxt] != self.ref_answers[user.position]:
                return "answer stored, next question never sent"
        update = user.pending_update
        if update is None or not self.telegram.delivered[update]:
            return head + "update not fetched yet (the bot busy, e.g. loading data on first use, or starting)"
        if any(u["update_id"] == update for u in self.telegram.pending_updates):
            return head + "update fetched, not confirmed yet (the bot busy with it)"
        if self.telegram.reply_to(user.uid, user.floor) is not None:
            return head + "a reply came without a question the reference knows (e.g. only 'welcome back')"
        if self.telegram.delivered_at.get(update, 0.0) < self.bot.started_at:
            return head + ("update fetched by a process killed since, and confirmed (getUpdates offset) before "
                           "it was handled: lost")
        return head + "update fetched by the running bot and confirmed, no reply"

    # ---- the run ----------------------------------------------------------------------------------

    def run(self) -> dict[str, Any]:
        args = self.args
        self.spawn()
        self.bot.wait_ready()
        self.check_ready()
        self.calibrate()
        began = time.perf_counter()
        self.kill_at = began + self.random.uniform(self.args.up_min, self.args.up_max)  # after the calibration
        self.kill_after = self.telegram.served + self.random.randint(1, 2 * args.users)
        for _ in range(args.users):
            self.next_step(self.new_user())
        ending = False
        idle_deadline = float("inf")
        idle_since, idle_sample = 0.0, (0.0, 0.0)
        while True:
            now = time.perf_counter()
            self.check_ready()
            assert self.bot.process is not None
            if self.bot.process.poll() is not None:  # it died by itself: count it, say why, start it again
                self.counts[f"bot exits by itself (status {self.bot.process.returncode})"] += 1
                self.exits.append(self.bot.log_tail(1500))
                self.kill()
                self.counts["kills"] -= 1
                self.spawn()
            if not ending and (now >= self.kill_at or self.telegram.served >= self.kill_after):
                if self.counts["kills"] < args.kills:
                    self.kill()
                    self.spawn()
                else:  # the last start: nobody acts any more
                    ending = True
                    self.kill_at, self.kill_after = float("inf"), 1 << 60
            for chat in self.crowd.changed(0.02):
                if chat not in self.users or (position := self.recognised(self.users[chat])) is None:
                    continue
                self.on_reply(self.users[chat], position, acting=not ending)
            waiting = [u for u in self.users.values() if u.pending is not None]
            if not ending and self.up_since is not None:
                for user in waiting:
                    if self.uptime() - self.push_uptime[user.uid] > args.stuck_after:
                        self.stuck_reasons[self.stuck_reason(user)] += 1
                        self.counts["nudges"] += 1
                        self.send(user, NUDGE, nudge=True)
            if ending:
                if now - idle_sample[0] >= 0.5:  # busy: a Bot API call, or CPU (e.g. loading data on first use)
                    cpu = self.bot.cpu_seconds()
                    if cpu - idle_sample[1] > 0.05 or self.telegram.last_call_at > idle_sample[0]:
                        idle_since = now
                    idle_sample = (now, cpu)
                quiet = now - max(idle_since, self.up_since or now)
                if self.up_since is not None and (not waiting or quiet >= args.idle):
                    break
                if idle_deadline == float("inf"):
                    idle_deadline = now + 60 + args.idle
                if now > idle_deadline:
                    self.counts["final wait gave up after 60 s"] += 1
                    break
        elapsed = time.perf_counter() - began
        return self.report(elapsed)

    def report(self, elapsed: float) -> dict[str, Any]:
        people = [*self.finished, *self.users.values()]
        stored = self.answers([u.uid for u in people])
        lost = unrecognized = ahead = 0
        for user in people:
            expected = {user.position} | ({user.position + 1} if user.pending and user.uid not in self.nudging
                                          else set())
            matches = {p for p, answers in enumerate(self.ref_answers) if answers == stored[user.uid]}
            if matches & expected:
                continue
            if not matches:
                unrecognized += 1
                if os.environ.get("SOAK_DEBUG"):
                    print(f"unrecognized: chat {user.uid} at step {user.position}: {stored[user.uid]}")
            elif max(matches) < user.position:
                lost += user.position - max(matches)
            else:
                ahead += 1
        stuck = [u for u in self.users.values() if u.pending is not None]
        final_reasons = Counter(self.stuck_reason(u) for u in stuck)
        # A duplicate: a message the bot sends with the same text as the message it sent before (edits
        # apart), unless the person asked for the question again with /start in between.
        duplicates = 0
        for chat in {u.uid for u in people}:
            previous: str | None = None
            for event in self.telegram.events.get(chat, []):
                if event[0] == "user" and event[1] == NUDGE:
                    previous = None
                elif event[0] == "bot":
                    duplicates += event[2] is not None and event[2] == previous
                    previous = event[2]
        if os.environ.get("SOAK_DEBUG"):
            for chat in sorted({u.uid for u in people})[:int(os.environ["SOAK_DEBUG"])]:
                print(f"--- chat {chat}: stored {stored[chat]!r:.200}")
                for event in self.telegram.events.get(chat, []):
                    print("   ", " | ".join(repr(part)[:90] for part in event))
        redelivered = sum(1 for n in self.telegram.delivered.values() if n > 1)
        return {"elapsed": elapsed, "people": len(people), "finished": len(self.finished), "lost": lost,
                "unrecognized": unrecognized, "ahead": ahead, "stuck": len(stuck), "final_reasons": final_reasons,
                "duplicates": duplicates, "redelivered": redelivered}

    def close(self) -> None:
        self.bot.stop()
        self.server.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=30, help="people at once (default 30)")
    parser.add_argument("--kills", type=int, default=100, help="kill -9 count (default 100)")
    parser.add_argument("--seed", type=int, default=None, help="seed of the kill moments (default: random)")
    parser.add_argument("--up-min", type=float, default=0.2, help="earliest kill, seconds after it polls")
    parser.add_argument("--up-max", type=float, default=4.0, help="latest kill, seconds after it polls")
    parser.add_argument("--stuck-after", type=float, default=5.0,
                        help="seconds of the bot being up without a reply before a person nudges")
    parser.add_argument("--idle", type=float, default=3.0, help="seconds up and idle before the final count")
    parser.add_argument("--strict", action="store_true", help="exit 1 unless 0 lost and 0 stuck")
    args = parser.parse_args(argv)
    if args.seed is None:
        args.seed = random.SystemRandom().randrange(1_000_000)

    print(f"CEC Screener soak, {stamp()}: `cec-screener run` killed with kill -9 {args.kills} times, "
          f"{args.users} people screening at once, Telegram-style redelivery (seed {args.seed})")
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="cec-soak-") as tmp:
        soak = Soak(args, pathlib.Path(tmp))
        try:
            result = soak.run()
        except BaseException:
            print(soak.bot.log_tail(), file=sys.stderr)
            raise
        finally:
            soak.close()
            if os.environ.get("SOAK_DEBUG"):
                kept = pathlib.Path(tempfile.gettempdir(), "soak-screener.log")
                shutil.copy(soak.bot.folder / "screener.log", kept)
    counts = soak.counts
    ups = sorted(soak.downtime)
    print(f"{len(soak.steps)} steps per screening; {result['people']} people, {result['finished']} reached the "
          f"end; {counts['kills']} kills in {result['elapsed']:.0f} s; restart to first getUpdates "
          f"{ups[len(ups) // 2] if ups else 0:.2f} s median")
    print(f"answers acknowledged: {counts['answers acknowledged']}; updates redelivered after a kill: "
          f"{result['redelivered']}; steps asked again: {counts['steps asked again']}")
    print(f"nudges needed during the run (no reply for {args.stuck_after:g} s of uptime): {counts['nudges']}")
    for reason, n in soak.stuck_reasons.most_common():
        print(f"  {n:5}  {reason}")
    others = {k: v for k, v in counts.items() if k not in {"kills", "answers acknowledged", "steps asked again",
                                                            "nudges"}}
    if others:
        print("also: " + "; ".join(f"{v} {k}" for k, v in others.items()))
    if soak.exits:
        print("the bot's log when it last died by itself:\n" + soak.exits[-1])
    print()
    print(f"answers lost: {result['lost']} (must be 0)"
          + (f"; {result['unrecognized']} sessions matching no step of the reference (an answer stored on "
             "another question, e.g. given again to a question shown twice)" if result["unrecognized"] else "")
          + (f"; {result['ahead']} ahead of what the person saw" if result["ahead"] else ""))
    print(f"users left stuck: {result['stuck']} (must be 0)"
          + ("" if not result["stuck"] else " -- " + ", ".join(f"{n} {r}" for r, n in
                                                              result["final_reasons"].most_common())))
    print(f"duplicates: {result['duplicates']} (a message sent twice in a row, no /start between)")
    failed = result["lost"] or result["stuck"] or result["unrecognized"]
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
