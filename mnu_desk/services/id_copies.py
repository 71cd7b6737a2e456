"""Copies of ID documents (docs/design.md "Signed letter and identity"): an ID copy carries what the policy does
not collect (personnummer, photo), so its content is deleted the moment the identity check is recorded, and an
erasure deletes any still left. The attachment's row stays with its hash and `deleted_at`, as the record that a
copy was received and deleted."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..db.models import Request, RequestAttachment
from ..domain.clock import utcnow

ID_COPY = "id_copy"


def delete_id_copies(session: Session, *, request_id: int | None = None, person_id: int | None = None) -> int:
    """Delete the content of the ID copies of one request, or of every request of one person, inside the
    caller's transaction; returns how many were deleted."""
    if (request_id is None) == (person_id is None):
        raise ValueError("give either request_id or person_id")
    requests = [request_id] if request_id is not None else select(Request.id).where(Request.person_id == person_id)
    result = session.execute(
        update(RequestAttachment)
        .where(RequestAttachment.kind == ID_COPY, RequestAttachment.deleted_at.is_(None),
               RequestAttachment.request_id.in_(requests))
        .values(content=None, deleted_at=utcnow())
        .execution_options(synchronize_session="fetch"))
    return result.rowcount
