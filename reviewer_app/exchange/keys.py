"""This installation's key pair: Ed25519 to sign, X25519 to receive encrypted files.

The private keys rest on disk encrypted with AES-256-GCM under a key derived from the
passphrase by scrypt; all primitives come from the `cryptography` library.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

KEY_FORMAT = "reviewer-app-key/1"
SCRYPT_N = 2**15  # about 0.1 s here: slow for guessing, quick for the one person who knows it


class WrongPassphrase(ValueError):
    pass


class KeyFileError(ValueError):
    pass


@dataclass(frozen=True)
class PublicKeys:
    signing: bytes  # raw Ed25519 public key
    encryption: bytes  # raw X25519 public key

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.signing + self.encryption).hexdigest()

    @property
    def short_fingerprint(self) -> str:
        full = self.fingerprint
        return " ".join(full[i : i + 4] for i in range(0, 16, 4)).upper()

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing).verify(signature, data)
        except InvalidSignature:
            return False
        return True

    def to_dict(self) -> dict[str, str]:
        return {"signing": self.signing.hex(), "encryption": self.encryption.hex()}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> PublicKeys:
        return cls(bytes.fromhex(data["signing"]), bytes.fromhex(data["encryption"]))


def _raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _public_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass(frozen=True)
class KeyPair:
    signing: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(_public_raw(self.signing), _public_raw(self.encryption))

    def sign(self, data: bytes) -> bytes:
        return self.signing.sign(data)


def _kdf(salt: bytes, n: int) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=n, r=8, p=1)


def seal(keys: KeyPair, passphrase: str, n: int = SCRYPT_N) -> bytes:
    if not passphrase:
        raise WrongPassphrase("口令不能为空")
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = _kdf(salt, n).derive(passphrase.encode("utf-8"))
    sealed = AESGCM(secret).encrypt(nonce, _raw(keys.signing) + _raw(keys.encryption), KEY_FORMAT.encode())
    record = {
        "format": KEY_FORMAT,
        "kdf": {"name": "scrypt", "n": n, "r": 8, "p": 1, "salt": base64.b64encode(salt).decode()},
        "nonce": base64.b64encode(nonce).decode(),
        "sealed": base64.b64encode(sealed).decode(),
        "public": keys.public.to_dict(),
    }
    return json.dumps(record, indent=2).encode("utf-8")


def unseal(blob: bytes, passphrase: str) -> KeyPair:
    try:
        record = json.loads(blob)
        if record.get("format") != KEY_FORMAT:
            raise KeyFileError("不是本系统的密钥文件")
        salt = base64.b64decode(record["kdf"]["salt"])
        nonce = base64.b64decode(record["nonce"])
        sealed = base64.b64decode(record["sealed"])
        n = int(record["kdf"]["n"])
    except (ValueError, KeyError, TypeError) as error:
        raise KeyFileError(f"密钥文件已损坏：{error}") from None
    secret = _kdf(salt, n).derive(passphrase.encode("utf-8"))
    try:
        raw = AESGCM(secret).decrypt(nonce, sealed, KEY_FORMAT.encode())
    except InvalidTag:
        raise WrongPassphrase("口令不正确") from None
    return KeyPair(Ed25519PrivateKey.from_private_bytes(raw[:32]), X25519PrivateKey.from_private_bytes(raw[32:]))


def public_keys_of(path: Path) -> PublicKeys:
    """The public half of a key file: readable without the passphrase."""
    return PublicKeys.from_dict(json.loads(path.read_bytes())["public"])


def create_key_file(path: Path, passphrase: str, n: int = SCRYPT_N) -> KeyPair:
    keys = KeyPair.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(seal(keys, passphrase, n))
    os.replace(temporary, path)
    return keys


def open_key_file(path: Path, passphrase: str) -> KeyPair:
    try:
        blob = path.read_bytes()
    except OSError as error:
        raise KeyFileError(f"{path}：无法读取密钥文件：{error.strerror}") from None
    return unseal(blob, passphrase)
