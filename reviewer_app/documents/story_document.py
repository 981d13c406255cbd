"""A candidate's anonymised story as the panel reads it on the workbench: a plain A4 PDF of
the text under the candidate's alias, nothing else (no file name, no author, no dates)."""

from __future__ import annotations

from pathlib import Path

from reviewer_app.documents.layout import Heading, Report, Text
from reviewer_app.documents.pdf_output import write_pdf


def story_report(alias: str, text: str) -> Report:
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return Report(title="个人事迹材料", subject=alias, author="",
                  blocks=(Heading(alias), *(Text(p, emphasis=True) for p in paragraphs)),
                  footer=f"{alias} 个人事迹（已作匿名处理）")


def write_story_pdf(alias: str, text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_pdf(story_report(alias, text), path)
