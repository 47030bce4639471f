"""Package unicode (to come)."""

NATIVES: dict = {}
