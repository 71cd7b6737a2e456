"""`agent add NAME --role agent|supervisor|admin`."""

from __future__ import annotations

from ... import i18n
from ...domain.roles import Role
from ...services import agents
from ..output import emit_json
from ..session import login, new_password, open_desk


def register(sub, common) -> None:
    parser = sub.add_parser("agent", help="the desk's agents")
    actions = parser.add_subparsers(dest="agent_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = actions.add_parser("add", parents=[common], help="add an agent (the first one: an admin)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.set_defaults(handler=add_agent)


def add_agent(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=agents.agent_count(inv.desk) > 0)
    created = agents.add_agent(inv.desk, actor, args.name, args.role, new_password(args.name))
    if args.json:
        emit_json({"name": created.name, "role": created.role.value})
    else:
        print(i18n.text("Added agent {name} ({role}).", name=created.name, role=created.role.value))
    return 0
