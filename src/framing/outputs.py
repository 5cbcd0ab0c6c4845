"""Output folders that a command owns: claimed under a lock, marked, replaced without loss.

``framing corpus`` and ``framing report`` each write a whole folder. ``--force`` lets them
replace an earlier output of their own and nothing else: the folder must hold the command's
marker file, and it may never be the filesystem root, the home folder, the project, the working
directory or a folder that holds the inputs. The new output is built in a hidden folder beside the
target; then the old output is moved aside, the new one renamed in, and only then the old one
deleted, so an interrupted run leaves the old output or the new one, never neither.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from framing.errors import InputError
from framing.paths import project_root


def check_target(out: Path, marker: str, *, what: str, force: bool,
                 inputs: Iterable[Path] = ()) -> None:
    """InputError unless ``out`` is free, or (with ``force``) an earlier ``what`` of this
    command (a folder holding ``marker``) that holds none of ``inputs``."""
    if not (out.exists() or out.is_symlink()):
        return
    if out.is_symlink() or not out.is_dir():
        raise InputError(f"{out} exists and is not a folder; choose another --out")
    real = out.resolve()
    precious = (Path.home(), project_root(), Path.cwd(), *inputs)
    if any(p.resolve().is_relative_to(real) for p in precious):
        raise InputError(f"{out} holds the project, your home or the inputs; choose a new folder "
                         "for --out")
    if not (out / marker).is_file():
        raise InputError(f"{out} exists and is not a framing {what}; choose another --out "
                         f"(--force replaces only an earlier {what})")
    if not force:
        raise InputError(f"{out} already exists; use --force to replace it")


def _lock(fd: int) -> None:
    """Take an exclusive lock on the open file ``fd`` without waiting (OSError when taken)."""
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


@contextmanager
def _claim(out: Path) -> Iterator[None]:
    """Hold ``.<name>.lock`` beside ``out`` for the block; InputError when another run holds it.
    The operating system drops the lock when a process dies, so no stale lock outlives a crash."""
    lock = out.parent / f".{out.name}.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            _lock(fd)
            if os.fstat(fd).st_ino != os.stat(lock).st_ino:  # unlinked by a run that finished
                raise OSError("stale lock file")
        except OSError:
            raise InputError(f"another framing run is writing {out}; wait for it to finish"
                             ) from None
        try:
            yield
        finally:
            lock.unlink(missing_ok=True)
    finally:
        os.close(fd)


def _swap_in(new: Path, out: Path) -> None:
    """Rename ``new`` to ``out``; an existing ``out`` is moved aside first and deleted last."""
    if not out.exists():
        try:
            os.rename(new, out)
        except OSError:
            raise InputError(f"{out} appeared while this run was writing; nothing replaced")
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    os.rename(out, old / "output")
    try:
        os.rename(new, out)
    except BaseException:
        os.rename(old / "output", out)
        old.rmdir()
        raise
    shutil.rmtree(old)


@contextmanager
def owned_output(out: str | Path, marker: str, *, what: str, force: bool = False,
                 inputs: Iterable[Path] = ()) -> Iterator[Path]:
    """Yield a path in a hidden folder beside ``out`` for the block to create the output at
    (a folder). When the block ends without error, the output gets ``marker`` and replaces
    ``out``; otherwise it is deleted and ``out`` is untouched. InputError before the block when
    ``out`` may not be written."""
    out = Path(out).absolute()
    inputs = list(inputs)
    check_target(out, marker, what=what, force=force, inputs=inputs)
    out.parent.mkdir(parents=True, exist_ok=True)
    with _claim(out):
        check_target(out, marker, what=what, force=force, inputs=inputs)  # now under the lock
        work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        try:
            new = work / "output"
            yield new
            (new / marker).write_text(f"written by framing; --force may replace this {what}\n",
                                      encoding="utf-8")
            _swap_in(new, out)
        finally:
            shutil.rmtree(work, ignore_errors=True)
