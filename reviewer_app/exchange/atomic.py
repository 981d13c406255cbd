"""Writing exchange files so a stick pulled out mid-write never leaves a half file behind."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable


def atomic_write(path: Path, data: bytes, verify: Callable[[bytes], object] | None = None) -> None:
    """Temporary file, fsync, rename; then read back what landed and verify it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.partial")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    written = path.read_bytes()
    if written != data:
        raise OSError(f"{path}：写入后读回的内容与原内容不一致，请更换存储设备后重试")
    if verify is not None:
        verify(written)
