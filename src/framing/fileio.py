"""Reading user files defensively and writing files without ever leaving half of one."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import InputError

MAX_BYTES = 5_000_000  # a news article is kilobytes; anything this large is not one


def read_bytes(path: str | Path, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``; InputError when it is missing, empty or too large."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: {size:,} bytes is too large for an article (limit {max_bytes:,})")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return data


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The UTF-8 text of ``path``; InputError when missing, empty, too large, binary or not
    UTF-8."""
    data = read_bytes(path, max_bytes=max_bytes)
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); re-save it as UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def umask() -> int:
    """The process's file-creation mask (read without changing it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block succeeds it is renamed to
    ``target``, when it fails it is removed, so ``target`` is never half-written."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o666 & ~umask())
    try:
        yield Path(tmp)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_text_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """Write ``text`` to ``path`` atomically; refuse to overwrite an existing file unless
    ``force``."""
    path = Path(path)
    if path.exists() and not force:
        raise InputError(f"{path} already exists; use --force to overwrite it")
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path
