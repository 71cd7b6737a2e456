"""Registering an objection to marketing (policy 9.4, GDPR art. 21(2)-(3)): what the person objects to, how it
reached the desk and when. It takes effect when it is saved: the next marketing export leaves the person out
(e-mail or all marketing), the suppression list for ad partners takes them in (partner ads or all), and
personalised offers stop. Nothing is chosen for the agent: a scope and a channel must be picked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from ...domain.clock import today_stockholm
from ...domain.errors import DeskError
from ...domain.objections import (
    CHANNELS,
    EMAIL_BLOCKING,
    PARTNER_BLOCKING,
    PERSONALISED_BLOCKING,
    SCOPES,
    check_received,
)
from ...domain.requests import RequestType
from ...services.objections import add_objection
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.dates import from_qdate, to_qdate
from ..widgets.executor import Executor
from .person_dialog import PersonActionDialog


class ObjectionDialog(PersonActionDialog):
    ui_file = "objection.ui"
    request_type = RequestType.OBJECTION.value

    def __init__(self, executor: Executor, desk, actor, customer_no: str, name: str = "",
                 active_scopes: tuple[str, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(executor, desk, actor, customer_no, name, parent)
        ui = self.ui
        ui.introLabel.setText(self.tr("%1 (customer %2) objects to marketing (policy 9.4, GDPR art. 21). The "
                                      "objection applies from the moment you register it, and the desk may not "
                                      "weigh it against its own interest.")
                              .replace("%1", self.name).replace("%2", customer_no))
        ui.scopeCombo.addItem(self.tr("Choose…"), None)
        model = ui.scopeCombo.model()
        for scope in SCOPES:
            if scope in active_scopes:
                ui.scopeCombo.addItem(self.tr("%1 (already registered)").replace("%1", fmt.word("objection_scope",
                                                                                                 scope)), scope)
                if isinstance(model, QStandardItemModel):
                    model.item(ui.scopeCombo.count() - 1).setEnabled(False)
            else:
                ui.scopeCombo.addItem(fmt.word("objection_scope", scope), scope)
        ui.channelCombo.addItem(self.tr("Choose…"), None)
        for channel in CHANNELS:
            ui.channelCombo.addItem(fmt.word("channel", channel), channel)
        ui.receivedEdit.setDate(to_qdate(today_stockholm()))
        self.ok_button.setText(self.tr("&Register"))
        ui.scopeCombo.currentIndexChanged.connect(lambda _i: self._show_effect())
        ui.receivedEdit.dateChanged.connect(lambda _d: self._check_received())
        self._show_effect()
        self._check_received()
        ui.scopeCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_effect(self) -> None:
        """What the scope changes, so the agent can tell the person."""
        scope = self.ui.scopeCombo.currentData()
        effects = []
        if scope in EMAIL_BLOCKING:
            effects.append(self.tr("No more newsletters or other marketing by e-mail."))
        if scope in PARTNER_BLOCKING:
            effects.append(self.tr("On the suppression list: the ad partners (Facebook, Google) get the hashed "
                                   "e-mail and phone, so they do not show the person m.nu's ads."))
        if scope in PERSONALISED_BLOCKING:
            effects.append(self.tr("No offers chosen from what the person viewed or bought (profiling, "
                                   "policy 5.3)."))
        messages.show(self.ui.scopeHint, " ".join(effects), messages.NOTE_STYLE)

    def _check_received(self) -> bool:
        try:
            check_received(from_qdate(self.ui.receivedEdit.date()), today_stockholm())
        except DeskError as exc:
            messages.show(self.ui.receivedHint, messages.error_text(exc))
            return False
        messages.show(self.ui.receivedHint, "")
        return True

    def values(self) -> tuple | None:
        ui = self.ui
        scope, channel = ui.scopeCombo.currentData(), ui.channelCombo.currentData()
        if scope is None:
            self.refuse(self.tr("Choose what the person objects to."), ui.scopeCombo)
            return None
        if channel is None:
            self.refuse(self.tr("Choose how the objection reached the desk."), ui.channelCombo)
            return None
        if not self._check_received():
            self.refuse(ui.receivedHint.text(), ui.receivedEdit)
            return None
        return add_objection, (scope, channel, from_qdate(ui.receivedEdit.date())), \
            {"request_ref": self.request_ref()}
