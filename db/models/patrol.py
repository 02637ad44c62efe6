"""Tables of a workflow (being written)."""
