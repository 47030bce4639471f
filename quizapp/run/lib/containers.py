"""Package containers (to come)."""

NATIVES: dict = {}
