"""One person's record, a tab per group of categories (docs/design.md section 8).

Every call of `show_person` writes a "viewed" audit entry naming the categories it returned, so the record
loads only what is looked at: the header (name, contact and address for a correction, and the objections,
restrictions and legal holds it must warn about) when it opens, whatever tab is on screen, and every tab the
first time it is shown, each with only its own categories. A category already loaded is not asked for again.
All reads of one opening carry the same opening name, so the person's log shows one line per opening with
every category seen (docs/design.md "One opening, one log line"). All loading runs on the executor's worker.

After a change (a correction, a request registered) `invalidate` forgets what is stale and reads again what is
shown; a result still on its way from before the change is dropped. The overview's load also brings the
person's version, which an edit dialog hands back to the service to notice another agent's change."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...domain.rectification import ADDRESS_FIELDS
from ...services.people import show_person
from ..widgets import formatting as fmt
from ..widgets.executor import Executor
from ..widgets.messages import error_text, escape
from ..widgets.uiload import load_ui
from ..widgets.vertical_scroll import VerticalScrollArea
from .tabs import TAB_CLASSES, ObjectionsTab, OverviewTab, RequestsTab
from .tabs.base import CategoryTab

_IDLE, _LOADING, _LOADED = range(3)
# the overview also loads these: the header warns of objections, restrictions and legal holds at once
_HEADER_CATEGORIES = ObjectionsTab.categories
# what the header needs whatever tab is shown: the name and the banner, and the values a correction starts from
HEADER_LOAD = ("identity", "contact", "addresses", *_HEADER_CATEGORIES)

BANNER_STYLE = ("QLabel#bannerLabel { background: #fff3cd; border: 1px solid #e6c65c; border-radius: 3px;"
                " padding: 6px; }")
ERASED_STYLE = ("QLabel#bannerLabel { background: #f8d7da; border: 1px solid #d9a1a8; border-radius: 3px;"
                " padding: 6px; }")


def _load(desk, actor, customer_no: str, wanted: tuple[str, ...], cached: dict, prepare,
          opening: str) -> tuple[dict, object]:
    """On the worker: fetch the missing categories, then let the tab shape them."""
    record = show_person(desk, actor, customer_no, categories=wanted, opening=opening) if wanted else None
    data = dict(cached)
    if record is not None:
        data.update(record["categories"])
    return record, prepare(data)


def person_values(categories: dict) -> dict:
    """The values a correction starts from, as the rectification service names them: identity, contact and
    the primary address."""
    identity = categories.get("identity") or {}
    contact = categories.get("contact") or {}
    addresses = categories.get("addresses") or []
    primary = next((a for a in addresses if a.get("is_primary")), None) or {}
    values = {"first_name": identity.get("first_name"), "last_name": identity.get("last_name"),
              "email": contact.get("email"), "phone": contact.get("phone")}
    values.update({name: primary.get(name) for name in ADDRESS_FIELDS})
    return values


def active_marks(categories: dict) -> dict:
    """The scopes of the active objections and the kinds of the active restrictions and holds: which of the
    person's actions apply now."""
    return {"objections": tuple(o["scope"] for o in categories.get("objections") or []
                                if o.get("withdrawn_at") is None),
            "restrictions": tuple(r["kind"] for r in categories.get("restrictions") or []
                                  if r.get("lifted_at") is None)}


class RecordView(QObject):
    header_loaded = Signal(dict)  # customer_no, kind, status, first_name, last_name
    failed = Signal(str)
    edit_requested = Signal()
    new_request_requested = Signal()
    request_activated = Signal(str)  # a request's ref
    withdraw_objection_requested = Signal(str)  # an active objection's scope

    def __init__(self, executor: Executor, desk, actor, customer_no: str, register,
                 parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("record_view.ui", parent)
        self.setParent(self.ui)  # a late result for a closed record finds this object gone and is dropped
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.customer_no = customer_no
        self.opening = uuid.uuid4().hex  # names this opening in the audit entries of its reads
        self._closed = False
        self._cache: dict[str, object] = {}
        self._generations = [0] * len(TAB_CLASSES)  # per tab, raised by invalidate(): older results are dropped
        self.header: dict | None = None  # customer_no, kind, status, names, version, values (see _show_header)
        self.tabs: list[CategoryTab] = []
        for index, tab_class in enumerate(TAB_CLASSES):
            page = self.ui.tabs.widget(index)
            tab = tab_class(register, page)
            if tab.scrolls:  # taller than the room left under the banner: it scrolls, its fields never pressed flat
                page.layout().addWidget(VerticalScrollArea.in_margin(tab, page))
            else:
                page.layout().addWidget(tab)
            self.tabs.append(tab)
            if hasattr(tab, "attach"):
                tab.attach(executor, desk, actor, customer_no)
            if isinstance(tab, OverviewTab):
                tab.edit_requested.connect(self.edit_requested)
                tab.new_request_requested.connect(self.new_request_requested)
            if isinstance(tab, ObjectionsTab):
                tab.withdraw_requested.connect(self.withdraw_objection_requested)
            if isinstance(tab, RequestsTab):
                tab.request_activated.connect(self.request_activated)
                tab.new_request_requested.connect(self.new_request_requested)
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
        current = self.ui.tabs.currentIndex()
        if current != 0:
            self._load_header()
        self._ensure_loaded(current)

    def close(self) -> None:
        self._closed = True

    def select_tab(self, index: int) -> None:
        if 0 <= index < self.ui.tabs.count():
            self.ui.tabs.setCurrentIndex(index)

    def is_loaded(self, index: int) -> bool:
        return self._state[index] == _LOADED

    @property
    def editable(self) -> bool:
        """The overview is shown and the person is not erased: a correction can start from it."""
        return self.header is not None and self.header.get("status") != "erased"

    def invalidate(self, categories: tuple[str, ...] | None = None) -> None:
        """Forget the named categories (all when None) and read again the tabs that show them: the one on
        screen now, the overview always (its header and the version a correction needs), the others when
        they are next shown."""
        stale = set(self._cache) if categories is None else set(categories)
        for name in stale:
            self._cache.pop(name, None)
        current = self.ui.tabs.currentIndex()
        for index, tab in enumerate(self.tabs):
            needs = set(tab.categories) | (set(_HEADER_CATEGORIES) if index == 0 else set())
            if categories is None or needs & stale or (not tab.categories and index == current):
                self._generations[index] += 1
                self._state[index] = _IDLE
        self._ensure_loaded(current)
        if current != 0 and (categories is None or stale & set(HEADER_LOAD)):
            self._load_header()

    # --- loading ------------------------------------------------------------------------------------------

    def _ensure_loaded(self, index: int) -> None:
        if index >= 0 and self._state[index] == _LOADED and getattr(self.tabs[index], "refresh_on_show", False):
            self._state[index] = _IDLE  # e.g. the log: this session's own openings belong in it
        if index < 0 or self._state[index] != _IDLE:
            return
        tab = self.tabs[index]
        self._state[index] = _LOADING
        tab.show_loading()
        generation = self._generations[index]
        if not tab.categories and hasattr(tab, "fetch"):
            self._executor.submit(tab.fetch, self._desk, self._actor, self.customer_no, owner=self.ui,
                                  on_result=lambda data: self._loaded(generation, index, None, data),
                                  on_error=lambda exc: self._failed(generation, index, exc))
            return
        needed = list(tab.categories) + (list(_HEADER_CATEGORIES) if index == 0 else [])
        wanted = tuple(c for c in dict.fromkeys(needed) if c not in self._cache)
        cached = {c: self._cache[c] for c in needed if c in self._cache}
        self._executor.submit(_load, self._desk, self._actor, self.customer_no, wanted, cached, tab.prepare,
                              self.opening, owner=self.ui,
                              on_result=lambda result: self._loaded(generation, index, *result),
                              on_error=lambda exc: self._failed(generation, index, exc))

    def _load_header(self) -> None:
        """The header and its banner when another tab than the overview is on screen: the overview loads
        them itself when it is shown."""
        generation = self._generations[0]
        wanted = tuple(c for c in HEADER_LOAD if c not in self._cache)
        cached = {c: self._cache[c] for c in HEADER_LOAD if c in self._cache}
        self._executor.submit(_load, self._desk, self._actor, self.customer_no, wanted, cached, dict,
                              self.opening, owner=self.ui,
                              on_result=lambda result: self._header_loaded(generation, *result),
                              on_error=lambda exc: self._failed(generation, 0, exc))

    def _header_loaded(self, generation: int, record: dict | None, shown: dict) -> None:
        if self._closed or generation != self._generations[0] or record is None:
            return
        self._cache.update(record["categories"])
        self._show_header(record, shown)

    def _loaded(self, generation: int, index: int, record: dict | None, prepared) -> None:
        if self._closed or generation != self._generations[index]:
            return
        if record is not None:
            self._cache.update(record["categories"])
            if index == 0:
                self._show_header(record, prepared)
        tab = self.tabs[index]
        tab.populate(prepared)
        tab.show_loaded()
        self._state[index] = _LOADED

    def _failed(self, generation: int, index: int, exc: BaseException) -> None:
        if self._closed or generation != self._generations[index]:
            return
        self._state[index] = _IDLE  # showing the tab again tries again
        text = error_text(exc)
        self.tabs[index].show_error(text)
        if index == 0:
            self.ui.detailsLabel.setText(text)
        self.failed.emit(text)

    # --- header -------------------------------------------------------------------------------------------

    def _show_header(self, record: dict, shown: dict) -> None:
        """`shown` is what the overview shows (the cache and this load together): a correction starts from
        those values and the version that came with them."""
        categories = self._cache  # this load's and the earlier ones' (a category is not asked for twice)
        identity = categories.get("identity") or {}
        status = record.get("status")
        if status == "erased":
            self.ui.nameLabel.setText(self.tr("Erased person"))
        else:
            self.ui.nameLabel.setText(fmt.person_name(identity.get("first_name"), identity.get("last_name")))
        # "Aktiv" alone would contradict the banner below: the header names each restriction in force too,
        # in the result list's short words
        held = sorted({r.get("kind") for r in categories.get("restrictions") or [] if r.get("lifted_at") is None})
        self.ui.detailsLabel.setText(" · ".join([
            self.tr("Customer no. %1").replace("%1", record["customer_no"]),
            fmt.word("kind", record.get("kind")),
            fmt.word("status", status),
            *(fmt.word("restriction_short", kind) for kind in held),
        ]))
        self._show_banner(status, categories)
        header = {"customer_no": record["customer_no"], "kind": record.get("kind"), "status": status,
                  "first_name": identity.get("first_name"), "last_name": identity.get("last_name")}
        self.header = header | {"version": record.get("version"), "values": person_values(shown),
                                **active_marks(shown)}
        self.tabs[0].set_editable(self.editable)
        self.header_loaded.emit(header)

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
