"""The change feed for the shop (docs/change-feed.md): every change the desk makes to personal data goes to
an outbox in the transaction that makes it; the shop exports what is new since its last look and
acknowledges what it applied. Acknowledging closes the notification tasks (GDPR art. 19) addressed to the
shop's own systems that those changes carried."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from ..db.models import AuditHead, ChangeFeedState, ChangeOutbox, ChangeTask, Person, Recipient, Task
from ..domain.clock import iso_z, utcnow
from ..domain.errors import ValidationFailed
from ..domain.roles import Permission
from . import audit
from .context import Actor, Desk

KINDS = ("rectification", "completion", "objection", "objection_withdrawn", "restriction", "restriction_lifted",
         "erasure", "account_closure")
# the kinds whose data holds personal values, which the person's erasure clears
PERSONAL = ("rectification", "completion")
SHOP_SYSTEM = "shop_system"


def append(session: Session, kind: str, person: Person, data: dict | None = None, *,
           request_ref: str | None = None) -> int:
    """Append one change inside the caller's transaction; returns its sequence number."""
    if kind not in KINDS:
        raise ValueError(kind)
    # The audit head is the desk's one write lock and every change takes it: taken first here too, two
    # desks never hold the two locks in opposite order.
    session.execute(select(AuditHead.id).where(AuditHead.id == 1).with_for_update())
    state = _locked_state(session)
    state.last_seq += 1
    seq = state.last_seq
    session.add(ChangeOutbox(seq=seq, at=utcnow(), kind=kind, person_id=person.id, customer_no=person.customer_no,
                             shop_customer_id=person.shop_customer_id, request_ref=request_ref,
                             payload=json.dumps(data or {}, sort_keys=True, ensure_ascii=False)))
    session.flush()
    # the art. 19 tasks for the shop's own systems that this change answers
    open_tasks = session.scalars(
        select(Task.id).join(Recipient, Recipient.id == Task.recipient_id)
        .where(Task.person_id == person.id, Recipient.role == SHOP_SYSTEM, Task.done_at.is_(None),
               ~exists().where(ChangeTask.task_id == Task.id))).all()
    session.add_all(ChangeTask(task_id=task_id, seq=seq) for task_id in open_tasks)
    if kind == "erasure":
        session.execute(update(ChangeOutbox).where(ChangeOutbox.person_id == person.id,
                                                   ChangeOutbox.kind.in_(PERSONAL))
                        .values(payload=json.dumps({"cleared": "erasure"})))
    session.flush()
    return seq


def feed_state(desk: Desk, actor: Actor) -> dict:
    actor.require(Permission.LOOK_UP)
    with desk.write() as session:
        state = _locked_state(session)
        return {"last": state.last_seq, "acked": state.acked_seq, "acked_at": state.acked_at,
                "pending": state.last_seq - state.acked_seq}


def export(desk: Desk, actor: Actor, since: int, out: Path) -> dict:
    """Write the changes after `since` to `out` as JSON Lines. The file appears whole or not at all."""
    actor.require(Permission.CHANGE_FEED)
    if since < 0:
        raise ValidationFailed("SEQ must be 0 or more.")
    out = Path(out)
    count, last = 0, since
    with desk.write() as session:
        state = _locked_state(session)
        handle, temporary = _temporary_beside(out)
        try:
            with handle:
                rows = session.scalars(select(ChangeOutbox).where(ChangeOutbox.seq > since)
                                       .order_by(ChangeOutbox.seq).execution_options(yield_per=2000))
                for change in rows:
                    handle.write(json.dumps(line(change), ensure_ascii=False, sort_keys=True) + "\n")
                    count, last = count + 1, change.seq
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, out)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        audit.record(session, actor.name, "changes_exported", subject="change_feed",
                     payload={"since": since, "count": count, "last": last})
        return {"out": str(out), "since": since, "count": count, "last": last, "acked": state.acked_seq}


def line(change: ChangeOutbox) -> dict:
    """One change as the shop reads it (docs/change-feed.md)."""
    return {"seq": change.seq, "at": iso_z(change.at), "kind": change.kind, "customer_id": change.shop_customer_id,
            "customer_no": change.customer_no, "request": change.request_ref, "data": json.loads(change.payload)}


def ack(desk: Desk, actor: Actor, seq: int) -> dict:
    """The shop has applied every change up to `seq`: record it and close the tasks those changes carried."""
    actor.require(Permission.CHANGE_FEED)
    with desk.write() as session:
        state = _locked_state(session)
        if seq > state.last_seq:
            raise ValidationFailed("There is no change {seq} yet: the last is {last}.", seq=seq,
                                   last=state.last_seq)
        if seq < state.acked_seq:
            raise ValidationFailed("Changes up to {acked} are acknowledged already; an acknowledgement cannot "
                                   "go back.", acked=state.acked_seq)
        now = utcnow()
        tasks = session.scalars(select(Task).join(ChangeTask, ChangeTask.task_id == Task.id)
                                .where(ChangeTask.seq <= seq, Task.done_at.is_(None))).all()
        for task in tasks:
            task.done_at, task.done_by = now, actor.id
        previous = state.acked_seq
        state.acked_seq, state.acked_at = seq, now
        session.flush()
        audit.record(session, actor.name, "changes_acknowledged", subject="change_feed",
                     payload={"from": previous, "to": seq, "tasks_closed": [t.id for t in tasks]})
        return {"acked": seq, "previous": previous, "tasks_closed": [str(t.id) for t in tasks]}


def changes_of(session: Session, *, person_id: int | None = None, request_ref: str | None = None) -> dict:
    """The changes of one person or one request, each with whether it has reached the shop."""
    query = select(ChangeOutbox.seq, ChangeOutbox.kind, ChangeOutbox.at).order_by(ChangeOutbox.seq)
    if person_id is not None:
        query = query.where(ChangeOutbox.person_id == person_id)
    if request_ref is not None:
        query = query.where(ChangeOutbox.request_ref == request_ref)
    state = session.get(ChangeFeedState, 1)
    acked = state.acked_seq if state else 0
    rows = [{"seq": seq, "kind": kind, "at": at, "reached_shop": seq <= acked}
            for seq, kind, at in session.execute(query)]
    return {"changes": rows, "acked": acked, "waiting": sum(1 for r in rows if not r["reached_shop"])}


def request_changes(desk: Desk, actor: Actor, ref: str) -> dict:
    """The changes made under one request and whether each has reached the shop (the case view)."""
    actor.require(Permission.WORK_REQUESTS)
    with desk.read() as session:
        return changes_of(session, request_ref=ref.strip())


def _locked_state(session: Session) -> ChangeFeedState:
    """The state row, locked; made if missing (migration 0005 makes it; a wiped database may lack it)."""
    state = session.execute(select(ChangeFeedState).where(ChangeFeedState.id == 1).with_for_update()) \
        .scalar_one_or_none()
    if state is None:
        state = ChangeFeedState(id=1, last_seq=0, acked_seq=0)
        session.add(state)
        session.flush()
    return state


def _temporary_beside(out: Path):
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent if str(out.parent) else ".")
    except OSError as exc:
        raise ValidationFailed("Cannot write {path}: {reason}.", path=str(out), reason=exc.strerror or str(exc)) \
            from None
    return os.fdopen(fd, "w", encoding="utf-8"), name
