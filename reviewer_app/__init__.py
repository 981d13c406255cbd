"""Offline review of environmental-enforcement case files (案卷评查)."""

__version__ = "0.1.0"
