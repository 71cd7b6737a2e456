"""Argument types of the command-line contract: a malformed value is a usage error (exit 2)."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.rectification import FIELDS


def date_arg(text: str) -> date:
    """DATE is YYYY-MM-DD (Stockholm)."""
    try:
        if len(text) != 10:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date of the form YYYY-MM-DD") from None


# the largest number a BIGINT column holds on every backend: a larger one would overflow the driver
LARGEST = 2**63 - 1


def whole_number(text: str) -> int:
    """N: a whole number from 0 up to what a database column can hold."""
    if not text.strip().isdigit() or int(text) > LARGEST:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number from 0 to {LARGEST}")
    return int(text)


def field_assignment(text: str) -> tuple[str, str]:
    """FIELD=VALUE for rectify; the value may be empty (`email=` clears the e-mail)."""
    field, sep, value = text.partition("=")
    field = field.strip()
    if not sep or field not in FIELDS:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not FIELD=VALUE with FIELD one of {', '.join(FIELDS)}")
    return field, value
