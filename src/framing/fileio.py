"""Reading user files defensively and writing files without ever leaving half of one."""

from __future__ import annotations

import codecs
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from framing.errors import InputError

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


def _encoding(data: bytes) -> str:
    """The encoding of a text file's bytes: UTF-32 or UTF-16 by their byte-order mark, UTF-16
    without one when every other byte is NUL (mostly-ASCII text), UTF-8 otherwise (a UTF-8
    byte-order mark dropped)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(data) % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if odd > len(data) // 4 and not even:
            return "utf-16-le"
        if even > len(data) // 4 and not odd:
            return "utf-16-be"
    return "utf-8-sig"


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of ``path`` (UTF-8, or UTF-16 or UTF-32 as Windows tools save it); InputError
    when missing, empty, too large, binary or not valid text."""
    data = read_bytes(path, max_bytes=max_bytes)
    encoding = _encoding(data)
    if encoding == "utf-8-sig" and b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper().removesuffix("-SIG")
        raise InputError(f"{path}: not {name} text (byte {exc.start}); "
                         "re-save it as UTF-8") from None
    if "\x00" in text:
        raise InputError(f"{path}: looks like a binary file, not text")
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def umask() -> int:
    """The process's file-creation mask (read without changing it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: str | Path, *, replace: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block succeeds it becomes ``target``,
    when it fails it is removed, so ``target`` is never half-written. With ``replace=False`` it
    becomes ``target`` only if there is none (InputError otherwise), decided atomically: of two
    writers racing for one name, exactly one wins."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, 0o666 & ~umask())
    try:
        yield Path(tmp)
        if replace:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)  # fails if target exists, unlike a rename
            except FileExistsError:
                raise InputError(f"{target} already exists; use --force to overwrite it") from None
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_bytes_atomic(path: str | Path, data: bytes, *, force: bool = False) -> Path:
    """``path``, with ``data`` written to it atomically; InputError if it exists, unless
    ``force``."""
    path = Path(path)
    with atomic_path(path, replace=force) as tmp:
        tmp.write_bytes(data)
    return path


def write_text_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """``path``, with ``text`` written to it atomically as UTF-8; InputError if it exists,
    unless ``force``."""
    return write_bytes_atomic(path, text.encode("utf-8"), force=force)
