"""Worker processes that end with the process that started them."""

from __future__ import annotations

import os
import signal
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """End this worker when `parent` ends, even by SIGKILL, which runs no clean-up.

    Otherwise each worker (a loaded pipeline, ~200 MB) lives on with nothing to do. On
    Linux the kernel sends SIGKILL when the parent dies; elsewhere, or should that fail,
    a thread notices within a second that the parent is gone. With the workers gone,
    multiprocessing's resource tracker sees its pipe close and ends too.
    """
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux
        pass
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="saywho-watch-parent", daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)
