"""Roles are cumulative (docs/design.md section 6): a supervisor may do all an agent may, an admin all a
supervisor may. Every service names the permission it needs; this table is the only place that says who has it."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def covers(self, other: Role) -> bool:
        return self.rank >= other.rank


_RANK = {Role.AGENT: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}


class Permission(StrEnum):
    LOOK_UP = "look_up"
    WORK_REQUESTS = "work_requests"
    RECTIFY = "rectify"
    REGISTER_OBJECTION = "register_objection"
    PREVIEW_ERASURE = "preview_erasure"
    ISSUE_FREE_EXTRACT = "issue_free_extract"
    EXECUTE_ERASURE = "execute_erasure"
    DECIDE_REPEATS_FEES_REFUSALS = "decide_repeats_fees_refusals"
    EXTEND_DEADLINE = "extend_deadline"
    LEGAL_HOLDS_AND_RESTRICTIONS = "legal_holds_and_restrictions"
    MARKETING_EXPORTS = "marketing_exports"
    MANAGE_AGENTS = "manage_agents"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_SIGNING_KEYS = "manage_signing_keys"
    RUN_RETENTION = "run_retention"
    IMPORT_DATA = "import_data"
    CHANGE_FEED = "change_feed"
    LOAD_DEMO_DATA = "load_demo_data"
    VERIFY_AUDIT = "verify_audit"


MINIMUM_ROLE: dict[Permission, Role] = {
    Permission.LOOK_UP: Role.AGENT,
    Permission.WORK_REQUESTS: Role.AGENT,
    Permission.RECTIFY: Role.AGENT,
    Permission.REGISTER_OBJECTION: Role.AGENT,
    Permission.PREVIEW_ERASURE: Role.AGENT,
    Permission.ISSUE_FREE_EXTRACT: Role.AGENT,
    Permission.VERIFY_AUDIT: Role.AGENT,
    Permission.EXECUTE_ERASURE: Role.SUPERVISOR,
    Permission.DECIDE_REPEATS_FEES_REFUSALS: Role.SUPERVISOR,
    Permission.EXTEND_DEADLINE: Role.SUPERVISOR,
    Permission.LEGAL_HOLDS_AND_RESTRICTIONS: Role.SUPERVISOR,
    Permission.MARKETING_EXPORTS: Role.SUPERVISOR,
    Permission.MANAGE_AGENTS: Role.ADMIN,
    Permission.MANAGE_SETTINGS: Role.ADMIN,
    Permission.MANAGE_SIGNING_KEYS: Role.ADMIN,
    Permission.RUN_RETENTION: Role.ADMIN,
    Permission.IMPORT_DATA: Role.ADMIN,
    Permission.CHANGE_FEED: Role.ADMIN,
    Permission.LOAD_DEMO_DATA: Role.ADMIN,
}


def role_may(role: Role, permission: Permission) -> bool:
    return role.covers(MINIMUM_ROLE[permission])


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        from .errors import ValidationFailed

        raise ValidationFailed(
            "Unknown role '{role}': choose agent, supervisor or admin.", role=text
        ) from None
