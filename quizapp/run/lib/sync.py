"""Package sync (to come)."""

NATIVES: dict = {}
