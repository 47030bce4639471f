"""Package sort (to come)."""

NATIVES: dict = {}
