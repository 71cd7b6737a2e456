"""Account closure (policy 6.2, 8): the account and what only the account holds (login, favourites, wish
lists) goes at once; bookkeeping records stay restricted until their date; the rest goes with the next
retention run. A legal hold (policy 6.1) blocks the closure's erasures."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from ..db.models import Account, Favourite, Order, Person, Request, WishList, WishListItem
from ..domain.clock import iso_z, today_stockholm, utcnow
from ..domain.errors import NotFound, ValidationFailed
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from . import audit
from . import changes as change_feed
from .context import Actor, Desk
from .erasure import active_hold, order_erasable_from, stored_fiscal_year_end


def close_account(desk: Desk, actor: Actor, customer_no: str, *, request_ref: str | None = None) -> dict:
    actor.require(Permission.WORK_REQUESTS)
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no.strip()))
        if person is None:
            raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
        if person.status != PersonStatus.ACTIVE.value:
            raise ValidationFailed("Customer {customer_no} has no open account.", customer_no=person.customer_no)
        if active_hold(session, person.id) is not None:
            raise ValidationFailed("Customer {customer_no} is under a legal hold: nothing may be erased until it "
                                   "is lifted.", customer_no=person.customer_no)
        request = None
        if request_ref:
            request = session.scalar(select(Request).where(Request.ref == request_ref.strip()))
            if request is None:
                raise NotFound("No request with reference '{ref}'.", ref=request_ref.strip())
        wish_lists = select(WishList.id).where(WishList.person_id == person.id)
        erased = {
            "wish_list_items": session.execute(delete(WishListItem).where(
                WishListItem.wish_list_id.in_(wish_lists))).rowcount,
            "wish_lists": session.execute(delete(WishList).where(WishList.person_id == person.id)).rowcount,
            "favourites": session.execute(delete(Favourite).where(Favourite.person_id == person.id)).rowcount,
            "account": session.execute(delete(Account).where(Account.person_id == person.id)).rowcount,
        }
        now = utcnow()
        person.status, person.closed_at = PersonStatus.CLOSED.value, now
        year_end = stored_fiscal_year_end(session)
        kept_orders = []
        today = today_stockholm()
        for order in session.scalars(select(Order).where(Order.person_id == person.id).order_by(Order.id)):
            until = order_erasable_from(order, year_end)
            order.restricted_to_bookkeeping, order.erasable_from = True, until
            kept_orders.append({"order_no": order.order_no, "erasable_from": until.isoformat(),
                                "reason_code": "bookkeeping" if until > today else "retention_run"})
        session.flush()
        orders = session.scalar(select(func.count()).select_from(Order).where(Order.person_id == person.id))
        audit.record(session, actor.name, "account_closed", subject=f"person:{person.customer_no}",
                     person_id=person.id, request_ref=request.ref if request else None,
                     payload={"erased": erased, "orders_kept": orders})
        change_feed.append(session, "account_closure", person, {"closed_at": iso_z(now)},
                       request_ref=request.ref if request else None)
        return {"customer_no": person.customer_no, "status": person.status, "erased": erased,
                "kept": {"orders": kept_orders}}
