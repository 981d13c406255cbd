"""The pre-check run over a round at the secretariat (core/precheck holds the rules)."""
