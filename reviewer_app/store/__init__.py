"""Persistence: SQLAlchemy models, opening databases, queries. No Qt."""
