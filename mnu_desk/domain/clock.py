"""Times are stored in UTC and shown in Europe/Stockholm (docs/design.md section 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def utcnow() -> datetime:
    return datetime.now(UTC)


def today_stockholm() -> date:
    return datetime.now(STOCKHOLM).date()


def iso_z(moment: datetime | None) -> str | None:
    """ISO 8601 UTC with a Z, the command line's timestamp form."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def to_stockholm(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(STOCKHOLM)
