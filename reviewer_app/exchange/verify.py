"""`reviewer-app verify FILE`: what a package or return file is, who signed it, what it holds."""

from __future__ import annotations

from pathlib import Path

from reviewer_app.exchange.envelope import EnvelopeError, read_header
from reviewer_app.exchange.errors import ExchangeError
from reviewer_app.exchange.keys import KeyPair
from reviewer_app.exchange.packages import read_package
from reviewer_app.exchange.returns import read_return
from reviewer_app.exchange.trust import TrustedSecretariat


def describe(path: Path, keys: KeyPair, trusted: list[TrustedSecretariat]) -> tuple[bool, list[str]]:
    """What the file is and whether it holds; for a package, whether its signer is a secretariat
    this installation confirmed (trusted: the pinned secretariats)."""
    lines = [f"文件：{path}"]
    try:
        kind, header, _ = read_header(path.read_bytes()) if path.is_file() else (None, None, None)
        if kind is None:
            raise ExchangeError(path, "不是文件" if path.exists() else "文件不存在")
        lines += [f"种类：{'评审包' if kind == 'package' else '评分回传文件'}",
                  f"签名者密钥指纹：{header['sender'].short_fingerprint}"]
        if kind == "package":
            pinned = next((t for t in trusted if t.keys == header["sender"]), None)
            lines.append(f"秘书处：已确认（{pinned.name}，{pinned.pinned_at[:10]} 核对过指纹）" if pinned
                         else "秘书处：未经本机确认")
            manifest = read_package(path, keys, [t.keys for t in trusted]).manifest
            lines += ["签名者：秘书处", f"评查活动：{manifest['round']['name']}（编号 {manifest['round']['id']}）",
                      f"评审人员：{manifest['reviewer']['name']}",
                      f"内容：{len(manifest['case_files'])} 件案卷，{sum(len(c['documents']) for c in manifest['case_files'])} 份文书"]
        else:
            _, manifest, _ = read_return(path, keys)
            lines += [f"签名者：{manifest['reviewer']['name']}", f"评查活动编号：{manifest['round_id']}",
                      f"内容：{len(manifest['sheets'])} 份已签名评分表（" +
                      "、".join(f"{s['case_code']} 第{s['revision']}版" for s in manifest["sheets"][:6]) +
                      ("…" if len(manifest["sheets"]) > 6 else "") + "）"]
        lines.append("校验结果：有效（签名、哈希与清单均正确）")
        return True, lines
    except (ExchangeError, EnvelopeError, OSError) as error:
        return False, [*lines, f"校验结果：无效：{error}"]
