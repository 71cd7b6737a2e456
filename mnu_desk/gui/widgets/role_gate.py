"""What a role may not do is not offered (docs/design.md "Roles in the window"): a button or menu entry for
a step the agent's role may not take is disabled and its tooltip says why, in the same words as the service's
refusal, instead of refusing after the click. The service checks again; this only spares the agent a step
that cannot succeed."""

from __future__ import annotations

from PySide6.QtGui import QAction

from ...domain.errors import PermissionDenied
from ...domain.roles import Permission
from .messages import error_text


def refusal(actor, permission: Permission) -> str | None:
    """The refusal the service would give, in the window's language; None when the role may."""
    try:
        actor.require(permission)
    except PermissionDenied as exc:
        return error_text(exc)
    return None


def gate(control, actor, permission: Permission, enabled: bool = True, tip: str = "") -> None:
    """Enable `control` (a button or an action) when the state allows it and the role may; otherwise the
    tooltip gives the reason the role may not."""
    denied = refusal(actor, permission)
    control.setEnabled(enabled and denied is None)
    control.setToolTip(denied or tip)
    if isinstance(control, QAction):
        control.setStatusTip(denied or tip)
