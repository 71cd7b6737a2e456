"""Requests and rectification through the windows an agent uses (docs/design.md sections 1, 4 and 8; policy 9.2,
9.3; GDPR art. 12, 16 and 19): register a signed letter with its scan, see it in the queue with its due date,
correct the address, tell the recipient, close the request; another agent's change meanwhile is shown, not
overwritten; bad input is refused in plain words and saves nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from mnu_desk.domain import deadlines
from mnu_desk.domain.clock import today_stockholm
from mnu_desk.gui.main_window import MainWindow
from mnu_desk.gui.record.edit_person_dialog import CONFLICT, DONE
from mnu_desk.gui.requests.queue_model import QueueModel
from mnu_desk.gui.widgets.dates import to_qdate
from mnu_desk.services import requests
from mnu_desk.services.people import show_person
from mnu_desk.services.rectification import rectify

from .factories import add_disclosure, add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TODAY = today_stockholm()
OVERVIEW, REQUESTS_TAB = 0, 6


@pytest.fixture
def anna(desk, make_agent):
    add_person(desk, customer_no="100001")
    return make_agent("anna")


@pytest.fixture
def window(qtbot, desk, executor, swedish, anna):
    return shown_main_window(qtbot, executor, desk, anna)


def open_record(qtbot, window, customer_no: str = "100001"):
    window.open_person(customer_no)
    qtbot.waitUntil(lambda: window.record is not None and window.record.editable, timeout=WAIT_MS)
    return window.record


def ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def choose(combo, code) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def pick_file(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))


def register_letter(qtbot, window, monkeypatch, scan, received, request_type="rectification"):
    """Ctrl+N from the open record; a signed letter with its scan, identity by signature and address."""
    window.ui.actionNewRequest.trigger()
    dialog = window.cases.register_dialog
    ui = dialog.ui
    assert ui.customerEdit.text() == "100001"  # prefilled from the record
    assert "Åsa Östberg" in ui.personLabel.text()
    choose(ui.typeCombo, request_type)
    assert ui.channelCombo.currentData() == "letter" and ui.letterBox.isVisible()
    ui.receivedEdit.setDate(to_qdate(received))
    assert ui.dueLabel.text().startswith(deadlines.due_date(received).isoformat())  # live, as the date changes
    ui.signedCheck.setChecked(True)
    pick_file(monkeypatch, scan)
    qtbot.mouseClick(ui.attachButton, Qt.MouseButton.LeftButton)
    assert ui.scanList.count() == 1
    choose(ui.identityCombo, "signature_address")
    return dialog


def test_letter_to_closed_request_with_a_rectification_and_its_recipient_task(qtbot, desk, anna, window,
                                                                               tmp_path, monkeypatch):
    """Policy 9.3.2 and GDPR art. 16, 19: the corrected address is told to the recipient that had it, and the
    request closes only when that is done."""
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "identity,address,purchases")
    add_disclosure(desk, "100001", "meta", "Meta Platforms Inc.", "contact")
    scan = tmp_path / "brev.pdf"
    scan.write_bytes(PDF)
    received = TODAY - timedelta(days=2)
    record = open_record(qtbot, window)

    # register: a signed letter with its scan, in one dialog
    dialog = register_letter(qtbot, window, monkeypatch, scan, received)
    with qtbot.waitSignal(dialog.registered, timeout=WAIT_MS) as registered:
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    ref = registered.args[0]["ref"]
    qtbot.waitUntil(lambda: window.cases.register_dialog is None, timeout=WAIT_MS)  # no warning: closed
    assert ref in window.status_text()
    stored = requests.get_request(desk, anna, ref)
    assert stored["signed"] and stored["identity_method"] == "signature_address"
    assert [(a["filename"], a["media_type"]) for a in stored["attachments"]] == [("brev.pdf", "application/pdf")]

    # the queue shows it with its due date, after the change and without asking
    queue = window.queue.model
    qtbot.waitUntil(lambda: queue.rowCount() == 1, timeout=WAIT_MS)
    assert queue.row(0)["ref"] == ref
    assert queue.index(0, QueueModel.DUE).data().split("\n")[0] == deadlines.due_date(received).isoformat()
    # and the record's requests tab too
    record.select_tab(REQUESTS_TAB)
    qtbot.waitUntil(lambda: record.is_loaded(REQUESTS_TAB) and record.tabs[REQUESTS_TAB].requests.model.rowCount()
                    == 1, timeout=WAIT_MS)

    # rectify the address: Ctrl+E on the record
    record.select_tab(OVERVIEW)
    window.ui.actionCorrectData.trigger()
    edit = window.cases.edit_dialog
    ui = edit.ui
    assert ui.streetEdit.text() == "Storgatan 1" and ui.phoneEdit.text() == "070-123 45 67"
    qtbot.waitUntil(lambda: ui.requestCombo.count() == 2, timeout=WAIT_MS)
    assert ui.requestCombo.currentData() == ref  # the one open rectification request, chosen for the agent
    ui.streetEdit.setText("Nygatan 5")
    ui.postcodeEdit.setText("41301")
    assert ui.postcodeHint.text() == "Sparas som 413 01"
    ui.cityEdit.setText("Göteborg")
    ui.reasonEdit.setText("flyttat, enligt brevet")
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.pages.currentIndex() == DONE, timeout=WAIT_MS)
    assert "Klarna Bank AB (adress)" in ui.doneLabel.text()
    assert "Meta" not in ui.doneLabel.text()  # it received contact details only
    assert "Storgatan 1 → Nygatan 5" in ui.doneLabel.text()
    # the record reads again
    qtbot.waitUntil(lambda: record.is_loaded(OVERVIEW) and record.header["values"]["street"] == "Nygatan 5",
                    timeout=WAIT_MS)
    assert record.tabs[OVERVIEW].addresses.row(0)["postal_code"] == "413 01"
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)  # Close
    qtbot.waitUntil(lambda: window.cases.edit_dialog is None, timeout=WAIT_MS)

    # the request detail shows the recipient's task
    window.queue.select(ref)
    qtbot.mouseClick(window.queue.ui.openButton, Qt.MouseButton.LeftButton)
    detail = window.cases.details[ref]
    tasks = detail.tasks
    qtbot.waitUntil(lambda: tasks.rowCount() == 1, timeout=WAIT_MS)
    assert tasks.row(0)["recipient"] == "Klarna Bank AB"
    assert tasks.index(0, 0).data() == "Underrätta mottagaren om en rättelse"
    assert detail.ui.signedValue.text() == "ja"
    assert detail.ui.identityValue.text() == "Underskrift och adress stämmer med posten"
    assert detail.attachments.row(0)["filename"] == "brev.pdf"

    # closing is refused while the task is open: the service's words, in the step dialog
    qtbot.mouseClick(detail.ui.closeRequestButton, Qt.MouseButton.LeftButton)
    step = detail.step_dialog
    step.ui.textEdit.setPlainText("adressen rättad")
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "öppna uppgift" in step.ui.messageLabel.text(), timeout=WAIT_MS)
    assert step.ui.isVisible()
    step.ui.reject()

    # the task is done; then the request closes with its outcome
    assert detail.ui.taskDoneButton.isEnabled()
    qtbot.mouseClick(detail.ui.taskDoneButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks.rowCount() == 1 and tasks.row(0)["done_at"] is not None, timeout=WAIT_MS)
    assert "0 öppna av 1" in detail.ui.tasksLabel.text()
    qtbot.mouseClick(detail.ui.closeRequestButton, Qt.MouseButton.LeftButton)
    step = detail.step_dialog
    step.ui.textEdit.setPlainText("adressen rättad; Klarna underrättad")
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.request is not None and detail.request["status"] == "completed",
                    timeout=WAIT_MS)
    assert detail.ui.statusValue.text() == "Avslutad"
    assert not detail.ui.closeRequestButton.isEnabled()
    closed = requests.get_request(desk, anna, ref)
    assert closed["status"] == "completed" and closed["outcome"] == "adressen rättad; Klarna underrättad"
    qtbot.waitUntil(lambda: queue.rowCount() == 0, timeout=WAIT_MS)  # the queue holds open requests only


def test_another_agents_change_meanwhile_is_shown_and_mine_can_be_applied_anyway(qtbot, desk, anna, make_agent,
                                                                                 window):
    """No lost update (policy 9.3.2): the dialog remembers the version the record was opened with."""
    bo = make_agent("bo")
    open_record(qtbot, window)
    edit = window.correct_data()
    ui = edit.ui
    ui.cityEdit.setText("Lund")
    ui.reasonEdit.setText("sa i telefon")
    rectify(desk, bo, "100001", {"street": "Bogatan 2", "city": "Malmö"}, "brev")  # meanwhile, another desk
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.pages.currentIndex() == CONFLICT, timeout=WAIT_MS)
    rows = {edit.comparison.row(r)["field"]: edit.comparison.row(r) for r in range(edit.comparison.rowCount())}
    assert rows["city"]["opened"] == "Stockholm"
    assert rows["city"]["theirs"] == "Malmö" and rows["city"]["yours"] == "Lund"
    assert rows["street"]["theirs"] == "Bogatan 2" and rows["street"]["changed_by_them"]
    assert "Lund" not in str(show_person(desk, anna, "100001")["categories"]["addresses"])  # nothing saved yet
    qtbot.mouseClick(ui.applyMineButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.pages.currentIndex() == DONE, timeout=WAIT_MS)
    address = show_person(desk, anna, "100001")["categories"]["addresses"][0]
    assert (address["street"], address["city"]) == ("Bogatan 2", "Lund")  # mine where I changed, theirs elsewhere
    qtbot.waitUntil(lambda: window.record.header["values"]["city"] == "Lund", timeout=WAIT_MS)


def test_dropping_mine_after_a_conflict_saves_nothing_and_shows_theirs(qtbot, desk, anna, make_agent, window):
    bo = make_agent("bo")
    record = open_record(qtbot, window)
    edit = window.correct_data()
    edit.ui.firstNameEdit.setText("Åsa-Lena")
    edit.ui.reasonEdit.setText("stavning")
    rectify(desk, bo, "100001", {"first_name": "Åsa Maria"}, "brev")
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edit.ui.pages.currentIndex() == CONFLICT, timeout=WAIT_MS)
    qtbot.mouseClick(edit.ui.dropMineButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cases.edit_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: record.ui.nameLabel.text() == "Åsa Maria Östberg", timeout=WAIT_MS)
    assert show_person(desk, anna, "100001")["categories"]["identity"]["first_name"] == "Åsa Maria"


@pytest.mark.parametrize(("field", "typed", "says"), [
    ("postcode", "1234", "postnummer"),
    ("email", "utan-snabel-a.se", "e-postadress"),
    ("phone", "12", "telefonnummer"),
    ("firstName", "   ", "Förnamn får inte vara tomt"),
    ("country", "XX", "landskod"),
])
def test_each_field_says_at_once_what_is_wrong_and_the_service_refuses_it(qtbot, desk, anna, window, field, typed,
                                                                         says):
    open_record(qtbot, window)
    edit = window.correct_data()
    getattr(edit.ui, f"{field}Edit").setText(typed)
    assert says in getattr(edit.ui, f"{field}Hint").text()
    edit.ui.reasonEdit.setText("test")
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edit.ui.messageLabel.isVisible() and "Sparar" not in edit.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    assert edit.ui.pages.currentIndex() == 0
    assert show_person(desk, anna, "100001")["version"] == window.record.header["version"]  # nothing written


def test_a_hint_does_not_move_the_fields_and_the_refusal_goes_once_the_field_is_fixed(qtbot, window):
    """The form stays where the mouse is: a hint that appears keeps the fields below in place, and the
    message of a refused save goes away as soon as the agent corrects the field."""
    open_record(qtbot, window)
    edit = window.correct_data()
    below = edit.ui.cityEdit.geometry().top()
    edit.ui.postcodeEdit.setText("1234")
    qtbot.wait(20)
    assert edit.ui.postcodeHint.text() and edit.ui.cityEdit.geometry().top() == below
    edit.ui.reasonEdit.setText("test")
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edit.ui.messageLabel.isVisible() and "Sparar" not in edit.ui.messageLabel.text(),
                    timeout=WAIT_MS)
    edit.ui.postcodeEdit.setText("123 45")
    assert not edit.ui.messageLabel.isVisible()


def test_a_correction_needs_a_change_and_a_reason(qtbot, window):
    open_record(qtbot, window)
    edit = window.correct_data()
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    assert edit.ui.messageLabel.text() == "Inget är ändrat ännu."
    edit.ui.cityEdit.setText("Lund")
    qtbot.mouseClick(ok(edit), Qt.MouseButton.LeftButton)
    assert "skäl" in edit.ui.messageLabel.text()


def test_a_text_file_named_pdf_is_refused_and_nothing_is_saved(qtbot, desk, anna, window, tmp_path, monkeypatch):
    """The scan is judged by its content, not its name (docs/design.md section 6: nothing is written)."""
    fake = tmp_path / "brev.pdf"
    fake.write_text("Hej, jag vill ha ett registerutdrag.\n")
    open_record(qtbot, window)
    dialog = register_letter(qtbot, window, monkeypatch, fake, TODAY)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "är ingen PDF-, JPEG- eller PNG-fil" in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    assert dialog.ui.isVisible() and ok(dialog).isEnabled()
    assert requests.list_requests(desk, anna) == []


@pytest.mark.parametrize(("values", "says"), [
    ({"customer_no": "999999"}, "Det finns ingen kund med nummer '999999'"),
    ({"customer_no": ""}, "Ange den sökandes namn"),
])
def test_bad_register_input_shows_the_services_words_and_saves_nothing(qtbot, desk, anna, window, values, says):
    dialog = window.new_request()
    dialog.ui.customerEdit.setText(values["customer_no"])
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: says in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    assert requests.list_requests(desk, anna) == []


def test_a_request_from_nobody_we_know_keeps_the_requester_as_given(qtbot, desk, anna, window):
    """docs/design.md section 4: the requester's name and address are recorded also when no customer matches."""
    dialog = window.new_request()  # no record open: nobody prefilled
    assert dialog.ui.customerEdit.text() == ""
    choose(dialog.ui.channelCombo, "email")
    assert not dialog.ui.letterBox.isVisible()
    dialog.ui.requesterNameEdit.setText("Kalle Anka")
    dialog.ui.requesterAddressEdit.setPlainText("Paradisäppelvägen 111\n123 45 Ankeborg")
    choose(dialog.ui.identityCombo, "other")
    assert dialog.ui.identityNoteEdit.isVisible()
    dialog.ui.identityNoteEdit.setText("ringde upp på känt nummer")
    with qtbot.waitSignal(dialog.registered, timeout=WAIT_MS) as registered:
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    stored = requests.get_request(desk, anna, registered.args[0]["ref"])
    assert stored["customer_no"] is None and stored["requester_name"] == "Kalle Anka"
    assert stored["requester_address"] == "Paradisäppelvägen 111\n123 45 Ankeborg"
    assert (stored["identity_method"], stored["identity_note"]) == ("other", "ringde upp på känt nummer")


def test_an_open_request_of_the_same_type_is_a_warning_not_a_block(qtbot, desk, anna, window):
    first = requests.register_request(desk, anna, type="access", channel="email", received=TODAY,
                                      customer_no="100001")
    open_record(qtbot, window)
    dialog = window.new_request()
    choose(dialog.ui.typeCombo, "access")
    with qtbot.waitSignal(dialog.registered, timeout=WAIT_MS):
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.isVisible()  # stays open to say it
    assert first["ref"] in dialog.ui.messageLabel.text()
    assert len(requests.list_requests(desk, anna)) == 2
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)  # now "Close"
    qtbot.waitUntil(lambda: window.cases.register_dialog is None, timeout=WAIT_MS)


def test_an_agent_is_not_offered_extend_or_refuse_and_a_supervisor_extends(qtbot, desk, executor, anna, make_agent,
                                                                            swedish):
    """docs/design.md section 6: extensions and refusals are a supervisor's decision (GDPR art. 12(3)); the
    agent's buttons are disabled and say why (docs/design.md "Roles in the window")."""
    ref = requests.register_request(desk, anna, type="access", channel="email", received=TODAY,
                                    customer_no="100001")["ref"]
    agent_window = MainWindow(executor, desk, anna, "test")
    qtbot.addWidget(agent_window.ui)
    detail = agent_window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    for button, words in ((detail.ui.extendButton, "får inte förlänga"), (detail.ui.refuseButton, "får inte"),
                          (detail.ui.feeButton, "får inte besluta")):
        assert not button.isEnabled() and words in button.toolTip() and "(handläggare)" in button.toolTip()
    qtbot.mouseClick(detail.ui.extendButton, Qt.MouseButton.LeftButton)
    assert detail.step_dialog is None  # no reason asked for in vain

    sven = make_agent("sven", "supervisor")
    supervisor_window = MainWindow(executor, desk, sven, "test")
    qtbot.addWidget(supervisor_window.ui)
    detail = supervisor_window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    qtbot.mouseClick(detail.ui.extendButton, Qt.MouseButton.LeftButton)
    step = detail.step_dialog
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)  # no reason: the service says one is needed
    qtbot.waitUntil(lambda: "skäl" in step.ui.messageLabel.text(), timeout=WAIT_MS)
    step.ui.textEdit.setPlainText("begäran omfattar tio års beställningar")
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)
    extended = deadlines.extended_due_date(TODAY)
    qtbot.waitUntil(lambda: detail.request["extended_due"] == extended, timeout=WAIT_MS)
    assert detail.ui.extendedValue.text().startswith(extended.isoformat())


def test_proof_of_identity_asked_then_arrived_restarts_the_month(qtbot, desk, anna, window):
    """GDPR art. 12(6): with reasonable doubt the month runs from the day the proof arrived."""
    received = TODAY - timedelta(days=10)
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=received,
                                    customer_no="100001")["ref"]
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert not detail.ui.identityArrivedButton.isEnabled()  # nothing asked for yet
    qtbot.mouseClick(detail.ui.askIdentityButton, Qt.MouseButton.LeftButton)
    step = detail.step_dialog
    step.ui.dateEdit.setDate(to_qdate(received + timedelta(days=1)))
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.request["status"] == "awaiting_identity", timeout=WAIT_MS)
    assert detail.ui.statusValue.text() == "Väntar på identitetsbevis"
    qtbot.mouseClick(detail.ui.identityArrivedButton, Qt.MouseButton.LeftButton)
    step = detail.step_dialog
    choose(step.ui.choiceCombo, "id_copy")
    assert not step.ui.noteEdit.isEnabled()
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)  # arrived today
    qtbot.waitUntil(lambda: detail.request["identity_received_on"] == TODAY, timeout=WAIT_MS)
    assert detail.request["due"] == deadlines.due_date(received, TODAY)
    assert "bevis" in detail.ui.dueValue.text()


def test_a_task_marked_impossible_keeps_its_reason(qtbot, desk, anna, window):
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "address")
    ref = requests.register_request(desk, anna, type="rectification", channel="phone", received=TODAY,
                                    customer_no="100001")["ref"]
    rectify(desk, anna, "100001", {"street": "Nygatan 5"}, "i telefon", request_ref=ref)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.tasks.rowCount() == 1, timeout=WAIT_MS)
    qtbot.mouseClick(detail.ui.taskImpossibleButton, Qt.MouseButton.LeftButton)
    step = detail.step_dialog
    step.ui.textEdit.setPlainText("mottagaren finns inte längre")
    qtbot.mouseClick(ok(step), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.tasks.row(0)["impossible_reason"] == "mottagaren finns inte längre",
                    timeout=WAIT_MS)
    assert not detail.ui.taskDoneButton.isEnabled()


def test_the_record_requests_tab_opens_a_request_and_registers_a_new_one(qtbot, desk, anna, window):
    ref = requests.register_request(desk, anna, type="objection", channel="email", received=TODAY,
                                    customer_no="100001")["ref"]
    record = open_record(qtbot, window)
    record.select_tab(REQUESTS_TAB)
    tab = record.tabs[REQUESTS_TAB]
    qtbot.waitUntil(lambda: tab.requests.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.requests.model.index(0, 6).data().endswith("dagar kvar")
    tab.requests.view.selectRow(0)
    qtbot.mouseClick(tab.open_request_button, Qt.MouseButton.LeftButton)
    assert ref in window.cases.details
    qtbot.mouseClick(tab.new_request_button, Qt.MouseButton.LeftButton)
    assert window.cases.register_dialog.ui.customerEdit.text() == "100001"


def test_shortcuts_of_the_request_work(window):
    assert window.ui.actionNewRequest.shortcut().toString() == "Ctrl+N"
    assert window.ui.actionCorrectData.shortcut().toString() == "Ctrl+E"
    assert not window.ui.actionCorrectData.isEnabled()  # no record open
    assert window.correct_data() is None


def test_ctrl_e_and_ctrl_k_work_from_the_search_field(qtbot, window):
    """A line edit on X11 would take Ctrl+E and Ctrl+K for itself; in the search field they are the window's."""
    open_record(qtbot, window)
    window.ui.searchEdit.setFocus()
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.cases.edit_dialog is not None, timeout=WAIT_MS)
    window.cases.edit_dialog.ui.reject()
    window.ui.searchEdit.setFocus()
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.leftTabs.currentIndex() == 1


def test_logging_out_with_request_dialogs_open_closes_them_cleanly(qtbot, desk, executor, swedish, anna):
    """The dialogs belong to the window: logging out takes them along, and nothing of theirs outlives it."""
    from mnu_desk.gui.controller import AppController
    from mnu_desk.gui.settings import connection as conn

    from .conftest import TEST_PASSWORD

    ref = requests.register_request(desk, anna, type="access", channel="email", received=TODAY,
                                    customer_no="100001")["ref"]
    controller = AppController(executor, conn.Connection(conn.URL, desk.engine.url.render_as_string(False)), desk)
    controller.show_login()
    controller.login.ui.agentEdit.setText("anna")
    controller.login.ui.passwordEdit.setText(TEST_PASSWORD)
    controller.login.log_in()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    window = controller.main_window
    open_record(qtbot, window)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    qtbot.mouseClick(detail.ui.closeRequestButton, Qt.MouseButton.LeftButton)
    assert detail.step_dialog.ui.isVisible()
    window.correct_data()
    window.new_request()
    window.ui.actionLogOut.trigger()
    qtbot.wait(50)  # the deferred deletions run
    assert controller.main_window is None and controller.login.ui.isVisible()
    controller.quit()


def test_an_id_copy_has_its_own_button_and_is_deleted_once_identity_is_recorded(qtbot, desk, anna, window,
                                                                                tmp_path, monkeypatch):
    """docs/design.md "Signed letter and identity": an ID copy is its own kind of attachment, never a letter,
    and its content is deleted the moment the identity check is recorded."""
    open_record(qtbot, window)
    scan, id_scan = tmp_path / "brev.pdf", tmp_path / "pass.pdf"
    scan.write_bytes(PDF)
    id_scan.write_bytes(PDF.replace(b"endobj", b"endobj %pass"))
    dialog = register_letter(qtbot, window, monkeypatch, scan, TODAY, "access")
    pick_file(monkeypatch, id_scan)
    qtbot.mouseClick(dialog.ui.attachIdCopyButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.scanList.count() == 2 and "ID-kopia" in dialog.ui.scanList.item(1).text()
    with qtbot.waitSignal(dialog.registered, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    shown = requests.get_request(desk, anna, signal.args[0]["ref"])["attachments"]
    assert [(a["kind"], a["deleted"]) for a in shown] == [("letter", False), ("id_copy", True)]


def test_another_address_than_on_record_shows_as_doubt_on_the_request(qtbot, desk, anna, window):
    """GDPR art. 12(6), docs/design.md "Signed letter and identity": the request window says that a requester
    who gave another address than the record's is reasonable doubt."""
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=TODAY,
                                    customer_no="100001", requester_address="Byvägen 3, 123 45 Byn")["ref"]
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert "annan adress" in detail.ui.identityValue.text() and "rimligt tvivel" in detail.ui.identityValue.text()


def test_registering_with_another_address_says_it_is_doubt(qtbot, desk, anna, window, tmp_path, monkeypatch):
    """GDPR art. 12(6): registered all the same, and the register window says the other address is reasonable
    doubt and that the answer goes to the address on record (docs/design.md "Signed letter and identity")."""
    open_record(qtbot, window)
    scan = tmp_path / "brev.pdf"
    scan.write_bytes(PDF)
    dialog = register_letter(qtbot, window, monkeypatch, scan, TODAY, "access")
    choose(dialog.ui.identityCombo, "")
    dialog.ui.requesterAddressEdit.setPlainText("Byvägen 3\n123 45 Byn")
    with qtbot.waitSignal(dialog.registered, timeout=WAIT_MS):
        qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    text = dialog.ui.messageLabel.text()
    assert "annan adress" in text and "rimligt tvivel" in text and dialog.ui.isVisible()
