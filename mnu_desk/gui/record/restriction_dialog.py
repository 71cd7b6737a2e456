"""Setting or lifting a restriction of processing (GDPR art. 18) or a legal hold (policy 6.1): a supervisor's
decision, always with a reason. A restriction keeps the data but stops its use; before it is lifted the person
is told (art. 18(3)), and the day they were told is recorded. A legal hold blocks every erasure of the person
until it is lifted."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from ...domain.clock import today_stockholm
from ...services.restrictions import lift_restriction, set_restriction
from ..widgets import messages
from ..widgets.dates import from_qdate
from ..widgets.executor import Executor
from .person_dialog import PersonActionDialog

RESTRICTION, LEGAL_HOLD = "restriction", "legal_hold"
NOT_GIVEN = QDate(2000, 1, 1)  # the told-on field's "no day given yet"


class RestrictionDialog(PersonActionDialog):
    ui_file = "restriction.ui"

    def __init__(self, executor: Executor, desk, actor, customer_no: str, kind: str, lift: bool,
                 name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(executor, desk, actor, customer_no, name, parent)
        self.kind, self.lift = kind, lift
        ui = self.ui
        who = self.tr("%1 (customer %2)").replace("%1", self.name).replace("%2", customer_no)
        if kind == LEGAL_HOLD and not lift:
            title = self.tr("Set legal hold")
            intro = self.tr("A legal hold (policy 6.1) keeps everything of %1: no erasure, account closure or "
                            "retention run removes anything until the hold is lifted. Say why, e.g. the dispute "
                            "or the authority's request.")
            button = self.tr("Set &hold")
        elif kind == LEGAL_HOLD:
            title = self.tr("Lift legal hold")
            intro = self.tr("Lifting the legal hold on %1 lets erasure and the retention run remove what is due "
                            "again. Say why the hold is no longer needed.")
            button = self.tr("&Lift")
        elif not lift:
            title = self.tr("Restrict processing")
            intro = self.tr("A restriction (GDPR art. 18) keeps the data of %1 but stops its use: no marketing, "
                            "nothing but storing and what the law requires. Say why, e.g. the person contests "
                            "the accuracy, or wants it instead of erasure.")
            button = self.tr("&Restrict")
        else:
            title = self.tr("Lift restriction")
            intro = self.tr("The person must be told before the restriction on %1 is lifted (GDPR art. 18(3)): "
                            "send the restriction-lift letter first. Say why it ends and give the day the person "
                            "was told, as on the letter.")
            button = self.tr("&Lift")
        ui.setWindowTitle(self.tr("%1 – mnu-desk").replace("%1", title))
        ui.introLabel.setText(intro.replace("%1", who))
        self.ok_button.setText(button)
        told = kind == RESTRICTION and lift
        ui.toldLabel.setVisible(told)
        ui.toldEdit.setVisible(told)
        ui.toldHint.hide()
        # no day is assumed: the field starts empty (its minimum, shown as words) until the agent gives one
        ui.toldEdit.setMinimumDate(NOT_GIVEN)
        ui.toldEdit.setSpecialValueText(self.tr("not given"))
        ui.toldEdit.setDate(NOT_GIVEN)
        ui.toldEdit.dateChanged.connect(lambda _d: self._check_told())
        ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check_told(self) -> bool:
        if not self.ui.toldEdit.isVisibleTo(self.ui):
            return True
        if from_qdate(self.ui.toldEdit.date()) > today_stockholm():
            messages.show(self.ui.toldHint, self.tr("The person cannot have been told on a day still to come."))
            return False
        messages.show(self.ui.toldHint, "")
        return True

    def values(self) -> tuple | None:
        ui = self.ui
        reason = ui.reasonEdit.text().strip()
        if not reason:
            self.refuse(self.tr("Give a reason: the supervisor's decision is recorded with it."), ui.reasonEdit)
            return None
        if not self.lift:
            return set_restriction, (self.kind, reason), {}
        if self.kind == RESTRICTION and ui.toldEdit.date() == NOT_GIVEN:
            self.refuse(self.tr("Give the day the person was told that the restriction will be lifted."),
                        ui.toldEdit)
            return None
        if not self._check_told():
            self.refuse(ui.toldHint.text(), ui.toldEdit)
            return None
        told = from_qdate(ui.toldEdit.date()) if self.kind == RESTRICTION else None
        return lift_restriction, (self.kind, reason), {"person_told_on": told}
