"""Files a command writes with --out (docs/design.md section 7): whole or not at all, 0600, an existing file
refused unless --force, and a failure as one line naming the file."""

from __future__ import annotations

from pathlib import Path

from ..private_files import write_or_refuse


def add_force(parser) -> None:
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def write_out(path, content: bytes | str, *, force: bool = False) -> Path:
    return write_or_refuse(Path(path), content.encode("utf-8") if isinstance(content, str) else content,
                           force=force)
