"""Opening this installation's key from the command line without a terminal prompt in CI."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from reviewer_app.exchange.keys import KeyPair, open_key_file
from reviewer_app.user_dirs import key_file

PASSPHRASE_VARIABLE = "REVIEWER_APP_PASSPHRASE"


def passphrase() -> str:
    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value is not None:
        return value
    if sys.stdin.isatty():
        return getpass.getpass("本机密钥口令：")
    raise SystemExit(f"需要密钥口令：请在终端中运行，或设置环境变量 {PASSPHRASE_VARIABLE}")


def load_keys(path: str | None) -> KeyPair:
    return open_key_file(Path(path) if path else key_file(), passphrase())
