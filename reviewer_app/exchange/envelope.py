"""The sealed envelope around every package and return file.

    magic (8 bytes) | header length (4 bytes, big-endian) | header (JSON) | ciphertext

The payload is signed by the sender (Ed25519) and then encrypted to the recipient: an
ephemeral X25519 key agreement, HKDF-SHA256, AES-256-GCM with the magic and header as
associated data, so changing any byte of the file makes it fail to open.
"""

from __future__ import annotations

import json
import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from reviewer_app.exchange.keys import KeyPair, PublicKeys

MAGIC = {"package": b"RVWPKG1\n", "return": b"RVWRET1\n"}
KIND_OF = {magic: kind for kind, magic in MAGIC.items()}
MAX_HEADER = 64 * 1024
SIGNATURE_SIZE = 64


class EnvelopeError(ValueError):
    pass


def _key(shared: bytes, kind: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=f"reviewer-app/1/{kind}".encode()).derive(shared)


def _signed_part(kind: str, recipient: PublicKeys, payload: bytes) -> bytes:
    # The signature binds the payload to its kind and recipient: it cannot be re-addressed.
    return kind.encode() + b"\0" + recipient.fingerprint.encode() + b"\0" + payload


def seal(kind: str, payload: bytes, sender: KeyPair, recipient: PublicKeys) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.encryption))
    nonce = os.urandom(12)
    header = json.dumps(
        {
            "format": 1,
            "kind": kind,
            "sender": sender.public.to_dict(),
            "recipient": recipient.fingerprint,
            "ephemeral": ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex(),
            "nonce": nonce.hex(),
            "payload_size": len(payload),
        },
        sort_keys=True,
    ).encode()
    prefix = MAGIC[kind] + struct.pack(">I", len(header)) + header
    signature = sender.sign(_signed_part(kind, recipient, payload))
    return prefix + AESGCM(_key(shared, kind)).encrypt(nonce, signature + payload, prefix)


def read_header(data: bytes) -> tuple[str, dict, bytes]:
    """(kind, header, prefix) without decrypting: what anyone can see on the outside."""
    if len(data) == 0:
        raise EnvelopeError("文件是空的")
    kind = KIND_OF.get(data[:8])
    if kind is None and len(data) < 8 and any(magic.startswith(data) for magic in KIND_OF):
        raise EnvelopeError("文件不完整（可能复制时中断）")
    if kind is None:
        raise EnvelopeError("不是评查交换文件（评审包或评分回传文件）")
    if len(data) < 12:
        raise EnvelopeError("文件不完整（可能复制时中断）")
    (length,) = struct.unpack(">I", data[8:12])
    if length > MAX_HEADER or len(data) < 12 + length:
        raise EnvelopeError("文件不完整或文件头已损坏")
    try:
        header = json.loads(data[12 : 12 + length])
        header["sender"] = PublicKeys.from_dict(header["sender"])
        for field in ("recipient", "ephemeral", "nonce", "payload_size"):
            header[field]
        if header.get("kind") != kind:
            raise ValueError("kind")
    except (ValueError, KeyError, TypeError):
        raise EnvelopeError("文件头已损坏或被篡改") from None
    return kind, header, data[: 12 + length]


def open_sealed(data: bytes, recipient: KeyPair) -> tuple[str, PublicKeys, memoryview]:
    """(kind, sender's public keys, payload), after decrypting and checking the signature.

    The payload is decrypted once, into a buffer laid out as the signed part, so that a
    package of a hundred megabytes is held twice (file and payload), not five times."""
    kind, header, prefix = read_header(data)
    if header["recipient"] != recipient.public.fingerprint:
        raise EnvelopeError("此文件不是发给本机的（收件人密钥不符）")
    ciphertext = memoryview(data)[len(prefix):]
    size = len(ciphertext) - 16  # AES-GCM's tag
    if size < SIGNATURE_SIZE:
        raise EnvelopeError("文件已损坏或被篡改（解密校验失败），或文件不完整")
    head = _signed_part(kind, recipient.public, b"")
    # [room][head][payload]: the plaintext (signature + payload) goes in so that the signature
    # ends where the payload starts, then head is written over it once the signature is out.
    room = max(len(head), SIGNATURE_SIZE)
    buffer = bytearray(room + size - SIGNATURE_SIZE)
    try:
        ephemeral = X25519PublicKey.from_public_bytes(bytes.fromhex(header["ephemeral"]))
        shared = recipient.encryption.exchange(ephemeral)
        AESGCM(_key(shared, kind)).decrypt_into(bytes.fromhex(header["nonce"]), ciphertext, prefix,
                                                memoryview(buffer)[room - SIGNATURE_SIZE:])
    except (InvalidTag, ValueError):
        raise EnvelopeError("文件已损坏或被篡改（解密校验失败），或文件不完整") from None
    signature = bytes(buffer[room - SIGNATURE_SIZE:room])
    buffer[room - len(head):room] = head
    view = memoryview(buffer)
    payload = view[room:]
    sender: PublicKeys = header["sender"]
    if len(payload) != header["payload_size"] or not sender.verify(signature, view[room - len(head):]):
        raise EnvelopeError("签名无效：文件内容与发送者签名不符")
    return kind, sender, payload


def check_written(data: bytes, kind: str, sender: PublicKeys, recipient: PublicKeys) -> None:
    """After writing a sealed file: what its writer can check without the recipient's key —
    the outside is intact and addressed as intended (the atomic writer already compared bytes)."""
    found, header, _ = read_header(data)
    if found != kind or header["recipient"] != recipient.fingerprint or header["sender"] != sender:
        raise OSError("写入的文件读回后校验失败，请更换存储设备后重试")
