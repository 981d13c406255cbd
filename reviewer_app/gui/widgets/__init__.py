"""Widgets both the workbench and the console use."""
