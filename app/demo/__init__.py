"""Demo and benchmark data: a generated estate with rooms, people and staff accounts (Qt-free, DB-free)."""
from app.demo.generate import (
    DEMO_PASSWORD,
    DemoBuilding,
    DemoEstate,
    DemoLease,
    DemoPerson,
    DemoRoom,
    DemoRoomPerson,
    DemoStaff,
    DemoUnit,
    demo_roster_rows,
    generate_estate,
    generate_staff,
)

__all__ = [
    "DEMO_PASSWORD", "DemoBuilding", "DemoEstate", "DemoLease", "DemoPerson", "DemoRoom",
    "DemoRoomPerson", "DemoStaff", "DemoUnit", "demo_roster_rows", "generate_estate", "generate_staff",
]
