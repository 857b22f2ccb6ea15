"""Write output files whole or not at all, and never replace what is not a regular file.

A regular file (or a path where nothing is yet) is written to a temporary file
beside it, then renamed over it: a run that is interrupted or fails half-way
never leaves a truncated report, claims file or baseline behind (issue 7). A
symbolic link is followed to the file it names, so the link stays a link. A
character device or a named pipe (``/dev/stdout``, ``/dev/null``, a FIFO) is
written to directly, never replaced; anything else (a folder, a socket, a block
device) is refused with an :class:`OSError` naming the user's path (issue 15).

>>> import tempfile, pathlib
>>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> write_text(target, "done\\n")
>>> target.read_text()
'done\\n'
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from claimcheck._rx import compile_pattern

#: Prefixes of paths that name the process's own streams or devices: written to in place, never renamed over.
_IN_PLACE_PREFIXES = ("/dev/", "/proc/")
_OWN_STREAM = compile_pattern(r"/dev/(stdout|stderr)|/dev/fd/(\d+)|/proc/self/fd/(\d+)")


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (directly to a device or pipe)."""
    write_bytes(path, text.encode("utf-8", errors="replace"))


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (directly to a device or pipe)."""

    def dump(tmp: Path) -> None:
        tmp.write_bytes(data)

    write_with(path, dump)


def write_with(path: str | os.PathLike[str], dump: Callable[[Path], None]) -> None:
    """Call ``dump(tmp)`` to fill a temporary file, then put it at ``path`` by the kind of thing ``path`` is.

    For writers that want a path (``DataFrame.to_parquet``). A regular file is
    replaced by a rename (on any error the temporary file is removed and
    ``path`` is left as it was); a device or pipe receives the bytes directly.
    """
    given = Path(path)
    target = resolve_target(given)
    if target is None:
        _write_in_place(given, dump)
        return
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _naming(exc, given) from None
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
        raise _naming(exc, given) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def resolve_target(path: Path) -> Path | None:
    """Where an atomic write of ``path`` renames to (links followed), or None to write to ``path`` in place.

    Raises :class:`OSError` naming ``path`` for what can be neither replaced nor written:
    a folder, a socket, a block device, a symbolic-link loop.
    """
    text = os.fspath(path)
    try:
        real = Path(os.path.realpath(text, strict=False))
    except (OSError, RuntimeError):  # a symbolic-link loop on some Pythons
        raise OSError(errno.ELOOP, "too many levels of symbolic links", text) from None
    if text.startswith(_IN_PLACE_PREFIXES) or str(real).startswith(_IN_PLACE_PREFIXES):
        if os.path.isdir(real):
            raise OSError(errno.EISDIR, os.strerror(errno.EISDIR), text)
        return None  # /dev/stdout, /proc/self/fd/1: the caller's stream, written where it is
    try:
        info = os.stat(real)
    except FileNotFoundError:
        return real  # nothing there yet (or a dangling link): create the file it names
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "too many levels of symbolic links", text) from None
        raise _naming(exc, path) from None
    mode = info.st_mode
    if stat.S_ISREG(mode):
        return real
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return None
    if stat.S_ISDIR(mode):
        raise OSError(errno.EISDIR, os.strerror(errno.EISDIR), text)
    kind = "a socket" if stat.S_ISSOCK(mode) else "a block device" if stat.S_ISBLK(mode) else "not a regular file"
    raise OSError(errno.EINVAL, f"is {kind}; write to a regular file, a pipe or a character device", text)


def _write_in_place(path: Path, dump: Callable[[Path], None]) -> None:
    """Fill a temporary file, then copy it into the device or pipe at ``path`` (never replacing it)."""
    text = os.fspath(path)
    with tempfile.TemporaryDirectory(prefix="claimcheck-") as folder:
        tmp = Path(folder) / (path.name or "out")
        dump(tmp)
        try:
            fd = _open_for_writing(text)
        except OSError as exc:
            raise _naming(exc, path) from None
        try:
            with open(tmp, "rb") as source, os.fdopen(fd, "wb", closefd=True) as sink:
                shutil.copyfileobj(source, sink)
        except OSError as exc:
            raise _naming(exc, path) from exc


def _open_for_writing(text: str) -> int:
    """Open a device or pipe for writing; a named pipe nobody reads is an error, not a wait for ever.

    The process's own streams (``/dev/stdout``, ``/dev/fd/N``, ``/proc/self/fd/N``) are duplicated,
    so a redirection's offset and append mode are kept.
    """
    own = _OWN_STREAM.fullmatch(text)
    if own:
        name, fd_number, proc_number = own.groups()
        return os.dup({"stdout": 1, "stderr": 2}[name] if name else int(fd_number or proc_number))
    try:
        info = os.stat(text)
    except OSError:
        info = None
    if info is not None and stat.S_ISFIFO(info.st_mode):
        try:
            fd = os.open(text, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno == errno.ENXIO:
                raise OSError(errno.ENXIO, "a named pipe that no process is reading", text) from None
            raise
        os.set_blocking(fd, True)
        return fd
    flags = os.O_WRONLY | (os.O_TRUNC if info is not None and stat.S_ISREG(info.st_mode) else 0)
    if info is None:
        flags |= os.O_CREAT
    return os.open(text, flags, 0o666)


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


def read_regular_text(path: str | os.PathLike[str]) -> str:
    """The UTF-8 text of a settings file (configuration, baseline, reference), which must be a regular file.

    A named pipe or device could block the run for ever, a folder is a mistake:
    each is an :class:`OSError` naming ``path`` rather than a wait or a traceback (issue 15).
    """
    text = os.fspath(path)
    info = os.stat(text)  # FileNotFoundError and the rest name the path already
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe, socket or device"
        raise OSError(errno.EINVAL, f"is {kind}, not a regular file", text)
    with open(text, encoding="utf-8") as handle:
        return handle.read()
