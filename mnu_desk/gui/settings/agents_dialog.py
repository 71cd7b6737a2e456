"""Settings > Agents… (admin; docs/design.md "Agents' life"): the agents with their role and state; change a
role, disable or enable, unlock, reset a password, add an agent. The services check the permission, audit each
step and, on a shared server, change the agent's database log-in in the same step; every call runs on the
worker (an argon2 hash and a server's account statements take a moment)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...domain.roles import Role
from ...services import agents
from ...services.context import Actor, Desk
from ..record.tabs.base import fit_columns, setup_table
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.table_model import Column, RowsModel, get
from ..widgets.uiload import discard, load_ui


class AgentsDialog(QObject):
    def __init__(self, executor: Executor, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("agents.ui", parent)
        self.setParent(self.ui)
        self._executor, self._desk, self._actor = executor, desk, actor
        self.loading = False
        ui = self.ui
        self.model = RowsModel([
            Column(self.tr("Name"), get("name")),
            Column(self.tr("Role"), get("role"), lambda role: fmt.word("role", role)),
            Column(self.tr("State"), get("active"),
                   lambda active: self.tr("active") if active else self.tr("disabled")),
            Column(self.tr("Locked until"), get("locked_until"), fmt.when),
            Column(self.tr("Last log-in"), get("last_login_at"), fmt.when),
            Column(self.tr("Database log-in"), get("db_login"), fmt.text),
        ], self)
        setup_table(ui.agentsTable, self.model)
        for combo in (ui.roleCombo, ui.newRoleCombo):
            for role in Role:
                combo.addItem(fmt.word("role", role.value), role.value)
        ui.agentsTable.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        ui.setRoleButton.clicked.connect(self.change_role)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.unlockButton.clicked.connect(lambda: self._run(agents.unlock, self._selected_name(),
                                                          done=self.tr("Unlocked.")))
        ui.resetButton.clicked.connect(self.reset_password)
        ui.addButton.clicked.connect(self.add)
        ui.buttonBox.rejected.connect(ui.reject)
        ui.finished.connect(lambda _result: discard(ui))
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        self.loading = True
        self._executor.submit(agents.list_agents, self._desk, self._actor, owner=self, on_result=self._show,
                              on_error=self._failed)

    def _show(self, listed: list) -> None:
        chosen = self._selected_name()
        self.model.set_rows([vars(info) for info in listed])
        fit_columns(self.ui.agentsTable)
        for row in range(self.model.rowCount()):  # the agent just changed stays chosen
            if self.model.row(row)["name"] == chosen:
                self.ui.agentsTable.selectRow(row)
        self._selection_changed()
        self.loading = False

    def _selected(self) -> dict | None:
        rows = self.ui.agentsTable.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _selected_name(self) -> str | None:
        row = self._selected()
        return row["name"] if row else None

    def _selection_changed(self) -> None:
        row, ui = self._selected(), self.ui
        ui.selectedBox.setEnabled(row is not None)
        if row is not None:
            ui.roleCombo.setCurrentIndex(max(0, ui.roleCombo.findData(row["role"])))
            ui.activeButton.setText(self.tr("&Disable") if row["active"] else self.tr("&Enable"))

    def change_role(self) -> None:
        self._run(agents.set_role, self._selected_name(), self.ui.roleCombo.currentData(),
                  done=self.tr("Role changed."))

    def toggle_active(self) -> None:
        row = self._selected()
        if row is not None:
            self._run(agents.set_active, row["name"], not row["active"],
                      done=self.tr("Disabled.") if row["active"] else self.tr("Enabled."))

    def reset_password(self) -> None:
        password = self.ui.resetEdit.text()
        self.ui.resetEdit.clear()
        self._run(agents.change_password, self._selected_name(), password, done=self.tr("Password reset."))

    def add(self) -> None:
        ui = self.ui
        name, role, password = ui.nameEdit.text(), ui.newRoleCombo.currentData(), ui.passwordEdit.text()
        ui.passwordEdit.clear()

        def added(_created) -> None:
            ui.nameEdit.clear()
            self._done(self.tr("Agent added."))

        self._executor.submit(agents.add_agent, self._desk, self._actor, name, role, password, owner=self,
                              on_result=added, on_error=self._failed)

    def _run(self, service, *args, done: str) -> None:
        if args and args[0] is None:
            return
        self._executor.submit(service, self._desk, self._actor, *args, owner=self,
                              on_result=lambda _info: self._done(done), on_error=self._failed)

    def _done(self, text: str) -> None:
        self.ui.statusLabel.setText(text)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.ui.statusLabel.setText(messages.error_text(exc))
        self.loading = False

    def show(self) -> None:
        self.ui.show()
        self.ui.raise_()
        self.ui.activateWindow()
