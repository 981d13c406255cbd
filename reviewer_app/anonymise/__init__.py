"""Sensitive-term search, redaction and the leak check. No Qt."""
