"""Package math (to come)."""

NATIVES: dict = {}
