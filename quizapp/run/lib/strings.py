"""Package strings (to come)."""

NATIVES: dict = {}
