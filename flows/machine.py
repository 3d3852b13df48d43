"""One transitions machine for every user: states are the questions plus the two result checkpoints.

The machine is built once from the question catalogue: from each question, the `answer` trigger goes
to the next question that applies (its condition is named after the question's `when`), and the loop questions
("add another job?") go back to the loop's first question when the answer is yes. Screenings
are never bound to the machine: each trigger runs the event for one screening (no machine per user,
which would cost about 245 KB each).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from transitions import Machine

from eligibility.rounds import Rounds
from flows.questions import BY_ID, LOOPS, QUESTIONS, SCREENING_END, Answers, Question

VERDICT = "verdict"
CRS_RESULT = "crs_result"
CHECKPOINTS = (VERDICT, CRS_RESULT)
STATES = [q.id for q in QUESTIONS] + list(CHECKPOINTS)
FIRST = QUESTIONS[0].id
FIRST_CRS = "birth"
# The quick screening ends at the verdict; the CRS questions after it end at the CRS result.
SCREENING_QUESTIONS = frozenset(q.id for q in QUESTIONS[: [q.id for q in QUESTIONS].index(FIRST_CRS)])


class Screening:
    """The machine's model: one user's place in the flow and their answers (plain data, JSON-ready)."""

    state: str
    rounds: Rounds | None = None  # the rounds a verdict compares with, set by the front end (None: the seed)
    # ("job", 1): brought back from a result to finish job 2, said once by the next reply (flows/conversation.py)
    resumed: tuple[str, int] | None = None

    def __init__(self, state: str = FIRST, answers: Answers | None = None, history: list[str] | None = None):
        self.state = state
        self.answers: Answers = answers if answers is not None else {}
        self.history: list[str] = history if history is not None else []
        self.answers.setdefault("jobs", [{}])
        self.answers.setdefault("tests", [{}])
        self.answers.setdefault("_position", {"job": 0, "test": 0})

    @property
    def started(self) -> bool:
        """Anything answered or moved: a /start then offers to resume rather than starting afresh."""
        answers = self.answers
        return (self.state != FIRST or bool(self.history) or FIRST in answers
                or any(answers["jobs"]) or any(answers["tests"]))

    # -- where answers live ------------------------------------------------------------------------------
    @property
    def position(self) -> dict[str, int]:
        return self.answers["_position"]

    def item_for(self, question: Question) -> Answers:
        """The dict holding this question's answer: the profile's, the current job's or test's."""
        if question.scope == "job":
            return self.answers["jobs"][self.position["job"]]
        if question.scope == "test":
            return self.answers["tests"][self.position["test"]]
        return self.answers

    def applies(self, question: Question) -> bool:
        return question.applies(self.answers, self.item_for(question))

    def answered(self, question: Question) -> bool:
        return question.id in self.item_for(question)

    # -- callbacks the machine resolves by name --------------------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        if name in CONDITIONS:
            question = CONDITIONS[name]
            return lambda event=None: self.applies(question)
        raise AttributeError(name)

    def wants_another(self, event: Any = None) -> bool:
        return self.item_for(BY_ID[self.state]).get(self.state) is True

    def open_next_item(self, event: Any = None) -> None:
        """Move to the next job or test, creating it when it is new."""
        kind = "job" if self.state == "job_more" else "test"
        items = self.answers[f"{kind}s"]
        self.position[kind] += 1
        if self.position[kind] >= len(items):
            items.append({})

    def enter_first_item(self, event: Any = None) -> None:
        kind = "job" if event is not None and event.transition.dest == "job_occupation" else "test"
        self.position[kind] = 0


def condition_name(question: Question) -> str:
    assert question.when is not None
    return question.when.__name__.strip("_")


# Each condition by name, with a question that uses it (to know which job or test it reads).
CONDITIONS: dict[str, Question] = {condition_name(q): q for q in QUESTIONS if q.when is not None}


def _successors(index: int, end: str) -> list[tuple[str, list[str | Callable[..., bool | None]]]]:
    """The questions after QUESTIONS[index] that may come next, each with the condition to go there.

    A later question with the same condition as one already listed can never be the next one.
    """
    found: list[tuple[str, list[str | Callable[..., bool | None]]]] = []
    seen: set[str] = set()
    for question in QUESTIONS[index + 1:]:
        if question.id == FIRST_CRS:
            break
        if question.when is None:
            return [*found, (question.id, [])]
        name = condition_name(question)
        if name not in seen:
            seen.add(name)
            found.append((question.id, [name]))
    return [*found, (end, [])]


@cache
def machine() -> Machine:
    m = Machine(model=None, states=STATES, initial=FIRST, auto_transitions=False, send_event=True)
    for index, question in enumerate(QUESTIONS):
        end = VERDICT if question.id in SCREENING_QUESTIONS else CRS_RESULT
        if question.id in LOOPS:
            m.add_transition("answer", question.id, LOOPS[question.id], conditions=["wants_another"],
                             before="open_next_item")
        if question.id == SCREENING_END:
            m.add_transition("answer", question.id, VERDICT)
            continue
        for target, conditions in _successors(index, end):
            before = "enter_first_item" if target in LOOPS.values() and question.scope != BY_ID[target].scope \
                else None
            m.add_transition("answer", question.id, target, conditions=conditions, before=before)
    m.add_transition("answer", VERDICT, FIRST_CRS)
    return m


def fire(screening: Screening, trigger: str = "answer") -> str:
    """Run one trigger of the shared machine on this screening and return the new state.

    The event is triggered for the screening directly (what a model's bound `answer()` does), so the
    model is never bound to the machine: nothing to add or remove per update, nothing left on it.
    """
    machine().events[trigger].trigger(screening)
    return screening.state


def diagram() -> str:
    """The flow as a mermaid state diagram (docs/flow.mmd), drawn from the machine itself."""
    from transitions.extensions import GraphMachine

    graph = GraphMachine(model=None, states=STATES, initial=FIRST, auto_transitions=False,
                         graph_engine="mermaid", show_conditions=True)
    for transition_list in machine().events["answer"].transitions.values():
        for t in transition_list:
            graph.add_transition("answer", t.source, t.dest,
                                 conditions=[c.func for c in t.conditions if c.target],
                                 unless=[c.func for c in t.conditions if not c.target])
    class Drawing:  # a bare model: drawing needs no answers, and marks no state as current
        pass

    model = Drawing()
    graph.add_model(model, initial=FIRST)
    return model.get_graph().draw(None)  # type: ignore[attr-defined]  # added by GraphMachine
