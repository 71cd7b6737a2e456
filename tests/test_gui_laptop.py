"""The desk fits a 1366 × 768 laptop (docs/design.md section 8): the main window and its dialogs never ask for
more than the screen, whatever they show, and a long status message does not widen the window."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import update

from mnu_desk.db.models import Order
from mnu_desk.gui.results_model import NAME_EMAIL, PHONE_PLACE, STATUS
from mnu_desk.services import requests

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

SCREEN_W, SCREEN_H = 1366, 768


def _fits(widget) -> None:
    hint = widget.minimumSizeHint()
    assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, f"{widget.objectName()} needs {hint}"
    assert widget.width() <= SCREEN_W, f"{widget.objectName()} is {widget.width()} wide"


def test_the_main_window_and_the_request_window_fit_a_laptop_and_a_long_status_does_not_widen_it(
        qtbot, desk, executor, swedish, make_agent):
    anna = make_agent("anna")
    add_person(desk)
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                    customer_no="100001", signed=True)["ref"]
    window = shown_main_window(qtbot, executor, desk, anna)
    window.ui.showNormal()
    window.ui.resize(1360, 740)
    qtbot.wait(50)
    width = window.ui.width()
    window.show_status("Ett mycket långt meddelande " * 40)
    qtbot.wait(50)
    assert window.ui.width() == width and window.ui.minimumSizeHint().width() <= SCREEN_W
    assert window.status_label.toolTip().startswith("Ett mycket långt")
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record.header is not None, timeout=WAIT_MS)
    _fits(window.ui)
    edit = window.correct_data()  # its field hints keep their lines: still within the screen
    _fits(edit.ui)
    _labels_whole(edit.ui)
    edit.ui.reject()
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    _fits(detail.ui)
    _labels_whole(detail.ui)
    window.show_queue()
    _fits(window.ui)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1, timeout=WAIT_MS)
    requests.assign(desk, anna, ref)
    window.queue.refresh()
    model = window.queue.model
    qtbot.waitUntil(lambda: model.data(model.index(0, model.STATUS)) == "Ny · anna", timeout=WAIT_MS)
    qtbot.wait(50)
    _fits_sideways(window.queue.ui.queueView)
    _queue_whole(window.queue.ui.queueView)


def test_at_1366_by_768_every_cell_of_the_queue_is_read_whole(qtbot, desk, executor, swedish, make_agent):
    """Issue 13, layout: on half a 1366 × 768 screen the queue cuts no cell, a long name included (in two lines:
    the customer number over the name, the days left under the due date), and never scrolls sideways."""
    anna = make_agent("anna")
    add_person(desk, "100003", first="Emelie", last="Persson-Wallinder")
    add_person(desk, "100004", first="Bo", last="Ek")
    today = date.today()
    overdue = requests.register_request(desk, anna, type="rectification", channel="email",
                                        received=today - timedelta(days=45), customer_no="100003")["ref"]
    requests.register_request(desk, anna, type="portability", channel="web", received=today - timedelta(days=26),
                              customer_no="100004")
    requests.register_request(desk, anna, type="restriction", channel="letter", received=today,
                              customer_no="100003", signed=True)
    requests.assign(desk, anna, overdue)
    window = shown_main_window(qtbot, executor, desk, anna)
    window.ui.showNormal()
    window.ui.resize(SCREEN_W, SCREEN_H - 32)  # a title bar above
    window.show_queue()
    model = window.queue.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    qtbot.wait(50)
    view = window.queue.ui.queueView
    assert model.data(model.index(0, model.CUSTOMER)) == "100003\nEmelie Persson-Wallinder"
    assert model.data(model.index(0, model.DUE)).endswith(" dagar försenat")
    assert view.viewport().width() < SCREEN_W * 6 // 10  # the queue has half the window, not all of it
    _fits_sideways(view)
    _queue_whole(view)
    assert window.ui.width() <= SCREEN_W


def _queue_whole(view) -> None:
    """Every shown cell of the queue whole, the icon beside the days left included."""
    header = view.horizontalHeader()
    for row in range(view.model().rowCount()):
        for column in range(header.count()):
            if not header.isSectionHidden(column):
                _every_line_whole(view, column, row)


def _fits_sideways(view) -> None:
    """Every column of the table in view: the header's sections end inside the visible width, so nothing hides
    behind a sideways scroll bar."""
    header = view.horizontalHeader()
    used = sum(header.sectionSize(column) for column in range(header.count()) if not header.isSectionHidden(column))
    assert used <= view.viewport().width(), f"{view.objectName() or type(view).__name__}: {used} px of columns in " \
                                            f"{view.viewport().width()} px"
    assert not view.horizontalScrollBar().isVisible()


def _labels_whole(window, skip=None) -> None:
    """No label of the window is cut: one line of plain text fits its label (a wrapped one wraps)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or not label.text() or label.textFormat() == Qt.TextFormat.RichText:
            continue
        if label is skip:
            continue  # the status line: elided on purpose, whole in its tooltip (the long-status test above)
        text = label.text().replace("&&", "&")
        if "<" in text or "\n" in text:
            continue
        needed = label.fontMetrics().horizontalAdvance(text.replace("&", "", 1) if label.buddy() else text)
        assert needed <= label.contentsRect().width(), f"{label.objectName()}: {text!r} cut"


def _whole(view, column: int, row: int = 0) -> None:
    text = view.model().data(view.model().index(row, column))
    assert view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text) + 6, f"{text!r} is cut"


def _every_line_whole(view, column: int, row: int = 0) -> None:
    """Each line of a cell is drawn whole: the column holds its widest line and the text margins either side,
    and the row is tall enough for all its lines (a cut one would be elided with "…", whole only in the tooltip)."""
    from PySide6.QtWidgets import QStyle

    text = view.model().data(view.model().index(row, column))
    margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    metrics = view.fontMetrics()
    for line in text.split("\n"):
        assert view.columnWidth(column) >= metrics.horizontalAdvance(line) + margins, f"{line!r} is cut"
    assert view.columnWidth(column) >= view.sizeHintForColumn(column), f"{text!r} is cut"
    assert view.rowHeight(row) >= len(text.split("\n")) * metrics.lineSpacing(), f"{text!r} loses a line"


def test_at_1366_by_768_the_result_list_and_a_restricted_persons_purchases_fit_without_scrolling_sideways(
        qtbot, desk, executor, swedish, admin, make_agent):
    """Issue 13, layout: the result list never scrolls sideways (empty or not) and reads a restriction beside
    the status whole; the orders of a restricted person opened from the Köp tab show every column, the invoice's
    address and e-mail whole below them; the columns fit again when the splitter moves."""
    from mnu_desk.services.restrictions import set_restriction

    sven = make_agent("sven", "supervisor")
    add_person(desk, "100001", first="Solveig", last="Andersson", email="solveig.andersson.kundtjanst@exempel.se",
               order_no="5000001")
    add_person(desk, "100002", first="Edvard", last="Söderqvist", email="edvard.soderqvist.privat@exempel.se")
    with desk.write() as session:
        session.execute(update(Order).where(Order.order_no == "5000001")
                        .values(billing_email="solveig.andersson.kundtjanst@exempel.se"))
    set_restriction(desk, sven, "100001", "restriction", "bestrider att uppgifterna är korrekta")
    window = shown_main_window(qtbot, executor, desk, sven)
    window.ui.showNormal()
    window.ui.resize(SCREEN_W, SCREEN_H - 32)  # a title bar above
    qtbot.wait(50)
    results = window.ui.resultsView
    _fits_sideways(results)  # empty

    window.open_person("100002")
    qtbot.waitUntil(lambda: window.record.header is not None, timeout=WAIT_MS)
    window.select_tab(1)  # Köp
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "100001")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.wait(50)
    _fits_sideways(results)
    status = results.model().data(results.model().index(0, STATUS))
    assert status == "Aktiv · Begränsad"
    _whole(results, STATUS)
    # a long e-mail address is read whole in the list, under the name, and so are the phone and place
    assert results.model().data(results.model().index(0, NAME_EMAIL)).endswith(
        "\nsolveig.andersson.kundtjanst@exempel.se")
    for column in (NAME_EMAIL, PHONE_PLACE):
        _every_line_whole(results, column)
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record.header is not None and window.record.is_loaded(1), timeout=WAIT_MS)
    record = window.record
    assert record.ui.tabs.currentIndex() == 1 and record.ui.bannerLabel.isVisible()
    purchases = record.tabs[1]
    qtbot.wait(50)
    for view in (purchases.orders_view, purchases.lines_view):
        _fits_sideways(view)
    assert "solveig.andersson.kundtjanst@exempel.se" in purchases.billing_label.text()
    assert "Storgatan 1" in purchases.billing_label.text() and purchases.billing_label.isVisible()
    _labels_whole(window.ui, skip=window.status_label)
    for column in range(purchases.orders.columnCount()):  # an order's columns are short values: all whole
        _whole(purchases.orders_view, column)

    # the search's half made a little narrower: its columns fit again
    window.ui.splitter.setSizes([SCREEN_W * 48 // 100, SCREEN_W * 52 // 100])
    qtbot.wait(100)
    for view in (results, purchases.orders_view):
        _fits_sideways(view)
    _whole(results, STATUS)
    for column in (NAME_EMAIL, PHONE_PLACE):
        _every_line_whole(results, column)
    # a typical address of 35 characters, found by a part of it
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, "soderqvist")
    qtbot.waitUntil(lambda: window.search.model.customer_no(0) == "100002", timeout=WAIT_MS)
    qtbot.wait(50)
    assert results.model().data(results.model().index(0, NAME_EMAIL)) == \
        "Edvard Söderqvist\nedvard.soderqvist.privat@exempel.se"
    _fits_sideways(results)
    _every_line_whole(results, NAME_EMAIL)
    assert window.ui.width() <= SCREEN_W and window.ui.height() <= SCREEN_H - 32  # grown by nothing shown


def test_every_window_is_drawn_to_fit_a_laptop_and_shrinks_to_a_smaller_screen(qtbot, swedish):
    """Each form in ui/ is drawn no larger than 1366 × 768 less a title bar, and a window that is larger than
    its screen (a size from a bigger monitor) is made to fit when it is loaded and shown."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow

    from mnu_desk.gui.widgets.uiload import FRAME_ALLOWANCE, fit_to_screen, load_ui

    forms = sorted((Path(__file__).resolve().parents[1] / "ui").glob("*.ui"))
    assert len(forms) > 10
    for form in forms:
        rect = ET.parse(form).getroot().find("./widget/property[@name='geometry']/rect")
        if rect is not None:
            width, height = int(rect.findtext("width")), int(rect.findtext("height"))
            assert width <= SCREEN_W and height <= SCREEN_H - FRAME_ALLOWANCE, f"{form.name}: {width} × {height}"
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(2400, 1500)
    fit_to_screen(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height() - FRAME_ALLOWANCE
    dialog = load_ui("extract.ui")
    qtbot.addWidget(dialog)
    assert dialog.height() <= room.height() - FRAME_ALLOWANCE


def test_at_1366_by_768_the_overviews_tables_fit_without_scrolling_sideways(qtbot, desk, executor, swedish, make_agent):
    """Issue 13, layout: the overview's addresses and its favourites and wish lists (one table, the record's
    width) show every column at the default size (policy 3: what the account holds is read at a glance)."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from mnu_desk.db.models import Favourite, Person, WishList, WishListItem
    from mnu_desk.services.restrictions import set_restriction

    anna = make_agent("anna")
    add_person(desk, "100001", first="Alexander", last="Andersson", email="alexander.andersson69279@icloud.com")
    now = datetime(2025, 11, 3, 12, 0, tzinfo=UTC)
    with desk.write() as session:
        person = session.scalar(select(Person))
        session.add(Favourite(person_id=person.id, product_sku="MNU-10909", product_name="Heatit Relämodul Mini",
                              added_at=now))
        wish = WishList(person_id=person.id, name="Jul", created_at=now)
        wish.items.append(WishListItem(product_sku="MNU-2211", product_name="Lampa", note="till mamma", added_at=now))
        session.add(wish)
    # a restriction is a change the shop has yet to apply: the line that says so must not widen the window
    set_restriction(desk, make_agent("sven", "supervisor"), "100001", "restriction",
                    "bestrider att uppgifterna är korrekta")
    window = shown_main_window(qtbot, executor, desk, anna)
    window.ui.showNormal()
    window.ui.resize(SCREEN_W, SCREEN_H - 32)  # a title bar above
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record.header is not None and window.record.is_loaded(0), timeout=WAIT_MS)
    overview = window.record.tabs[0]
    qtbot.wait(50)
    assert "ännu inte" in overview.shop_label.text()
    _fits(window.ui)
    assert window.ui.width() <= SCREEN_W
    assert overview.lists_label.text() == "Favoriter (1) och önskelistor (1)"
    model = overview.lists
    rows = sorted(tuple(model.data(model.index(row, column)) for column in range(3)) for row in range(model.rowCount()))
    assert rows == [("Favoriter", "Heatit Relämodul Mini", "MNU-10909"), ("Jul", "Lampa", "MNU-2211")]
    for view in (overview.addresses_view, overview.lists_view):
        _fits_sideways(view)
        for column in range(view.model().columnCount()):
            _whole(view, column)


def test_at_1366_by_768_the_disclosures_fit_and_the_selected_one_reads_whole_below(qtbot, desk, executor, swedish,
                                                                                    make_agent):
    """Policy 7.1-7.4, GDPR art. 15(1)(c) and 15(2): who received what, on what basis and with which safeguard
    outside the EU/EEA. Nine columns scrolled sideways at 1366 × 768; the table shows when, to whom, where
    (a transfer outside the EU/EEA named in the row) and why, and the selected disclosure reads whole below."""
    from datetime import UTC, datetime

    from sqlalchemy import select

    from mnu_desk.db.models import Disclosure, Person, Recipient

    anna = make_agent("anna")
    add_person(desk, "100001", first="Alexander", last="Andersson")
    with desk.write() as session:
        person_id = session.scalar(select(Person.id))
        meta = Recipient(code="meta", name="Meta Platforms Inc.", role="ad_partner", country="US", outside_eea=True,
                         safeguard="EU standard contractual clauses (SCC), art. 46(2)(c) GDPR")
        klarna = Recipient(code="klarna", name="Klarna Bank AB (publ)", role="payment", country="SE",
                           outside_eea=False)
        session.add_all([meta, klarna])
        session.flush()
        session.add(Disclosure(person_id=person_id, recipient_id=klarna.id, disclosed_at=datetime(2025, 1, 27, tzinfo=UTC),
                               categories="identity,address,contact,purchases", purpose="Betalning av order 5000001",
                               legal_basis="contract"))
        session.add(Disclosure(person_id=person_id, recipient_id=meta.id, disclosed_at=datetime(2025, 3, 2, tzinfo=UTC),
                               categories="contact", purpose="Annonsering", legal_basis="legitimate_interest"))
    window = shown_main_window(qtbot, executor, desk, anna)
    window.ui.showNormal()
    window.ui.resize(SCREEN_W, SCREEN_H - 32)  # a title bar above
    window.open_person("100001")
    window.select_tab(5)  # Utlämnanden
    qtbot.waitUntil(lambda: window.record.header is not None and window.record.is_loaded(5), timeout=WAIT_MS)
    tab = window.record.tabs[5]
    qtbot.wait(50)
    view = tab.disclosures.view
    _fits_sideways(view)
    shown = [column for column in range(view.model().columnCount()) if not view.isColumnHidden(column)]
    last = view.horizontalHeader().logicalIndex(view.horizontalHeader().count() - 1)
    for column in shown:
        if column != last:  # the categories stretch to the end, whole in the line below
            _whole(view, column)
    assert view.model().data(view.model().index(0, 3)) == "US · Utanför EU/EES"  # newest first
    details = tab.details_label
    assert details.isVisible() and details.wordWrap()
    assert "EU standard contractual clauses (SCC), art. 46(2)(c) GDPR" in details.text()
    view.selectRow(1)
    assert "Klarna" not in details.text() and details.text().count(",") >= 3  # the four categories, by name
    _fits(window.ui)


def _not_squeezed(box) -> None:
    """Each value and label of a form box is at least as tall as it asks to be: none is pressed flat, its
    text cut at the top and bottom."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    assert box.height() >= box.minimumSizeHint().height(), f"{box.title()}: {box.height()} px of " \
                                                           f"{box.minimumSizeHint().height()}"
    for field in box.findChildren(QLineEdit) + box.findChildren(QLabel):
        if field.isVisible():
            needed = field.minimumSizeHint().height()
            assert field.height() >= needed, f"{box.title()}: {field.objectName() or field.text()!r} is " \
                                             f"{field.height()} px of {needed}"


def test_at_1366_by_768_a_restricted_persons_overview_keeps_its_banner_and_every_field_whole(
        qtbot, desk, executor, swedish, make_agent):
    """Issue 13, layout: a restriction's banner and the processing register's lines above the overview left
    the name and account boxes too little height at 768 px, their values pressed flat and cut. The tab's
    content scrolls instead, each field at its own height, the banner always in view, and the window grows
    past the screen in neither direction."""
    from PySide6.QtWidgets import QScrollArea

    from mnu_desk.services.restrictions import set_restriction

    sven = make_agent("sven", "supervisor")
    add_person(desk, "100001", first="Solveig", last="Andersson", email="solveig.andersson.kundtjanst@exempel.se")
    set_restriction(desk, sven, "100001", "restriction", "bestrider att uppgifterna är korrekta")
    window = shown_main_window(qtbot, executor, desk, sven)
    window.ui.showNormal()
    window.ui.resize(SCREEN_W, SCREEN_H - 32)  # a title bar above
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record.header is not None and window.record.is_loaded(0), timeout=WAIT_MS)
    record = window.record
    overview = record.tabs[0]
    qtbot.wait(100)
    assert record.ui.tabs.currentIndex() == 0
    assert record.ui.bannerLabel.isVisible() and "bestrider" in record.ui.bannerLabel.text()
    assert overview.register_label.isVisible()
    for box in (overview.person_box, overview.account_box):
        assert box.isVisible()
        _not_squeezed(box)
    # what does not fit scrolls up and down, never sideways: the content is the visible width
    scroll = overview.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is overview
    assert overview.width() == scroll.viewport().width() and not scroll.horizontalScrollBar().isVisible()
    _labels_whole(window.ui, skip=window.status_label)
    _fits(window.ui)
    assert window.ui.width() <= SCREEN_W and window.ui.height() <= SCREEN_H - 32
    assert window.ui.frameGeometry().height() <= SCREEN_H
    # on a taller screen nothing scrolls: the favourites and wish lists take the height left over
    lists_height = overview.lists_view.height()
    window.ui.resize(SCREEN_W, 1000)
    qtbot.waitUntil(lambda: overview.lists_view.height() > lists_height
                    and not scroll.verticalScrollBar().isVisible(), timeout=WAIT_MS)
    assert overview.height() == scroll.viewport().height()
