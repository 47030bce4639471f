"""Package strconv (to come)."""

NATIVES: dict = {}
