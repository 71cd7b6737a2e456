"""The steps an agent takes on a request, each as the form it needs and the service it calls (docs/design.md
section 4: identity, extension, refusal, closing; GDPR art. 12 and 19). The texts say the rule the step follows,
so the agent reads it where the decision is made."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject

from ...domain import deadlines
from ...domain.clock import today_stockholm
from ...domain.requests import IDENTITY_METHODS, Status
from ...services import requests as service
from ...services.extracts import decide_fee
from ..widgets import formatting as fmt
from .request_step_dialog import Step

EXCESSIVE = "excessive"  # the fee decision's choice for a manifestly unfounded or excessive request


def identity_choice(choice: str, note: str) -> str:
    """The service's spelling: a method, or other:TEXT."""
    return f"{choice}:{note}" if choice == "other" else choice


class RequestSteps(QObject):
    """The steps for one agent on one desk."""

    def __init__(self, desk, actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._actor = actor

    def _title(self, text: str, request: dict) -> str:
        return text.replace("%1", request["ref"])

    def ask_for_identity(self, request: dict) -> Step:
        return Step(
            title=self._title(self.tr("Ask for proof of identity – %1"), request),
            intro=self.tr("Ask for more proof only when there is reasonable doubt about who sent the request "
                          "(GDPR art. 12(6)); a routine demand for ID is itself a breach. The month then runs from "
                          "the day the proof arrives."),
            ok_text=self.tr("&Record"),
            date_label=self.tr("&Asked on:"),
            date_range=(request["received"], today_stockholm()),
            call=lambda v: (service.ask_for_identity, (self._desk, self._actor, request["ref"], v["date"])))

    def identity_received(self, request: dict) -> Step:
        asked = request.get("identity_asked_on") or request["received"]
        return Step(
            title=self._title(self.tr("Proof of identity arrived – %1"), request),
            intro=self.tr("The answer is then due one month after the day the proof arrived. A copy of an ID "
                          "document is deleted once the check is recorded."),
            ok_text=self.tr("&Record"),
            date_label=self.tr("&Arrived on:"),
            date_range=(asked, today_stockholm()),
            choice_label=self.tr("&Checked by:"),
            # nothing chosen at first: the agent names the method, it is never assumed (docs/design.md
            # "Signed letter and identity"); the service refuses an empty choice
            choices=[("", self.tr("Choose how…"))]
            + [(code, fmt.word("identity_method", code)) for code in IDENTITY_METHODS],
            note_label=self.tr("&How:"),
            note_for="other",
            call=lambda v: (service.identity_received, (self._desk, self._actor, request["ref"], v["date"],
                                                        identity_choice(v["choice"], v["note"]))))

    def extend(self, request: dict) -> Step:
        new_due = deadlines.extended_due_date(request["received"], request.get("identity_received_on"))
        return Step(
            title=self._title(self.tr("Extend the deadline – %1"), request),
            intro=self.tr("Two further months, only with a reason, and the person must be told within the first "
                          "month (GDPR art. 12(3)). The answer would then be due on %1.")
            .replace("%1", fmt.day(new_due)),
            ok_text=self.tr("&Extend"),
            text_label=self.tr("&Reason:"),
            text_placeholder=self.tr("e.g. the request covers many years of orders"),
            call=lambda v: (service.extend, (self._desk, self._actor, request["ref"], v["text"])))

    def refuse(self, request: dict) -> Step:
        return Step(
            title=self._title(self.tr("Refuse the request – %1"), request),
            intro=self.tr("A refusal must reach the person within one month with its reasons and the right to "
                          "complain to IMY and to go to court (GDPR art. 12(4)). Only a manifestly unfounded or "
                          "excessive request may be refused (art. 12(5)); the desk must be able to show why."),
            ok_text=self.tr("Re&fuse"),
            text_label=self.tr("&Reasons:"),
            text_placeholder=self.tr("why the request is manifestly unfounded or excessive"),
            call=lambda v: (service.refuse, (self._desk, self._actor, request["ref"], v["text"])))

    def decide_fee(self, request: dict) -> Step:
        suggested = request.get("suggested_fee") or 0
        return Step(
            title=self._title(self.tr("Fee or free – %1"), request),
            intro=self.tr("The first extract is always free (GDPR art. 12(5)). A further copy this calendar year "
                          "may cost a reasonable fee (art. 15(3)), as may a request you record as manifestly "
                          "unfounded or excessive, with the reasons; at most the settings' fee for a further copy. "
                          "Send the fee letter before the work starts: the extract is issued only after it."),
            ok_text=self.tr("Sa&ve the decision"),
            choice_label=self.tr("&Decision:"),
            choices=[("free", self.tr("Free")),
                     ("fee", self.tr("A fee for a further copy, the amount below")),
                     (EXCESSIVE, self.tr("A fee: the request is manifestly unfounded or excessive"))],
            note_label=self.tr("&Amount (kr):"),
            note_for=("fee", EXCESSIVE),
            note_default=f"{suggested:.2f}".replace(".", ","),
            text_label=self.tr("&Reason:"),
            text_placeholder=self.tr("e.g. a third copy this year"),
            call=lambda v: (partial(decide_fee, excessive=v["choice"] == EXCESSIVE),
                            (self._desk, self._actor, request["ref"],
                             "0" if v["choice"] == "free" else v["note"], v["text"])))

    def set_status(self, request: dict) -> Step:
        choices = [(s.value, fmt.word("request_status", s.value)) for s in Status if s.is_open]
        # the current status first, so Enter without a choice changes nothing by surprise
        choices.sort(key=lambda item: item[0] != request.get("status"))
        return Step(
            title=self._title(self.tr("Set the status – %1"), request),
            intro=self.tr("Close a request with its outcome, or refuse it with its reasons: those have their own "
                          "buttons."),
            ok_text=self.tr("&Set"),
            choice_label=self.tr("&Status:"),
            choices=choices,
            call=lambda v: (service.set_status, (self._desk, self._actor, request["ref"], v["choice"])))

    def close(self, request: dict) -> Step:
        return Step(
            title=self._title(self.tr("Close the request – %1"), request),
            intro=self.tr("Say what was done. A request with open tasks cannot be closed: finish them, or mark them "
                          "impossible with a reason, first."),
            ok_text=self.tr("&Close request"),
            text_label=self.tr("&Outcome:"),
            text_placeholder=self.tr("e.g. address corrected and Klarna told; letter sent on 12 May"),
            call=lambda v: (service.close, (self._desk, self._actor, request["ref"], v["text"])))

    def task_impossible(self, task: dict) -> Step:
        return Step(
            title=self.tr("Task impossible"),
            intro=self.tr("A recipient need not be told when that proves impossible or involves disproportionate "
                          "effort (GDPR art. 19). Say why; the reason is kept with the task."),
            ok_text=self.tr("&Record"),
            text_label=self.tr("&Reason:"),
            text_placeholder=self.tr("e.g. the recipient no longer exists"),
            call=lambda v: (service.complete_task, (self._desk, self._actor, task["id"], v["text"])))
