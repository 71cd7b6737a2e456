"""Scanned letters and proofs of identity: PDF, JPEG or PNG up to 20 MB, recognised by their content (a
file that only claims to be a PDF by its name is refused)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .errors import ValidationFailed
from .text import BIDI_CONTROLS

MAX_BYTES = 20 * 1024 * 1024
ATTACHMENT_KINDS = ("letter", "id_copy", "other")


@dataclass(frozen=True)
class CheckedFile:
    filename: str
    media_type: str
    content: bytes
    sha256: str


def sniff(content: bytes) -> str | None:
    """The media type the content really has, judged by its structure, not its name."""
    if content.startswith(b"%PDF-") and b"%%EOF" in content[-2048:]:
        return "application/pdf"
    if content.startswith(b"\xff\xd8\xff") and content.rstrip(b"\x00").endswith(b"\xff\xd9"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n") and content[12:16] == b"IHDR" and b"IEND" in content[-16:]:
        return "image/png"
    return None


def _shown_name(name: str) -> str:
    """A file name as it is kept and shown: bytes that were not UTF-8 (they reach Python as lone
    surrogates) become U+FFFD, control and direction characters an underscore."""
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join("_" if not ch.isprintable() or ch in BIDI_CONTROLS else ch for ch in name)


def check_file(filename: str, content: bytes) -> CheckedFile:
    name = _shown_name((filename or "").replace("\\", "/").rsplit("/", 1)[-1]).strip() or "scan"
    if len(content) > MAX_BYTES:
        raise ValidationFailed("'{name}' is {size} MB; a scan may be at most 20 MB.", name=name,
                               size=f"{len(content) / 1024 / 1024:.1f}")
    if not content:
        raise ValidationFailed("'{name}' is empty.", name=name)
    media_type = sniff(content)
    if media_type is None:
        raise ValidationFailed("'{name}' is not a PDF, JPEG or PNG file (its content says otherwise, "
                               "whatever its name).", name=name)
    return CheckedFile(name[:255], media_type, content, hashlib.sha256(content).hexdigest())
