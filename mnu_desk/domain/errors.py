"""The refusals a service can give. Each carries an English message template and its values, so that the
command line and the GUI can show it in the user's language (see mnu_desk.i18n)."""

from __future__ import annotations


class DeskError(Exception):
    """A refused action: the user gets `message` (translated), nothing was changed."""

    template: str = "The action was refused."

    def __init__(self, template: str | None = None, /, **values: object) -> None:
        self.template = template or self.template
        self.values = values
        super().__init__(self.english())

    def english(self) -> str:
        return self.template.format(**self.values)


class Coded(str):
    """A message value that is a stored code (a role, a status): it reads as the code in English and as
    the code table's words in the reader's language (`i18n.text`), e.g. "(agent)" → "(handläggare)"."""

    def __new__(cls, group: str, code: str) -> Coded:
        value = super().__new__(cls, code)
        value.group = group
        return value


class ValidationFailed(DeskError):
    template = "Invalid value."


class PermissionDenied(DeskError):
    template = "Your role may not do this."


class NotFound(DeskError):
    template = "Not found."


class Conflict(DeskError):
    """Another agent changed the record since it was opened. `current` holds the values now stored, so the
    agent can compare them with their own and re-apply or drop their change."""

    template = "Someone else changed this record in the meantime."

    def __init__(self, template: str | None = None, /, current: dict | None = None, **values: object) -> None:
        super().__init__(template, **values)
        self.current = current or {}


class AuthenticationFailed(DeskError):
    template = "Wrong agent name or password."


class AgentLocked(DeskError):
    template = "This agent is locked after too many failed log-ins; try again after {until}."


class DatabaseUnavailable(DeskError):
    template = "Cannot reach the database."


class SchemaBehind(DeskError):
    template = "The database schema is behind this program; run 'mnu-desk db upgrade'."
