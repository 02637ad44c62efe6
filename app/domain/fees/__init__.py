"""收费 — fee billing and collection (DOMAIN.md §4.15, §5): codes and permissions (:mod:`.codes`), the pure
rules with their messages (:mod:`.rules`) and the declared receipt, deposit and refund workflows
(:mod:`.workflows`)."""
from app.domain.fees import codes, rules, workflows

__all__ = ["codes", "rules", "workflows"]
