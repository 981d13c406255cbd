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
# scrypt's cost: 256 MiB of memory and, measured on the 2-core reference machine, about 1 s per
# guess (N=2^18 alone was 0.5 s; p=2 doubles the time without doubling the memory). Slow for
# anyone guessing offline, once per signing for the one person who knows the passphrase.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**18, 8, 2
# What a key file may ask for when it is opened: a hostile file cannot make us allocate more.
MAX_N, MAX_R, MAX_P = 2**20, 16, 16
MIN_PASSPHRASE = 8  # counted with a Chinese character as two
COMMON_PASSPHRASES = frozenset({
    "12345678", "123456789", "1234567890", "87654321", "11111111", "88888888", "66666666", "00000000",
    "password", "password1", "passw0rd", "qwertyui", "qwerty123", "1qaz2wsx", "a1b2c3d4", "abc12345",
    "abcd1234", "iloveyou", "woaini1314", "5201314520", "admin123", "admin888", "root1234", "welcome1",
    "letmein1", "zxcvbnm1", "huanbao123", "zhifa123", "pingcha123",
})


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


def _kdf(salt: bytes, n: int, r: int = SCRYPT_R, p: int = SCRYPT_P) -> Scrypt:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p)


class WeakPassphrase(WrongPassphrase):
    """A passphrase too short to protect a signing key."""


def passphrase_length(passphrase: str) -> int:
    # A Chinese character carries far more than a letter: counting it as two is conservative.
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in passphrase)


def passphrase_problem(passphrase: str) -> str | None:
    """Why the passphrase may not protect a new key, or None."""
    if passphrase_length(passphrase) < MIN_PASSPHRASE:
        return f"口令太短：至少 {MIN_PASSPHRASE} 个字符（一个汉字算两个）"
    if passphrase != passphrase.strip():
        return "口令首尾不能有空格"
    return None


def passphrase_warning(passphrase: str) -> str | None:
    """Why an acceptable passphrase is still easy to guess, or None."""
    lowered = passphrase.lower()
    if lowered in COMMON_PASSPHRASES or len(set(passphrase)) <= 2:
        return "这是很常见或很简单的口令，容易被猜中；建议换一个只有您知道的句子"
    if lowered.isdigit() and len(passphrase) <= 11:
        return "纯数字口令（如日期、电话号码）容易被猜中；建议加入文字"
    return None


def kdf_description(n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    return f"scrypt N=2^{n.bit_length() - 1}, r={r}, p={p}（约 {n * r * 128 // 1024**2} MB 内存）"


def seal(keys: KeyPair, passphrase: str, n: int = SCRYPT_N, p: int = SCRYPT_P) -> bytes:
    if not passphrase:
        raise WrongPassphrase("口令不能为空")
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = _kdf(salt, n, SCRYPT_R, p).derive(passphrase.encode("utf-8"))
    sealed = AESGCM(secret).encrypt(nonce, _raw(keys.signing) + _raw(keys.encryption), KEY_FORMAT.encode())
    record = {
        "format": KEY_FORMAT,
        "kdf": {"name": "scrypt", "n": n, "r": SCRYPT_R, "p": p, "salt": base64.b64encode(salt).decode()},
        "nonce": base64.b64encode(nonce).decode(),
        "sealed": base64.b64encode(sealed).decode(),
        "public": keys.public.to_dict(),
    }
    return json.dumps(record, indent=2).encode("utf-8")


def unseal(blob: bytes, passphrase: str) -> KeyPair:
    try:
        record = json.loads(blob)
        if not isinstance(record, dict) or record.get("format") != KEY_FORMAT:
            raise KeyFileError("不是本系统的密钥文件")
        salt = base64.b64decode(record["kdf"]["salt"])
        nonce = base64.b64decode(record["nonce"])
        sealed = base64.b64decode(record["sealed"])
        n, r, p = (int(record["kdf"][k]) for k in ("n", "r", "p"))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise KeyFileError(f"密钥文件已损坏：{str(error)[:120]}") from None
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise KeyFileError(f"密钥文件的参数超出范围（N={n}, r={r}, p={p}），不是本系统生成的密钥")
    secret = _kdf(salt, n, r, p).derive(passphrase.encode("utf-8"))
    try:
        raw = AESGCM(secret).decrypt(nonce, sealed, KEY_FORMAT.encode())
    except InvalidTag:
        raise WrongPassphrase("口令不正确") from None
    except ValueError as error:  # a nonce of the wrong length
        raise KeyFileError(f"密钥文件已损坏：{error}") from None
    if len(raw) != 64:
        raise KeyFileError("密钥文件已损坏：密钥长度不对")
    return KeyPair(Ed25519PrivateKey.from_private_bytes(raw[:32]), X25519PrivateKey.from_private_bytes(raw[32:]))


MAX_KEY_FILE_BYTES = 64 * 1024  # a key file is under 1 KB


def _key_file_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            blob = file.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as error:
        raise KeyFileError(f"{path}：无法读取密钥文件：{error.strerror}") from None
    if len(blob) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(f"{path}：不是本系统的密钥文件（文件过大）")
    return blob


def public_keys_of(path: Path) -> PublicKeys:
    """The public half of a key file: readable without the passphrase."""
    try:
        return PublicKeys.from_dict(json.loads(_key_file_bytes(path))["public"])
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise KeyFileError(f"{path}：密钥文件已损坏：{str(error)[:120]}") from None


def create_key_file(path: Path, passphrase: str, n: int = SCRYPT_N, p: int = SCRYPT_P) -> KeyPair:
    """A new key pair sealed by the passphrase, readable by this user only (0600; on Windows the
    per-user data folder's permissions do the same)."""
    if problem := passphrase_problem(passphrase):
        raise WeakPassphrase(problem)
    keys = KeyPair.generate()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(seal(keys, passphrase, n, p))
    os.replace(temporary, path)
    return keys


def open_key_file(path: Path, passphrase: str) -> KeyPair:
    try:
        keys = unseal(_key_file_bytes(path), passphrase)
    except KeyFileError as error:
        message = str(error)
        raise KeyFileError(message if str(path) in message else f"{path.name}：{message}") from None
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o600)  # keys made by earlier versions were readable by everyone
    return keys
