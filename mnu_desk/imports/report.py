"""The validation report: every rejected row with its line, id, field, a stable reason code and the reason
in the user's language, written as CSV next to the imported file while the import runs."""

from __future__ import annotations

from pathlib import Path

from .. import i18n
from ..domain.csv_cells import SafeWriter
from ..domain.errors import ValidationFailed
from .values import Rejected

COLUMNS = ("line", "id", "field", "code", "reason")


def report_path(path: Path) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}.rejected.csv")


class Report:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._handle = open(self.path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise ValidationFailed("Cannot write the report {path}: {reason}. Nothing was imported.",
                                   path=str(self.path), reason=exc.strerror or str(exc)) from None
        self._writer = SafeWriter(self._handle)  # a rejected value is quoted in the reason
        self._writer.writerow(COLUMNS)

    def add(self, line: int, key: str, rejected: Rejected) -> None:
        self._writer.writerow((line, key, rejected.field or "", rejected.code,
                               i18n.text(rejected.template, **rejected.values)))

    def close(self) -> None:
        self._handle.close()
