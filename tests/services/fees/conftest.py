"""A small estate with fee items, fee start dates and six months of bills (January to June 2026)."""
from __future__ import annotations

from app.services import catalog
from tests.helpers import clock, estate, fees  # noqa: F401  (fixtures)

catalog.load_all()
