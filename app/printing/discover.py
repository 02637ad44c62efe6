"""Registrations found by importing a package: every public module of it, once.

The forms (``app.printing.forms``) and their sources (``app.services``) register themselves when
their module is imported; :func:`import_modules` imports the package's modules the first time it is
asked, so adding a form or a source needs no other edit. It imports nothing else (no reportlab), so
the services may call it at no cost.
"""
from __future__ import annotations

import importlib
import pkgutil
import threading

_imported: set[str] = set()
_lock = threading.RLock()


def import_modules(package: str) -> None:
    """Import every module of ``package`` whose name does not start with ``_`` (once; thread-safe)."""
    if package in _imported:
        return
    with _lock:
        if package in _imported:
            return
        path = importlib.import_module(package).__path__
        for info in pkgutil.iter_modules(path):
            if not info.name.startswith("_"):
                importlib.import_module(f"{package}.{info.name}")
        _imported.add(package)
