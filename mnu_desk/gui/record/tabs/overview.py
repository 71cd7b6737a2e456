"""Overview: name, addresses, phone and e-mail, and the account with its favourites and wish lists (policy 3:
Namn, Adress, Telefonnummer och e-post, Kontoinformation)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView

from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab, FormBox, fit_columns, make_table, section_label, setup_table


class OverviewTab(CategoryTab):
    categories = ("identity", "addresses", "contact", "account", "favourites", "wish_lists", "shop_changes")
    register_codes = ("identity", "address", "contact", "account")
    # the register's four lines, two boxes of forms and the tables: under a restriction's banner at 768 px
    # they need more height than there is, and squeezed, the boxes cut their values
    scrolls = True
    edit_requested = Signal()
    new_request_requested = Signal()

    def build(self) -> None:
        actions = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("&Correct data…"), self)
        self.correct_button.setObjectName("correctButton")
        self.correct_button.setToolTip(self.tr("Correct or complete name, address, e-mail or phone, with a reason "
                                               "(Ctrl+E)"))
        self.correct_button.clicked.connect(self.edit_requested)
        self.new_request_button = QPushButton(self.tr("&New request…"), self)
        self.new_request_button.setObjectName("newRequestButton")
        self.new_request_button.setToolTip(self.tr("Register a request from this person (Ctrl+N)"))
        self.new_request_button.clicked.connect(self.new_request_requested)
        actions.addWidget(self.correct_button)
        actions.addWidget(self.new_request_button)
        self.shop_label = QLabel(self)  # whether the desk's changes have reached the shop's systems
        self.shop_label.setObjectName("shopChangesLabel")
        # "… 1 not yet applied by the shop (waiting since …)" wraps beside the buttons: on one line it made
        # the record, and so the window, wider than a 1366-pixel screen
        self.shop_label.setWordWrap(True)
        self.shop_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(self.shop_label, 1)
        self.body.addLayout(actions)
        self.set_editable(False)

        boxes = QHBoxLayout()
        boxes.setSpacing(8)
        # two boxes side by side, not three: an e-mail address cannot wrap, and three of them in a row would
        # make the record wider than half a 1400-pixel screen
        self.person_box = FormBox(self.tr("Name, phone and e-mail"), [
            ("first_name", self.tr("First name:")), ("last_name", self.tr("Last name:")),
            ("email", self.tr("E-mail:")), ("phone", self.tr("Phone:")), ("phone_e164", self.tr("International:")),
        ], self)
        self.account_box = FormBox(self.tr("Account"), [("login", self.tr("Log-in:")),
                                                        ("created_at", self.tr("Opened:")),
                                                        ("last_login_at", self.tr("Last log-in:")),
                                                        ("closed_at", self.tr("Closed:"))], self)
        for box in (self.person_box, self.account_box):
            boxes.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(boxes)

        self.addresses_label = section_label(self)
        self.addresses = RowsModel([
            Column(self.tr("Street"), get("street"), fmt.text),
            Column(self.tr("Postcode"), get("postal_code"), fmt.text),
            Column(self.tr("City"), get("city"), fmt.text),
            Column(self.tr("Country"), get("country"), fmt.text),
            Column(self.tr("Primary"), get("is_primary"), fmt.yes_no),
            Column(self.tr("Since"), get("created_at"), fmt.day),
        ], self)
        self.addresses_view = make_table(self.addresses, self)
        self.body.addWidget(self.addresses_label)
        self.body.addWidget(self.addresses_view)

        # favourites and wish lists in one table the record's full width: side by side, two tables of five and
        # three columns could not show every column in half a laptop screen
        self.lists_label = section_label(self)
        self.lists = RowsModel([
            Column(self.tr("List"), get("list"), fmt.text),
            Column(self.tr("Product"), get("product_name"), fmt.text),
            Column(self.tr("Item no."), get("product_sku"), fmt.text),
            Column(self.tr("Note"), get("note"), fmt.text),
            Column(self.tr("Added"), get("added_at"), fmt.day),
        ], self)
        self.lists_view = setup_table(_FillingTable(self), self.lists)
        self.lists_view.setMinimumHeight(self._rows_height(self.lists_view, 3))
        self.body.addWidget(self.lists_label)
        self.body.addWidget(self.lists_view, 1)

    def set_editable(self, editable: bool) -> None:
        """Nothing to correct before the data is shown, nor for an erased person."""
        self.correct_button.setEnabled(editable)
        self.new_request_button.setEnabled(editable)

    @staticmethod
    def prepare(data: dict) -> dict:
        wishes = []
        for wish_list in data.get("wish_lists") or []:
            items = wish_list.get("items") or []
            if not items:
                wishes.append({"list": wish_list.get("name"), "added_at": wish_list.get("created_at")})
            for item in items:
                wishes.append(item | {"list": wish_list.get("name")})
        return data | {"wish_rows": wishes}

    def populate(self, data: dict) -> None:
        identity = data.get("identity") or {}
        contact = data.get("contact") or {}
        account = data.get("account")
        self.person_box.set_values({"first_name": fmt.text(identity.get("first_name")),
                                    "last_name": fmt.text(identity.get("last_name")),
                                    "email": fmt.text(contact.get("email")),
                                    "phone": fmt.phone(contact.get("phone")),
                                    "phone_e164": fmt.text(contact.get("phone"))})
        if account:
            self.account_box.set_values({"login": fmt.text(account.get("login")),
                                         "created_at": fmt.when(account.get("created_at")),
                                         "last_login_at": fmt.when(account.get("last_login_at")),
                                         "closed_at": fmt.when(account.get("closed_at"))})
        else:
            self.account_box.set_values({"login": self.tr("no account")})
        addresses = data.get("addresses") or []
        self.addresses.set_rows(addresses)
        self.addresses_label.setText(self.tr("Addresses (%1)").replace("%1", str(len(addresses))))
        favourites = data.get("favourites") or []
        wish_lists = data.get("wish_lists") or []
        self.lists.set_rows([favourite | {"list": self.tr("Favourites")} for favourite in favourites]
                            + (data.get("wish_rows") or []))
        self.lists_label.setText(self.tr("Favourites (%1) and wish lists (%2)")
                                 .replace("%1", str(len(favourites))).replace("%2", str(len(wish_lists))))
        self.shop_label.setText(shop_changes_text(data.get("shop_changes")))
        for view in (self.addresses_view, self.lists_view):
            fit_columns(view)
        self._fit_height(self.addresses_view, len(addresses))

    @staticmethod
    def _fit_height(view, rows: int) -> None:
        """Most people have one address: the table is as tall as its rows (up to four), not half the tab."""
        height = OverviewTab._rows_height(view, max(1, min(rows, 4)))
        if rows > 4:
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)

    @staticmethod
    def _rows_height(view, rows: int) -> int:
        """A table's height for its header and `rows` rows, within its frame."""
        return (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                + 2 * view.frameWidth() + 2)


class _FillingTable(QTableView):
    """A table that takes the height left over and, when there is none, keeps its minimum (three rows): it
    asks for no more, so the tab scrolls only by what its forms really lack, not by a table's default 192 px."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


def shop_changes_text(changes: dict | None) -> str:
    """"Changes for the shop: 3, all applied there" or how many still wait (the record and the case say it
    alike)."""
    rows = (changes or {}).get("changes") or []
    if not rows:
        return QCoreApplication.translate("ShopChanges", "Changes for the shop: none")
    waiting = [row for row in rows if not row["reached_shop"]]
    if not waiting:
        return (QCoreApplication.translate("ShopChanges", "Changes for the shop: %1, all applied by the shop")
                .replace("%1", str(len(rows))))
    return (QCoreApplication.translate("ShopChanges", "Changes for the shop: %1, %2 not yet applied by the shop "
                                                      "(waiting since %3)")
            .replace("%1", str(len(rows))).replace("%2", str(len(waiting)))
            .replace("%3", fmt.when(waiting[0]["at"])))
