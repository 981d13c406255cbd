"""Domain types and review rules. No Qt, no SQL."""
