"""Files with personal data are written whole, 0600, and never over an existing one unless asked."""

import os
import stat

import pytest

from mnu_desk.private_files import FileExists, private_folder, write_private


def test_written_file_is_readable_by_its_owner_only(tmp_path):
    target = write_private(tmp_path / "extract.pdf", b"%PDF-1.7")
    assert target.read_bytes() == b"%PDF-1.7"
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600


def test_existing_file_is_refused_unless_forced(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with pytest.raises(FileExists):
        write_private(target, b"new")
    assert target.read_bytes() == b"old"
    write_private(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def test_missing_folder_fails_and_leaves_nothing(tmp_path):
    with pytest.raises(OSError):
        write_private(tmp_path / "missing" / "x.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


def test_private_folder_is_0700(tmp_path):
    folder = private_folder(tmp_path / "a" / "b")
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
