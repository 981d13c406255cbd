"""The ZIP archive inside an envelope: written deterministically, read defensively."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile

MAX_ENTRIES = 20_000
# What decompressing may add to an archive's own size. Documents, sheets and signatures (PDF,
# PNG) are stored as they are; only the manifest is deflated, a few megabytes at most (a
# provincial reviewer's return: under one). A padded or bombed archive adds gigabytes.
MAX_EXPANSION = 64 * 1024**2
MAX_JSON_ENTRY = 8 * 1024**2  # a manifest: parsed whole, so its size bounds memory and time
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


# Names an entry may not have on any system its files are written to: Windows' reserved device
# names (with any extension), characters Windows refuses, control characters.
RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)", re.IGNORECASE)
FORBIDDEN_CHARACTERS = re.compile(r'[<>:"|?*\\\x00-\x1f\x7f]')
MAX_SEGMENT, MAX_NAME = 100, 240


def _check_name(name: str) -> None:
    segments = name.split("/")
    if (not name or len(name) > MAX_NAME or FORBIDDEN_CHARACTERS.search(name)
            or any(not part or part in (".", "..") or len(part) > MAX_SEGMENT or part != part.rstrip(". ")
                   or RESERVED.match(part) for part in segments)):
        raise ArchiveError(f"压缩包中有不安全的路径（或在某些系统上不能用的文件名）：{name[:80]!r}")


def alias_key(name: str) -> str:
    """What two names share if they would be one file somewhere: Windows and macOS ignore case,
    macOS normalises Unicode."""
    return unicodedata.normalize("NFC", name).casefold()


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
    seen: dict[str, str] = {}
    for info in infos:
        _check_name(info.filename.rstrip("/") if info.is_dir() else info.filename)
        key = alias_key(info.filename)
        if key in seen:
            raise ArchiveError(f"压缩包中有重复的条目：{info.filename}（与 {seen[key]} 是同一个文件）")
        seen[key] = info.filename
    declared = sum(info.file_size for info in infos)
    expansion = sum(max(0, info.file_size - info.compress_size) for info in infos)
    if declared > max_total or expansion > MAX_EXPANSION:
        raise ArchiveError(f"压缩包声明解压后有 {declared} 字节，比其自身大出 {expansion // 1024**2} MB（可能是压缩炸弹）")
    for info in infos:
        if info.filename.endswith(".json") and info.file_size > MAX_JSON_ENTRY:
            raise ArchiveError(f"压缩包中的 {info.filename} 有 {info.file_size // 1024**2} MB，"
                               f"超过 {MAX_JSON_ENTRY // 1024**2} MB 的上限，不是本系统生成的文件")
    entries: dict[str, bytes] = {}
    total = 0
    try:
        for info in infos:
            if info.is_dir():
                continue
            with archive.open(info) as stream:
                chunks, size = [], 0
                while chunk := stream.read(1024 * 1024):
                    total, size = total + len(chunk), size + len(chunk)
                    if total > declared or size > info.file_size:
                        raise ArchiveError("压缩包解压后的大小超过其声明的大小（可能是压缩炸弹）")
                    chunks.append(chunk)
            entries[info.filename] = b"".join(chunks)
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        if isinstance(error, ArchiveError):
            raise
        raise ArchiveError(f"压缩包内容已损坏：{error}") from None
    return entries
