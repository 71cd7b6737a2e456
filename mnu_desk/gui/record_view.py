"""One person's record, a tab per group of categories (DESIGN.md section 8).

Every call of `show_person` writes a "viewed" audit entry naming the categories it returned, so the record
loads only what is looked at: the overview (with objections and restrictions, which the header must warn
about) when it opens, every other tab the first time it is shown, each with only its own categories. A
category already loaded is not asked for again. All loading runs on the executor's worker."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..services.people import show_person
from . import formatting as fmt
from .executor import Executor
from .messages import error_text, escape
from .record_tabs import TAB_CLASSES, ObjectionsTab
from .record_tabs.base import CategoryTab
from .uiload import load_ui

_IDLE, _LOADING, _LOADED = range(3)
# the overview also loads these: the header warns of objections, restrictions and legal holds at once
_HEADER_CATEGORIES = ObjectionsTab.categories

BANNER_STYLE = ("QLabel#bannerLabel { background: #fff3cd; border: 1px solid #e6c65c; border-radius: 3px;"
                " padding: 6px; }")
ERASED_STYLE = ("QLabel#bannerLabel { background: #f8d7da; border: 1px solid #d9a1a8; border-radius: 3px;"
                " padding: 6px; }")


def _load(desk, actor, customer_no: str, wanted: tuple[str, ...], cached: dict, prepare) -> tuple[dict, object]:
    """On the worker: fetch the missing categories, then let the tab shape them."""
    record = show_person(desk, actor, customer_no, categories=wanted) if wanted else None
    data = dict(cached)
    if record is not None:
        data.update(record["categories"])
    return record, prepare(data)


class RecordView(QObject):
    header_loaded = Signal(dict)  # customer_no, kind, status, first_name, last_name
    failed = Signal(str)

    def __init__(self, executor: Executor, desk, actor, customer_no: str, register,
                 parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("record_view.ui", parent)
        self.setParent(self.ui)  # a late result for a closed record finds this object gone and is dropped
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.customer_no = customer_no
        self._closed = False
        self._cache: dict[str, object] = {}
        self.tabs: list[CategoryTab] = []
        for index, tab_class in enumerate(TAB_CLASSES):
            page = self.ui.tabs.widget(index)
            tab = tab_class(register, page)
            page.layout().addWidget(tab)
            self.tabs.append(tab)
        self._state = [_IDLE] * len(self.tabs)
        font = self.ui.nameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.ui.nameLabel.setText(self.tr("Customer %1").replace("%1", customer_no))
        self.ui.detailsLabel.setText(self.tr("Loading…"))
        self.ui.bannerLabel.hide()
        self.ui.tabs.currentChanged.connect(self._ensure_loaded)

    def start(self) -> None:
        self._ensure_loaded(self.ui.tabs.currentIndex())

    def close(self) -> None:
        self._closed = True

    def select_tab(self, index: int) -> None:
        if 0 <= index < self.ui.tabs.count():
            self.ui.tabs.setCurrentIndex(index)

    def is_loaded(self, index: int) -> bool:
        return self._state[index] == _LOADED

    # --- loading ------------------------------------------------------------------------------------------

    def _ensure_loaded(self, index: int) -> None:
        if index >= 0 and self._state[index] == _LOADED and getattr(self.tabs[index], "refresh_on_show", False):
            self._state[index] = _IDLE  # e.g. the log: this session's own openings belong in it
        if index < 0 or self._state[index] != _IDLE:
            return
        tab = self.tabs[index]
        self._state[index] = _LOADING
        tab.show_loading()
        if not tab.categories and hasattr(tab, "fetch"):
            self._executor.submit(tab.fetch, self._desk, self._actor, self.customer_no, owner=self,
                                  on_result=lambda data: self._loaded(index, None, data),
                                  on_error=lambda exc: self._failed(index, exc))
            return
        needed = list(tab.categories) + (list(_HEADER_CATEGORIES) if index == 0 else [])
        wanted = tuple(c for c in dict.fromkeys(needed) if c not in self._cache)
        cached = {c: self._cache[c] for c in needed if c in self._cache}
        self._executor.submit(_load, self._desk, self._actor, self.customer_no, wanted, cached, tab.prepare,
                              owner=self, on_result=lambda result: self._loaded(index, *result),
                              on_error=lambda exc: self._failed(index, exc))

    def _loaded(self, index: int, record: dict | None, prepared) -> None:
        if self._closed:
            return
        if record is not None:
            self._cache.update(record["categories"])
            if index == 0:
                self._show_header(record)
        tab = self.tabs[index]
        tab.populate(prepared)
        tab.show_loaded()
        self._state[index] = _LOADED

    def _failed(self, index: int, exc: BaseException) -> None:
        if self._closed:
            return
        self._state[index] = _IDLE  # showing the tab again tries again
        text = error_text(exc)
        self.tabs[index].show_error(text)
        if index == 0:
            self.ui.detailsLabel.setText(text)
        self.failed.emit(text)

    # --- header -------------------------------------------------------------------------------------------

    def _show_header(self, record: dict) -> None:
        categories = record["categories"]
        identity = categories.get("identity") or {}
        status = record.get("status")
        if status == "erased":
            self.ui.nameLabel.setText(self.tr("Erased person"))
        else:
            self.ui.nameLabel.setText(fmt.person_name(identity.get("first_name"), identity.get("last_name")))
        self.ui.detailsLabel.setText(" · ".join([
            self.tr("Customer no. %1").replace("%1", record["customer_no"]),
            fmt.word("kind", record.get("kind")),
            fmt.word("status", status),
        ]))
        self._show_banner(status, categories)
        self.header_loaded.emit({"customer_no": record["customer_no"], "kind": record.get("kind"),
                                 "status": status, "first_name": identity.get("first_name"),
                                 "last_name": identity.get("last_name")})

    def _show_banner(self, status: str | None, categories: dict) -> None:
        """What the agent must not miss before acting: erasure, closure, holds, restrictions, objections."""
        lines = []
        if status == "erased":
            lines.append(self.tr("This person has been erased: no personal data is left. Orders kept for "
                                 "bookkeeping are restricted to that use."))
        elif status == "closed":
            lines.append(self.tr("The account is closed: account data is gone; bookkeeping records stay "
                                 "until the law's date."))
        for restriction in categories.get("restrictions") or []:
            if restriction.get("lifted_at") is not None:
                continue
            if restriction.get("kind") == "legal_hold":
                lines.append(self.tr("Legal hold since %1: nothing of this person may be erased.")
                             .replace("%1", fmt.day(restriction.get("set_at"))))
            else:
                lines.append(self.tr("Processing restricted since %1: keep the data, do not use it (%2).")
                             .replace("%1", fmt.day(restriction.get("set_at")))
                             .replace("%2", restriction.get("reason") or ""))
        scopes = [fmt.word("objection_scope", o.get("scope")) for o in categories.get("objections") or []
                  if o.get("withdrawn_at") is None]
        if scopes:
            lines.append(self.tr("Objects to: %1.").replace("%1", ", ".join(scopes)))
        self.ui.bannerLabel.setStyleSheet(ERASED_STYLE if status == "erased" else BANNER_STYLE)
        self.ui.bannerLabel.setText("<br>".join(escape(line) for line in lines))
        self.ui.bannerLabel.setVisible(bool(lines))
