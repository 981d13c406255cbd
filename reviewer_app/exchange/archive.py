"""The ZIP archive inside an envelope: written deterministically, read defensively."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

MAX_ENTRIES = 20_000
MAX_RATIO = 50  # PDFs and JSON compress far less than this; a bomb compresses far more
FIXED_TIME = (2000, 1, 1, 0, 0, 0)


class ArchiveError(ValueError):
    pass


# PDFs (compressed streams, JPEG scans) and PNGs are compressed already: deflating them again
# saved a few per cent and made building a package a fraction of the disk's speed (13 MB/s).
STORED_SUFFIXES = (".pdf", ".png")


def build_archive(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name.endswith(STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
            archive.writestr(info, entries[name])
    return buffer.getvalue()


def _check_name(name: str) -> None:
    path = PurePosixPath(name)
    if not name or name.startswith("/") or "\\" in name or ":" in name or path.is_absolute() or ".." in path.parts:
        raise ArchiveError(f"压缩包中有不安全的路径：{name!r}")


class _BufferReader(io.RawIOBase):
    """A seekable file over bytes already in memory, without the copy io.BytesIO makes of
    anything but a bytes object."""

    def __init__(self, data: bytes | memoryview) -> None:
        self._data, self._position = memoryview(data), 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, target) -> int:  # noqa: ANN001
        chunk = self._data[self._position:self._position + len(target)]
        target[:len(chunk)] = chunk
        self._position += len(chunk)
        return len(chunk)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._data)}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._position = base + offset
        return self._position

    def tell(self) -> int:
        return self._position


def read_archive(data: bytes | memoryview, max_total: int = 2 * 1024**3) -> dict[str, bytes]:
    """Every entry's bytes. Refuses unsafe paths, duplicate names, and archives that would
    expand far beyond their own size (a compression bomb) or past max_total; reading also
    stops at the sizes the archive declares, whatever its headers claim."""
    try:
        archive = zipfile.ZipFile(io.BufferedReader(_BufferReader(data)))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ArchiveError(f"内容不是有效的压缩包：{error}") from None
    if len(infos) > MAX_ENTRIES:
        raise ArchiveError(f"压缩包条目过多（{len(infos)}）")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        duplicate = next(n for n in names if names.count(n) > 1)
        raise ArchiveError(f"压缩包中有重复的条目：{duplicate}")
    for name in names:
        _check_name(name)
    declared = sum(info.file_size for info in infos)
    if declared > max_total or declared > MAX_RATIO * max(len(data), 1024 * 1024):
        raise ArchiveError(f"压缩包声明解压后有 {declared} 字节，远超其自身大小（可能是压缩炸弹）")
    entries: dict[str, bytes] = {}
    total = 0
    try:
        for info in infos:
            if info.is_dir():
                continue
            with archive.open(info) as stream:
                chunks = []
                while chunk := stream.read(1024 * 1024):
                    total += len(chunk)
                    if total > declared:
                        raise ArchiveError("压缩包解压后的大小超过其声明的大小（可能是压缩炸弹）")
                    chunks.append(chunk)
            entries[info.filename] = b"".join(chunks)
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        if isinstance(error, ArchiveError):
            raise
        raise ArchiveError(f"压缩包内容已损坏：{error}") from None
    return entries
