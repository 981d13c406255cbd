"""Opening an exchange file of an expected kind: every check before anything is used."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from reviewer_app.exchange.archive import ArchiveError, read_archive
from reviewer_app.exchange.envelope import EnvelopeError, open_sealed
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair, PublicKeys
from reviewer_app.exchange.manifests import ManifestError, load_manifest

NAMES = {"package": ("评审包", ".rvwpkg"), "return": ("评分回传文件", ".rvwret")}
# Far above anything genuine (a return holds sheets and their PDFs, a few MB per reviewer;
# a package the anonymised copies of one reviewer's files), far below what would exhaust memory.
SIZE_LIMITS = {"package": 2 * 1024**3, "return": 256 * 1024**2}


def open_exchange_file(path: Path, keys: KeyPair, kind: str, schema: dict[str, Any]) -> tuple[PublicKeys, dict, dict[str, bytes]]:
    """(sender, manifest, entries) after decryption, signature, archive and schema checks;
    any failure is an ExchangeError naming the file."""
    name, suffix = NAMES[kind]
    if path.is_dir():
        raise ExchangeError(path, f"这是一个文件夹，请选择{name}（{suffix}）")
    limit = SIZE_LIMITS[kind]
    too_large = ExchangeError(path, f"文件过大（超过 {limit // 1024**2} MB），不是本系统生成的{name}")
    try:
        # Without blocking: a pipe in the file's place must not wait for a writer that never comes.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise ExchangeError(path, f"这不是普通文件（设备或管道），请选择{name}（{suffix}）")
            if os.fstat(file.fileno()).st_size > limit:
                raise too_large  # refused before a byte is read
            data = file.read(limit + 1)  # never more than the limit, even if it grows meanwhile
    except OSError as error:
        raise ExchangeError(path, f"无法读取文件：{error.strerror}") from None
    if len(data) > limit:
        raise too_large
    try:
        found, sender, payload = open_sealed(data, keys)
        del data  # a package can be hundreds of megabytes: hold it once, not in both forms
        if found != kind:
            raise ExchangeError(path, f"这是{NAMES[found][0]}，不是{name}")
        entries = read_archive(payload)
        del payload
        manifest = load_manifest(entries, schema)
    except (EnvelopeError, ArchiveError, ManifestError) as error:
        raise ExchangeError(path, str(error)) from None
    return sender, manifest, entries
