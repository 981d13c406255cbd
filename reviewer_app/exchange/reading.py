"""Opening an exchange file of an expected kind: every check before anything is used."""

from __future__ import annotations

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
SIZE_LIMITS = {"package": 8 * 1024**3, "return": 256 * 1024**2}


def open_exchange_file(path: Path, keys: KeyPair, kind: str, schema: dict[str, Any]) -> tuple[PublicKeys, dict, dict[str, bytes]]:
    """(sender, manifest, entries) after decryption, signature, archive and schema checks;
    any failure is an ExchangeError naming the file."""
    name, suffix = NAMES[kind]
    if path.is_dir():
        raise ExchangeError(path, f"这是一个文件夹，请选择{name}（{suffix}）")
    limit = SIZE_LIMITS[kind]
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)  # never more than the limit, however large the file
    except OSError as error:
        raise ExchangeError(path, f"无法读取文件：{error.strerror}") from None
    if len(data) > limit:
        raise ExchangeError(path, f"文件过大（超过 {limit // 1024**2} MB），不是本系统生成的{name}")
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
