"""The one error every exchange failure becomes: it names the file and says what is wrong."""

from __future__ import annotations

from pathlib import Path


class ExchangeError(ValueError):
    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path else None
        self.problem = problem
        super().__init__(f"{self.path.name}：{problem}" if self.path else problem)
