"""The shop's settings, shared by every desk (kept in the database): company details for letters, fiscal
year end, the envelope window, the fee for further copies, where the erasure ledger is written. Read by
anyone, changed by an admin, every change audited. Settings of one computer alone live in
services.desk_config instead."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from ..db.models import Setting
from ..domain.clock import utcnow
from ..domain.errors import ValidationFailed
from ..domain.letters import EnvelopeWindow
from ..domain.retention import fiscal_year_end
from ..domain.roles import Permission
from . import audit, desk_config
from .context import Actor, Desk

DEFAULTS = {
    "company_name": "m punkt nu Sverige AB",
    "org_no": "556871-8133",
    "company_address": [],          # postal address lines, set by an admin
    "company_contact": ["info@m.nu", "www.m.nu"],
    "fiscal_year_end": "12-31",     # MM-DD
    "envelope_window_mm": EnvelopeWindow().millimetres(),  # the default lives in EnvelopeWindow
    "further_copy_fee": "0.00",     # kronor, as text: money is exact (art. 15(3) further copies)
    "erasure_ledger_path": None,    # None: a file in each desk's data folder (services.ledger)
}
MAX_LINES, MAX_LINE = 6, 80  # what fits the letter's sender block
MAX_FEE = Decimal("100000")
_ORG_NO = re.compile(r"^(\d{6})-?(\d{4})$")


@dataclass(frozen=True)
class ShopSettings:
    company_name: str
    org_no: str
    company_address: list[str] = field(default_factory=list)
    company_contact: list[str] = field(default_factory=list)
    fiscal_year_end: str = "12-31"
    window: EnvelopeWindow = EnvelopeWindow()
    further_copy_fee: Decimal = Decimal("0.00")
    erasure_ledger_path: Path | None = None


def load(desk: Desk) -> ShopSettings:
    with desk.read() as session:
        stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
    values = {k: stored.get(k, v) for k, v in DEFAULTS.items()}
    ledger = values["erasure_ledger_path"]
    return ShopSettings(company_name=values["company_name"], org_no=values["org_no"],
                        company_address=list(values["company_address"]),
                        company_contact=list(values["company_contact"]),
                        fiscal_year_end=values["fiscal_year_end"],
                        window=EnvelopeWindow(*values["envelope_window_mm"]),
                        further_copy_fee=Decimal(values["further_copy_fee"]),
                        erasure_ledger_path=Path(ledger) if ledger else None)


def current(desk: Desk, actor: Actor) -> dict:
    """Every setting as stored, or its default where none is stored; for an admin (`settings show`)."""
    actor.require(Permission.MANAGE_SETTINGS)
    with desk.read() as session:
        stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


def takes_lines(key: str) -> bool:
    """Whether the setting is a list (address and contact lines, the window's four numbers): on the command
    line it takes one word a line, the others exactly one."""
    return isinstance(DEFAULTS.get(key), list)


def value_from_words(key: str, words: list[str]):
    """The value of `settings set KEY VALUE...` before its check: a list setting takes its words as its lines
    (none clears it), another setting takes exactly one word."""
    if key not in DEFAULTS:
        raise ValidationFailed("Unknown setting '{key}'; the settings are: {keys}.", key=key,
                               keys=", ".join(DEFAULTS))
    if takes_lines(key):
        return list(words)
    if len(words) != 1:
        raise ValidationFailed("Setting '{key}' takes one value; put quotes around a value with spaces.",
                               key=key)
    return words[0]


def change(desk: Desk, actor: Actor, key: str, value) -> None:
    change_many(desk, actor, {key: value})


def change_many(desk: Desk, actor: Actor, values: dict) -> list[str]:
    """Change several settings in one transaction: every value is checked first, so one bad value saves
    none of them. Returns the keys whose value really changed (each gets its audit entry)."""
    actor.require(Permission.MANAGE_SETTINGS)
    checked = {key: checked_value(key, value) for key, value in values.items()}
    changed = []
    with desk.write() as session:
        for key, value in checked.items():
            setting = session.get(Setting, key)
            old = json.loads(setting.value) if setting else DEFAULTS[key]
            if old == value:
                continue
            if value is None:
                session.delete(setting)  # back to the default; a stored null would read as a value
            elif setting is None:
                session.add(Setting(key=key, value=json.dumps(value), updated_at=utcnow(), version=1))
            else:
                setting.value, setting.updated_at = json.dumps(value), utcnow()
            audit.record(session, actor.name, "setting_changed", subject=f"setting:{key}",
                         payload={"old": old, "new": value})
            changed.append(key)
    return changed


def checked_value(key: str, value):
    """The value as it is stored, or ValidationFailed with the reason."""
    if key not in DEFAULTS:
        raise ValidationFailed("Unknown setting '{key}'.", key=key)
    return _CHECKS[key](value)


def _company_name(value) -> str:
    text = " ".join(str(value or "").split())
    if not text or len(text) > MAX_LINE:
        raise ValidationFailed("The company name must have 1 to {max} characters.", max=MAX_LINE)
    return text


def _org_no(value) -> str:
    """A Swedish organisation number, NNNNNN-NNNN, whose last digit is the Luhn check digit."""
    match = _ORG_NO.match(str(value or "").strip())
    if not match or not _luhn_ok(match.group(1) + match.group(2)):
        raise ValidationFailed("'{value}' is not a Swedish organisation number (NNNNNN-NNNN).", value=value)
    return f"{match.group(1)}-{match.group(2)}"


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product // 10 + product % 10
    return total % 10 == 0


def _lines(value) -> list[str]:
    items = value.splitlines() if isinstance(value, str) else list(value or [])
    lines = [" ".join(str(item).split()) for item in items]
    lines = [line for line in lines if line]
    if len(lines) > MAX_LINES or any(len(line) > MAX_LINE for line in lines):
        raise ValidationFailed("Address and contact lines: at most {lines} lines of {max} characters each.",
                               lines=MAX_LINES, max=MAX_LINE)
    return lines


def _fiscal_year_end(value) -> str:
    month, day = fiscal_year_end(str(value or "").strip())
    return f"{month:02d}-{day:02d}"


def _window(value) -> list[float]:
    try:
        numbers = [float(v) for v in value]
        if len(numbers) != 4:  # left, top, width, height: none taken from the default silently
            raise ValueError(numbers)
        window = EnvelopeWindow(*numbers)
    except (TypeError, ValueError):
        raise ValidationFailed("The envelope window needs four numbers in millimetres.") from None
    window.validate()
    return numbers


def _fee(value) -> str:
    try:
        fee = Decimal(str(value).replace(",", ".").replace(" ", "").strip())
    except InvalidOperation:
        raise ValidationFailed("'{value}' is not an amount in kronor.", value=value) from None
    if not fee.is_finite() or fee < 0 or fee > MAX_FEE or fee != fee.quantize(Decimal("0.01")):
        raise ValidationFailed("A fee is an amount of at least 0 kr with at most two decimals.")
    return str(fee.quantize(Decimal("0.01")))


def _ledger_path(value) -> str | None:
    path = desk_config.check_ledger_path(value)
    return str(path) if path else None


_CHECKS = {"company_name": _company_name, "org_no": _org_no, "company_address": _lines,
           "company_contact": _lines, "fiscal_year_end": _fiscal_year_end, "envelope_window_mm": _window,
           "further_copy_fee": _fee, "erasure_ledger_path": _ledger_path}
