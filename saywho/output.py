"""Writing output files whole or not at all: into a temporary file beside the target, then renamed onto it.

A full disk or an interrupted run therefore never leaves a truncated file under
the target's name, and an existing file is replaced only when asked (--force).
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from saywho.errors import OutputError


def check_target(path: Path, *, force: bool) -> None:
    """Refuse, before any work is done, a target that cannot or may not be written."""
    if path.is_dir():
        raise OutputError(f"{path}: is a directory; name a file to write")
    if not path.parent.is_dir():
        raise OutputError(f"{path.parent}: no such directory")
    if path.is_file() and not force:
        raise OutputError(f"{path}: already exists; add --force to replace it")


@contextmanager
def replacing(path: Path, *, force: bool) -> Iterator[Path]:
    """A temporary path to write; on success it becomes `path`, on any error it is removed.

    A device or pipe (/dev/stdout, a FIFO) is not a file to replace: it is written directly.
    """
    check_target(path, force=force)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        with _os_errors(path):
            yield path
        return
    with _os_errors(path):
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        with _os_errors(path):
            yield temporary
            _chmod_as_new_file(temporary)
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def _os_errors(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise OutputError(f"{path}: cannot write it ({error.strerror or error})") from None


def _chmod_as_new_file(path: Path) -> None:
    """mkstemp makes the file private (0600); an output file gets the usual 0666 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o666 & ~umask)


def write_text(path: Path, text: str, *, force: bool) -> None:
    with replacing(path, force=force) as temporary:
        temporary.write_text(text, encoding="utf-8")
