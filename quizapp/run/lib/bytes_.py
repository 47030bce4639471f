"""Package bytes (to come)."""

NATIVES: dict = {}
