"""A process that has imported the whole command line once and then runs each command in a fork of itself,
so that tests/test_fault_kill.py can kill a command (SIGKILL) at a random moment of its own work rather than
of Python's start-up, dozens of times in seconds. POSIX only.

Protocol, one JSON object a line on stdin, one answer a line on stdout:
  {"run": [ARGV...], "out": FILE}  -> {"pid": PID}      the command runs in a child, its output in FILE
  {"wait": PID}                    -> {"status": N}     N: the exit code, or -SIGNAL when it was killed

Usage: fork_server.py [IMPORT_BATCH]  (rows per import transaction; a small one puts several commits
inside the few hundred milliseconds a test import takes, so that a kill also lands between them)"""

from __future__ import annotations

import json
import os
import sys

# everything the commands load, loaded once here (the extract's PDF and signature libraries too)
import mnu_desk.extract.pdf  # noqa: F401
import mnu_desk.extract.sign  # noqa: F401
import mnu_desk.services.erasure  # noqa: F401
import mnu_desk.services.extracts  # noqa: F401
import mnu_desk.services.imports  # noqa: F401
from mnu_desk.cli.main import main


def child(argv: list[str], out: str) -> None:
    descriptor = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(descriptor, 1)
    os.dup2(descriptor, 2)
    try:
        code = main(argv)
    except BaseException:  # noqa: BLE001 - a traceback is a failure the test reads in FILE
        import traceback

        traceback.print_exc()
        code = 99
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        if "run" in request:
            pid = os.fork()
            if pid == 0:
                child(request["run"], request["out"])
            answer = {"pid": pid}
        else:
            _, status = os.waitpid(request["wait"], 0)
            answer = {"status": os.waitstatus_to_exitcode(status)}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mnu_desk.services.imports.import_file.__kwdefaults__["batch_size"] = int(sys.argv[1])
    serve()
