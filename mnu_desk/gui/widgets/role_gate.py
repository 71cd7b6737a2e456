"""What a role may not do is not offered (docs/design.md "Roles in the window"): a button or menu entry for
a step the agent's role may not take is disabled and its tooltip says why, in the same words as the service's
refusal, instead of refusing after the click. The service checks again; this only spares the agent a step
that cannot succeed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from ...domain.errors import PermissionDenied
from ...domain.roles import MINIMUM_ROLE, Permission, Role
from .messages import error_text

# who may, said after the refusal, so that the agent knows whom to ask
WHO_MAY = {
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("RoleGate", "A supervisor or an admin may."),
    Role.ADMIN: QT_TRANSLATE_NOOP("RoleGate", "Only an admin may."),
}


def refusal(actor, permission: Permission) -> str | None:
    """The refusal the service would give and who may instead, in the window's language; None when the
    role may."""
    try:
        actor.require(permission)
    except PermissionDenied as exc:
        who = WHO_MAY.get(MINIMUM_ROLE[permission])
        return error_text(exc) + (" " + QCoreApplication.translate("RoleGate", who) if who else "")
    return None


def gate(control, actor, permission: Permission, enabled: bool = True, tip: str = "") -> None:
    """Enable `control` (a button or an action) when the state allows it and the role may; otherwise the
    tooltip gives the reason the role may not."""
    denied = refusal(actor, permission)
    control.setEnabled(enabled and denied is None)
    control.setToolTip(denied or tip)
    if isinstance(control, QAction):
        control.setStatusTip(denied or tip)
