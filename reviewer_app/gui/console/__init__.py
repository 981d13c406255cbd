"""The secretariat's windows: the round console and what it opens."""
