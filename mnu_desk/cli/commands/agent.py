"""`agent add|list|set|disable|enable|unlock|password` (docs/design.md "Agents' life")."""

from __future__ import annotations

from ... import i18n
from ...domain.roles import Role
from ...services import agents
from ..output import emit_json
from ..session import login, new_password, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("agent", help=summary("agent"))
    actions = parser.add_subparsers(dest="agent_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    roles = [r.value for r in Role]
    add = actions.add_parser("add", parents=[common], help="add an agent (the first one: an admin)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=roles)
    add.set_defaults(handler=add_agent)
    actions.add_parser("list", parents=[common], help="every agent (admin)").set_defaults(handler=list_agents)
    set_ = actions.add_parser("set", parents=[common], help="change an agent's role (admin)")
    set_.add_argument("name")
    set_.add_argument("--role", required=True, choices=roles)
    set_.set_defaults(handler=set_role)
    for action, handler, words in (("disable", disable, "an agent can no longer log in (admin)"),
                                   ("enable", enable, "a disabled agent may log in again (admin)"),
                                   ("unlock", unlock, "lift the lockout after failed log-ins (admin)")):
        one = actions.add_parser(action, parents=[common], help=words)
        one.add_argument("name")
        one.set_defaults(handler=handler)
    password = actions.add_parser("password", parents=[common],
                                  help="your own new password, or an admin's reset of NAME's")
    password.add_argument("name", nargs="?")
    password.set_defaults(handler=change_password)


def add_agent(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=agents.agent_count(inv.desk) > 0)
    created = agents.add_agent(inv.desk, actor, args.name, args.role, new_password(args.name))
    db_login = agents.created_login(inv.desk, created.name)
    if args.json:
        emit_json({"name": created.name, "role": created.role.value, "db_login": db_login})
    elif db_login:
        print(i18n.text("Added agent {name} ({role}); database log-in {login}.", name=created.name,
                        role=created.role.value, login=db_login))
    else:
        print(i18n.text("Added agent {name} ({role}).", name=created.name, role=created.role.value))
    return 0


def list_agents(args) -> int:
    inv = open_desk(args)
    listed = agents.list_agents(inv.desk, login(inv, args, required=True))
    if args.json:
        emit_json([info.as_dict() for info in listed])
        return 0
    for info in listed:
        state = i18n.text("active") if info.active else i18n.text("disabled")
        print(f"{info.name}\t{info.role}\t{state}\t{info.db_login or ''}")
    return 0


def set_role(args) -> int:
    inv = open_desk(args)
    return _report(args, agents.set_role(inv.desk, login(inv, args, required=True), args.name, args.role))


def disable(args) -> int:
    inv = open_desk(args)
    return _report(args, agents.set_active(inv.desk, login(inv, args, required=True), args.name, False))


def enable(args) -> int:
    inv = open_desk(args)
    return _report(args, agents.set_active(inv.desk, login(inv, args, required=True), args.name, True))


def unlock(args) -> int:
    inv = open_desk(args)
    return _report(args, agents.unlock(inv.desk, login(inv, args, required=True), args.name))


def change_password(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    changed = agents.change_password(inv.desk, actor, args.name, new_password(args.name or actor.name, own_as_default=False))
    return _report(args, changed)


def _report(args, info: agents.AgentInfo) -> int:
    if args.json:
        emit_json(info.as_dict())
    else:
        state = i18n.text("active") if info.active else i18n.text("disabled")
        print(i18n.text("Agent {name}: {role}, {state}.", name=info.name, role=info.role, state=state))
    return 0
