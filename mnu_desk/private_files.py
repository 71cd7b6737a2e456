"""Files the desk writes for a person's eyes only (extracts, letters, exports, the SQLite file): created
readable by the owner alone (0600, folders 0700), written whole or not at all (a temporary file in the same
folder, fsync, rename), and never over an existing file unless asked. A failed write leaves nothing behind,
so a caller can record its work only after the file is there."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from .domain.errors import ValidationFailed

FILE_MODE = 0o600
FOLDER_MODE = 0o700
READ_LIMIT = 20 * 1024 * 1024  # a scan's limit, and more than any key or extract the desk reads


class FileExists(FileExistsError):
    """The target exists and the caller did not ask to replace it."""


def private_folder(path: Path) -> Path:
    """Make `path` (and missing parents) with mode 0700; an existing folder keeps its mode."""
    path = Path(path)
    missing = [folder for folder in [path, *path.parents] if not folder.exists()]
    for folder in reversed(missing):  # mkdir(parents=True) would give the parents the umask's mode
        folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
    return path


def write_private(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write `data` to `path` atomically with mode 0600. Raises FileExists when `path` exists and `force` is
    false, and OSError (missing folder, full disk, no permission) with nothing left behind."""
    path = Path(path)
    if not force and (path.exists() or path.is_symlink()):
        raise FileExists(str(path))
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        # mkstemp creates 0600 already; said again so a umask or platform never widens it
        os.fchmod(descriptor, FILE_MODE) if hasattr(os, "fchmod") else None
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _fsync_folder(folder)
    return path


def write_or_refuse(path: Path, data: bytes, *, force: bool = False) -> Path:
    """write_private() for a command or a service: an existing file or a failed write is a refusal in the
    user's language naming the file (docs/design.md section 7)."""
    try:
        return write_private(Path(path), data, force=force)
    except FileExists:
        raise ValidationFailed("'{path}' exists already; give --force to replace it.", path=str(path)) from None
    except OSError as exc:
        raise ValidationFailed("Cannot write '{path}': {reason}.", path=str(path),
                               reason=exc.strerror or str(exc)) from None


def _fsync_folder(folder: Path) -> None:
    """The rename itself survives a power cut only once the folder is flushed (POSIX; Windows has no need)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_regular(path, *, limit: int = READ_LIMIT) -> bytes:
    """The bytes of a file a person named (a scan, a key, an extract to verify). Only a regular file: a FIFO
    would block for ever and /dev/zero never ends, so the file is opened without waiting for a writer, checked
    by what it is, and read to at most `limit` bytes however large it claims to be. Every failure is one
    ValidationFailed naming the file."""
    name = os.fsdecode(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ValidationFailed("Cannot read '{path}': {reason}.", path=name, reason=exc.strerror or str(exc)) \
            from None
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise ValidationFailed("'{path}' is not a regular file (a folder, a device or a pipe); choose a file.",
                               path=name)
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise ValidationFailed("Cannot read '{path}': {reason}.", path=name,
                                   reason=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise ValidationFailed("'{path}' is larger than {size} MB; it cannot be read.", path=name,
                               size=limit // (1024 * 1024))
    return data
