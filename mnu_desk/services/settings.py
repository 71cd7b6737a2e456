"""The shop's settings, shared by every desk (kept in the database): company details for letters, fiscal
year end, the envelope window. Read by anyone, changed by an admin, every change audited."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from ..db.models import Setting
from ..domain.clock import utcnow
from ..domain.errors import ValidationFailed
from ..domain.letters import EnvelopeWindow
from ..domain.roles import Permission
from . import audit
from .context import Actor, Desk

DEFAULTS = {
    "company_name": "m punkt nu Sverige AB",
    "org_no": "556871-8133",
    "company_address": [],          # postal address lines, set by an admin
    "company_contact": ["info@m.nu", "www.m.nu"],
    "fiscal_year_end": "12-31",     # MM-DD
    "envelope_window_mm": [20.0, 45.0, 85.0, 40.0],
}


@dataclass(frozen=True)
class ShopSettings:
    company_name: str
    org_no: str
    company_address: list[str] = field(default_factory=list)
    company_contact: list[str] = field(default_factory=list)
    fiscal_year_end: str = "12-31"
    window: EnvelopeWindow = EnvelopeWindow()


def load(desk: Desk) -> ShopSettings:
    with desk.read() as session:
        stored = {s.key: json.loads(s.value) for s in session.scalars(select(Setting))}
    values = {k: stored.get(k, v) for k, v in DEFAULTS.items()}
    return ShopSettings(company_name=values["company_name"], org_no=values["org_no"],
                        company_address=list(values["company_address"]),
                        company_contact=list(values["company_contact"]),
                        fiscal_year_end=values["fiscal_year_end"],
                        window=EnvelopeWindow(*values["envelope_window_mm"]))


def change(desk: Desk, actor: Actor, key: str, value) -> None:
    actor.require(Permission.MANAGE_SETTINGS)
    if key not in DEFAULTS:
        raise ValidationFailed("Unknown setting '{key}'.", key=key)
    if key == "envelope_window_mm":
        EnvelopeWindow(*[float(v) for v in value]).validate()
    with desk.write() as session:
        setting = session.get(Setting, key)
        old = json.loads(setting.value) if setting else DEFAULTS[key]
        if setting is None:
            setting = Setting(key=key, value=json.dumps(value), updated_at=utcnow(), version=1)
            session.add(setting)
        else:
            setting.value, setting.updated_at = json.dumps(value), utcnow()
        audit.record(session, actor.name, "setting_changed", subject=f"setting:{key}",
                     payload={"old": old, "new": value})
