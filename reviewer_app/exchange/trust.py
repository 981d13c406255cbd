"""Which secretariat a reviewer's installation trusts: keys pinned by a person, as SSH and Signal
confirm a first key. The secretariat hands out its public key file and prints its fingerprint on
the briefing paper; the reviewer imports the file and types (or compares) the fingerprint. Only
a package signed by a pinned key is opened, and returns are sealed only to a pinned key."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from reviewer_app.exchange.keys import PublicKeys
from reviewer_app.exchange.atomic import atomic_write

PUBLIC_KEY_KIND = "reviewer-app/secretariat-public-key"
TRUST_FILE = "trusted_secretariats.json"
LARGEST_KEY_FILE = 64 * 1024  # a public key file is a few hundred bytes


class TrustError(ValueError):
    """A key file or a confirmation that cannot be taken, in the user's words."""


@dataclass(frozen=True)
class TrustedSecretariat:
    name: str
    keys: PublicKeys
    pinned_at: str  # ISO time, UTC


def fingerprint_words(keys: PublicKeys) -> str:
    """The whole fingerprint in groups of four, as it is printed for people to compare."""
    full = keys.fingerprint.upper()
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


def public_key_file(name: str, keys: PublicKeys) -> bytes:
    """What the secretariat hands out: its name, its public keys and their fingerprint."""
    return json.dumps({"kind": PUBLIC_KEY_KIND, "name": name, "keys": keys.to_dict(),
                       "fingerprint": fingerprint_words(keys)}, ensure_ascii=False, indent=1).encode()


def read_public_key_file(path: Path) -> tuple[str, PublicKeys]:
    try:
        if path.stat().st_size > LARGEST_KEY_FILE:
            raise TrustError(f"{path.name}：文件过大，不是秘书处公钥文件")
        data = json.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("kind") != PUBLIC_KEY_KIND:
            raise TrustError(f"{path.name}：不是秘书处公钥文件")
        name = str(data.get("name", "")).strip()[:100]
        keys = PublicKeys.from_dict(data["keys"])
        if len(keys.signing) != 32 or len(keys.encryption) != 32:
            raise ValueError("key length")
    except TrustError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise TrustError(f"{path.name}：无法读取秘书处公钥（{type(error).__name__}）") from None
    return name or "秘书处", keys


def _plain(fingerprint: str) -> str:
    return re.sub(r"[\s:：\-]", "", fingerprint).lower()


def trusted_secretariats(folder: Path) -> list[TrustedSecretariat]:
    path = folder / TRUST_FILE
    if not path.is_file():
        return []
    try:
        entries = json.loads(path.read_bytes())
        return [TrustedSecretariat(e["name"], PublicKeys.from_dict(e["keys"]), e["pinned_at"]) for e in entries]
    except (ValueError, KeyError, TypeError) as error:
        raise TrustError(f"{path}：已信任的秘书处列表已损坏（{type(error).__name__}），请重新确认秘书处公钥") from None


def trust_secretariat(folder: Path, name: str, keys: PublicKeys, typed_fingerprint: str) -> TrustedSecretariat:
    """Pin a secretariat's key once a person has confirmed its fingerprint: the whole of it, as
    printed on the briefing paper (spaces, colons and case do not matter)."""
    if _plain(typed_fingerprint) != keys.fingerprint:
        raise TrustError("指纹与秘书处公钥不符：请逐字核对秘书处提供的书面指纹。不要信任来源不明的公钥。")
    entries = trusted_secretariats(folder)
    if any(entry.keys == keys for entry in entries):
        return next(entry for entry in entries if entry.keys == keys)
    entry = TrustedSecretariat(name, keys, datetime.now(timezone.utc).isoformat(timespec="seconds"))
    entries.append(entry)
    atomic_write(folder / TRUST_FILE, json.dumps(
        [{"name": e.name, "keys": e.keys.to_dict(), "pinned_at": e.pinned_at} for e in entries],
        ensure_ascii=False, indent=1).encode())
    return entry


def trusted_keys(folder: Path) -> list[PublicKeys]:
    return [entry.keys for entry in trusted_secretariats(folder)]


def untrusted_message(keys: PublicKeys) -> str:
    return (f"此文件不是由您确认过的秘书处签发的（签名密钥指纹 {keys.short_fingerprint}…），未打开，本机没有任何改动。"
            "请向秘书处索取其公钥文件，并按书面指纹确认后再试；如有疑问，请联系秘书处。")
