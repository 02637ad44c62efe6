"""A workflow service (being written)."""
