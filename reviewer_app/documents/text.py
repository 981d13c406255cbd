"""Shared wording for printed documents."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from reviewer_app.core.vocabulary import VetoPolicy

# Review sessions happen in China; printed times are Beijing time.
CHINA = timezone(timedelta(hours=8), "北京时间")


def local_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")


def local_date(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(CHINA).strftime("%Y年%m月%d日")


VETO_POLICY_TEXT = {
    VetoPolicy.ZERO: "实体评查任一项不通过的，本表计 0 分",
    VetoPolicy.MARK_ONLY: "实体评查任一项不通过的，保留卷面得分并标注不合格",
}
