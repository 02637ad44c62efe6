"""Printed paperwork: reportlab PDFs of the forms (see DESIGN.md §7).

Nothing here is imported until the first print: use ``from app.printing.registry import render``
inside the function that prints. This package file stays empty so that importing it costs nothing.
"""
