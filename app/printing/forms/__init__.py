"""The printed forms. Every module here registers one or more forms with
:func:`app.printing.registry.register_form`; the registry imports them all on first use."""
