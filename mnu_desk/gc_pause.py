"""Python's cycle collector held off while a large document is made. Laying out a heavy register extract
creates a few hundred thousand short-lived lists and dicts; each time enough are made the collector walks
every object still alive (the record's 20 000 rows among them), which cost a third of the extract's time.
Reference counting still frees everything at once; only cycles wait for the collector's next ordinary run
after the block."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:  # a block inside another, or in a program that turned it off, leaves it as it was
            gc.enable()
