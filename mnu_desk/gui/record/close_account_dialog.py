"""Closing an account (policy 6.2, 8): the dialog says before what goes (the log-in, favourites and wish lists,
at once) and what stays (orders and invoices, kept for bookkeeping until the law's date and used for nothing
else), and afterwards shows what the service really removed and kept, so the agent can tell the person."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain.requests import RequestType
from ...services.accounts import close_account
from ..widgets import formatting as fmt
from ..widgets.executor import Executor
from ..widgets.messages import escape
from .person_dialog import PersonActionDialog

CONFIRM, DONE = range(2)


class CloseAccountDialog(PersonActionDialog):
    ui_file = "close_account.ui"
    request_type = RequestType.CLOSURE.value

    def __init__(self, executor: Executor, desk, actor, customer_no: str, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(executor, desk, actor, customer_no, name, parent)
        ui = self.ui
        ui.introLabel.setText("".join([
            "<p>" + escape(self.tr("Close the account of %1 (customer %2)? This cannot be undone.")
                           .replace("%1", self.name).replace("%2", customer_no)) + "</p>",
            "<p><b>" + escape(self.tr("Goes at once:")) + "</b> "
            + escape(self.tr("the log-in, favourites and wish lists.")) + "</p>",
            "<p><b>" + escape(self.tr("Stays:")) + "</b> "
            + escape(self.tr("orders and invoices, kept for bookkeeping until the date the law sets (Bokföringslagen "
                             "7 kap. 2 §) and used for nothing else. Other data goes with the next retention "
                             "run.")) + "</p>",
        ]))
        self.ok_button.setText(self.tr("Close the &account"))
        # closing cannot be undone: Enter alone does not do it
        self.ok_button.setAutoDefault(False)
        self.ok_button.setDefault(False)
        self.cancel_button.setDefault(True)
        ui.pages.setCurrentIndex(CONFIRM)
        ui.requestCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple | None:
        return close_account, (), {"request_ref": self.request_ref()}

    def show_result(self, result: dict) -> None:
        """What the service removed and what it kept, from its own answer."""
        erased = result.get("erased") or {}
        orders = (result.get("kept") or {}).get("orders") or []
        lines = ["<p><b>" + escape(self.tr("The account of customer %1 is closed.")
                                   .replace("%1", result.get("customer_no") or self.customer_no)) + "</b></p>",
                 "<p>" + escape(self.tr("Removed: the log-in (%1), %2 favourites, %3 wish lists with %4 items.")
                                .replace("%1", self.tr("yes") if erased.get("account") else self.tr("none"))
                                .replace("%2", str(erased.get("favourites", 0)))
                                .replace("%3", str(erased.get("wish_lists", 0)))
                                .replace("%4", str(erased.get("wish_list_items", 0)))) + "</p>"]
        if orders:
            lines.append("<p><b>" + escape(self.tr("Kept for bookkeeping, used for nothing else:")) + "</b></p><ul>")
            for order in orders:
                if order.get("reason_code") == "bookkeeping":
                    # the service gives the day as YYYY-MM-DD already
                    text = self.tr("order %1, may be erased from %2").replace("%2",
                                                                            fmt.text(order.get("erasable_from")))
                else:
                    text = self.tr("order %1, past the bookkeeping date: goes with the next retention run")
                lines.append("<li>" + escape(text.replace("%1", order.get("order_no") or "")) + "</li>")
            lines.append("</ul>")
        else:
            lines.append("<p>" + escape(self.tr("No orders: nothing is kept for bookkeeping.")) + "</p>")
        self.ui.doneLabel.setText("".join(lines))
        self.ui.pages.setCurrentIndex(DONE)
        self._finished = True
        self.ok_button.setText(self.tr("&Close"))
        self.ok_button.setDefault(True)
        self.cancel_button.hide()
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
