"""The open person's actions in the "Customer" menu: register an objection (policy 9.4), withdraw one from the
objections tab, restrict processing or set a legal hold and lift them (GDPR art. 18, policy 6.1; a supervisor
decides), close the account (policy 6.2, 8). Each is enabled only while a person is open and not erased, and
only where it applies (a hold can be lifted only while there is one). After each change the record reads again
(`person_changed`), so its banner and tabs show it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.roles import Permission
from ...services.objections import withdraw_objection
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.role_gate import refusal
from ..widgets.uiload import discard
from .close_account_dialog import CloseAccountDialog
from .objection_dialog import ObjectionDialog
from .person_dialog import PersonActionDialog
from .restriction_dialog import LEGAL_HOLD, RESTRICTION, RestrictionDialog


class PersonActions(QObject):
    person_changed = Signal(str)        # a customer number
    status_changed = Signal(str, bool)  # text, is_error

    def __init__(self, executor: Executor, desk, actor, window: QWidget) -> None:
        super().__init__(window)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self._window = window
        self.record = None
        self.dialog: PersonActionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        ui = window
        ui.menuCustomer.setToolTipsVisible(True)  # a disabled entry says why
        self._restriction_actions = ((ui.actionRestrict, RESTRICTION, False),
                                     (ui.actionLiftRestriction, RESTRICTION, True),
                                     (ui.actionSetLegalHold, LEGAL_HOLD, False),
                                     (ui.actionLiftLegalHold, LEGAL_HOLD, True))
        self._tips = {action: action.statusTip() for action, _kind, _lift in self._restriction_actions}
        self._tips[ui.actionCloseAccount] = ui.actionCloseAccount.statusTip()
        ui.actionRegisterObjection.triggered.connect(self.register_objection)
        for action, kind, lift in self._restriction_actions:
            action.triggered.connect(lambda _checked=False, k=kind, lf=lift: self.restriction(k, lf))
        ui.actionCloseAccount.triggered.connect(self.close_account)
        self.attach(None)

    # --- which actions apply ------------------------------------------------------------------------------

    def attach(self, record) -> None:
        """The record now open (None: none); its actions follow what it shows."""
        self.record = record
        if record is not None:
            record.header_loaded.connect(lambda _header: self.update())
            record.withdraw_objection_requested.connect(self.confirm_withdrawal)
        self.update()

    def _header(self) -> dict | None:
        """The open person's header, when the person is shown and not erased."""
        if self.record is None or not self.record.editable:
            return None
        return self.record.header

    def update(self) -> None:
        ui = self._window
        header = self._header()
        ui.actionRegisterObjection.setEnabled(header is not None)
        denied = refusal(self._actor, Permission.LEGAL_HOLDS_AND_RESTRICTIONS)
        active = header.get("restrictions", ()) if header else ()
        for action, kind, lift in self._restriction_actions:
            applies = header is not None and (kind in active) == lift
            action.setEnabled(denied is None and applies)
            if denied is not None:
                tip = denied
            elif header is not None and not applies:
                tip = (self.tr("There is none to lift.") if lift else self.tr("It is already in force."))
            else:
                tip = self._tips[action]
            action.setToolTip(tip)
            action.setStatusTip(tip)
        closable = header is not None and header.get("status") == "active" and header.get("kind") == "account"
        ui.actionCloseAccount.setEnabled(closable)
        tip = (self._tips[ui.actionCloseAccount] if closable or header is None
               else self.tr("Only an open account can be closed."))
        ui.actionCloseAccount.setToolTip(tip)
        ui.actionCloseAccount.setStatusTip(tip)

    # --- dialogs ------------------------------------------------------------------------------------------

    def _name(self, header: dict) -> str:
        return fmt.person_name(header.get("first_name"), header.get("last_name"))

    def _open(self, make) -> PersonActionDialog | None:
        """One of these dialogs at a time: asking again raises the open one."""
        if self.dialog is not None:
            self.dialog.ui.raise_()
            self.dialog.ui.activateWindow()
            return self.dialog
        header = self._header()
        if header is None:
            return None
        customer_no = header["customer_no"]
        dialog = make(customer_no, self._name(header), header)
        dialog.done.connect(lambda result, d=dialog: self._changed(customer_no, d, result))
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: self._forget(form))
        self.dialog = dialog
        dialog.start()
        return dialog

    def _forget(self, form) -> None:
        if self.dialog is not None and self.dialog.ui is form:
            self.dialog = None
        discard(form)

    def register_objection(self) -> ObjectionDialog | None:
        return self._open(lambda customer_no, name, header: ObjectionDialog(
            self._executor, self._desk, self._actor, customer_no, name, header.get("objections", ()),
            self._window))

    def restriction(self, kind: str, lift: bool) -> RestrictionDialog | None:
        """Opened for anyone who asks (the menu entries are a supervisor's): the service judges."""
        return self._open(lambda customer_no, name, _header: RestrictionDialog(
            self._executor, self._desk, self._actor, customer_no, kind, lift, name, self._window))

    def close_account(self) -> CloseAccountDialog | None:
        return self._open(lambda customer_no, name, _header: CloseAccountDialog(
            self._executor, self._desk, self._actor, customer_no, name, self._window))

    def _changed(self, customer_no: str, dialog: PersonActionDialog, result: dict) -> None:
        if isinstance(dialog, ObjectionDialog):
            text = self.tr("Objection to %1 registered for customer %2; it applies now.") \
                .replace("%1", fmt.mid_sentence(fmt.word("objection_scope", result["scope"])))
        elif isinstance(dialog, CloseAccountDialog):
            text = self.tr("Closed the account of customer %2.")
        else:
            kind = fmt.word("restriction_kind", result["kind"])
            text = (self.tr("%1 lifted for customer %2.") if result.get("lifted_at")
                    else self.tr("%1 set for customer %2.")).replace("%1", kind)
        self.status_changed.emit(text.replace("%2", customer_no), False)
        self.person_changed.emit(customer_no)

    # --- withdrawing an objection -------------------------------------------------------------------------

    def confirm_withdrawal(self, scope: str) -> QMessageBox | None:
        """The person asked to withdraw the objection: confirm, then record it (the objection row stays)."""
        header = self._header()
        if header is None:
            return None
        customer_no = header["customer_no"]
        what = fmt.word("objection_scope", scope)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Withdraw objection – mnu-desk"),
                          self.tr("Withdraw the objection of %1 (customer %2) to %3?")
                          .replace("%1", self._name(header)).replace("%2", customer_no).replace("%3", what),
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setInformativeText(self.tr("Only when the person asked for it. The objection stays in the record as "
                                       "withdrawn today, and marketing of this kind may start again."))
        withdraw = box.addButton(self.tr("&Withdraw"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(withdraw)
        box.finished.connect(lambda _result: self._confirmed(box, withdraw, customer_no, scope))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, box: QMessageBox, withdraw, customer_no: str, scope: str) -> None:
        clicked = box.clickedButton()
        if self.confirm_box is box:
            self.confirm_box = None
        discard(box)
        if clicked is not withdraw:
            return
        self._executor.submit(withdraw_objection, self._desk, self._actor, customer_no, scope, owner=self._window,
                              on_result=lambda result: self._withdrawn(customer_no, result),
                              on_error=lambda exc: self.status_changed.emit(messages.error_text(exc), True))

    def _withdrawn(self, customer_no: str, result: dict) -> None:
        self.status_changed.emit(self.tr("Objection to %1 withdrawn for customer %2.")
                                 .replace("%1", fmt.mid_sentence(fmt.word("objection_scope", result["scope"])))
                                 .replace("%2", customer_no), False)
        self.person_changed.emit(customer_no)
