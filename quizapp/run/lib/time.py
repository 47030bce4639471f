"""Package time (to come)."""

NATIVES: dict = {}
