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


def open_exchange_file(path: Path, keys: KeyPair, kind: str, schema: dict[str, Any]) -> tuple[PublicKeys, dict, dict[str, bytes]]:
    """(sender, manifest, entries) after decryption, signature, archive and schema checks;
    any failure is an ExchangeError naming the file."""
    name, suffix = NAMES[kind]
    if path.is_dir():
        raise ExchangeError(path, f"这是一个文件夹，请选择{name}（{suffix}）")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ExchangeError(path, f"无法读取文件：{error.strerror}") from None
    try:
        found, sender, payload = open_sealed(data, keys)
        if found != kind:
            raise ExchangeError(path, f"这是{NAMES[found][0]}，不是{name}")
        entries = read_archive(payload)
        manifest = load_manifest(entries, schema)
    except (EnvelopeError, ArchiveError, ManifestError) as error:
        raise ExchangeError(path, str(error)) from None
    return sender, manifest, entries
