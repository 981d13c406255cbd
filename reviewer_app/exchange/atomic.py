"""Writing exchange files so a stick pulled out mid-write never leaves a half file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

PARTIAL_SUFFIX = ".partial"


class StagedFile:
    """A file written in full beside its final name (a fresh temporary file: a planted link in
    its place is never followed), synced and read back, then moved into place on request."""

    def __init__(self, path: Path, data: bytes, verify: Callable[[bytes], object] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX)
        self.temporary = Path(name)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            written = self.temporary.read_bytes()
            if written != data:
                raise OSError(f"{path}：写入后读回的内容与原内容不一致，请更换存储设备后重试")
            if verify is not None:
                verify(written)
        except BaseException:
            self.discard()
            raise

    def move_into_place(self) -> None:
        os.replace(self.temporary, self.path)
        directory = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes, verify: Callable[[bytes], object] | None = None) -> None:
    """Temporary file, fsync, read back and verify, rename."""
    StagedFile(path, data, verify).move_into_place()


def remove_leftovers(folder: Path, pattern: str) -> None:
    """Temporary files a crash left in `folder` (only our own: regular files, by our naming)."""
    if folder.is_dir():
        for leftover in folder.glob(f".{pattern}*{PARTIAL_SUFFIX}"):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)
