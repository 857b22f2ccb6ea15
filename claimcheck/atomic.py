"""Write output files whole or not at all: a temporary file beside the target, then a rename.

A run that is interrupted or fails half-way never leaves a truncated report,
claims file or baseline behind (issue 7).

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> write_text(target, "done\\n")
>>> target.read_text()
'done\\n'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    write_bytes(path, text.encode("utf-8", errors="replace"))


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically."""

    def dump(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_with(path, dump)


def write_with(path: str | os.PathLike[str], dump: Callable[[Path], None]) -> None:
    """Call ``dump(tmp)`` to fill a temporary file beside ``path``, then rename it over ``path``.

    For writers that want a path (``DataFrame.to_parquet``). On any error the
    temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _naming(exc, target) from None
    os.close(fd)
    tmp = Path(name)
    try:
        dump(tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _naming(exc, target) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _naming(exc: OSError, target: Path) -> OSError:
    """The same error, naming the file the user asked for rather than the temporary one."""
    if exc.errno is None:
        return exc
    return type(exc)(exc.errno, exc.strerror, str(target))


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0o666 less the umask."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
