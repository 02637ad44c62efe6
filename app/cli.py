"""Administration commands. Each exits 0 on success and non-zero with a one-line reason otherwise."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T


def _store_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="SQLite database file (default: the user data folder)")
    parser.add_argument("--db-url", metavar="URL", default=default,
                        help="database URL, e.g. postgresql+psycopg://user:pw@host/estate")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=default,
                        help="language of the interface and messages (default: zh_CN or the setting)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="frontdesk", description="物业客服前台 Front Desk")
    p.add_argument("--demo", action="store_true",
                   help="open the demo estate (created in the user data folder on first use)")
    _store_options(p, suppress=False)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def cmd(name: str, help_text: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_text, description=help_text)
        _store_options(c, suppress=True)
        return c

    cmd("demo", "create (or refill) a demo estate in the database")
    cmd("check", "check integrity, migrations and the audit chain; prints OK")
    c = cmd("backup", "back up the database; prints the backup's path")
    c.add_argument("-o", "--output", metavar="DIR", help="folder for the backup (default: backups/)")
    c = cmd("restore", "replace the database with a backup (the current one is backed up first)")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--new", action="store_true",
                   help="the database does not exist yet (a replacement PC): create it from the backup")
    c = cmd("import-roster", "import rooms and owners from an Excel roster")
    c.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    c.add_argument("--good-rows-only", action="store_true",
                   help="import the rows without errors and skip the others")
    c = cmd("export", "export rooms or people to Excel (ID numbers masked)")
    c.add_argument("what", choices=["rooms", "people"])
    c.add_argument("-o", "--output", metavar="FILE.xlsx", required=True)
    c = cmd("calendar", "working-day calendar: update the official holiday schedule from the installed "
                        "chinesecalendar package (days edited by hand are kept)")
    c.add_argument("action", choices=["update"])
    c = cmd("audit", "audit trail tools")
    c.add_argument("action", choices=["verify"])
    c.add_argument("--anchor", action="append", default=[], metavar="ROWS:HASH",
                   help="also check a head printed on the shift handover sheet (repeatable)")
    c = cmd("migrate-to", "copy the whole store into another, empty database (SQLite to PostgreSQL when a "
                          "second desk arrives); checks every table's count and the audit chain")
    c.add_argument("url", metavar="URL", help="e.g. postgresql+psycopg://frontdesk:pw@server/estate")
    c = cmd("print", "render a registered form to PDF, or list the forms")
    c.add_argument("--list", action="store_true", help="list the registered forms")
    c.add_argument("form", nargs="?", metavar="FORM")
    c.add_argument("number", nargs="?", metavar="NUMBER")
    c.add_argument("-o", "--output", metavar="FILE.pdf")
    c.add_argument("--copy", type=int, metavar="N", help="print only copy N (1 = 存根联)")
    return p


def _url(args) -> str:
    from app.services.store import resolve_url
    return resolve_url(getattr(args, "db", None), getattr(args, "db_url", None),
                       demo=getattr(args, "demo", False))


def run_command(args: argparse.Namespace) -> int:
    from app import i18n_qt
    i18n_qt.install_for_cli(getattr(args, "lang", None))
    from db.errors import translate as store_message
    try:
        return COMMANDS[args.command](args) or 0
    except UserError as exc:
        print(f"frontdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - never a traceback at the command line
        mapped = store_message(exc, getattr(args, "db", None) or getattr(args, "db_url", None) or "")
        if mapped is None and not isinstance(exc, (OSError, ValueError)):
            _log_bug(args.command)
        print(f"frontdesk {args.command}: {mapped or exc}", file=sys.stderr)
        return 1
    finally:
        while _OPENED:
            _OPENED.pop().dispose()


def _log_bug(command: str) -> None:
    """An unexpected error: its traceback goes to the log file, the terminal gets one line."""
    import logging
    import traceback

    from app import config
    try:
        with open(config.log_dir() / "frontdesk.log", "a", encoding="utf-8") as fh:
            fh.write(f"frontdesk {command}: uncaught exception\n{traceback.format_exc()}")
    except OSError:
        logging.getLogger("frontdesk").exception("uncaught exception")


_OPENED: list = []   # stores a command opened: closed when it ends (a restore needs them closed)


def _open(args, *, create: bool = False):
    """The store of ``--db``/``--db-url``; a SQLite file that does not exist is refused (only ``demo``
    creates one), so a mistyped path never checks, backs up or exports a new, empty database."""
    from app.services.store import open_store
    db = open_store(_url(args), create=create)
    _OPENED.append(db)
    return db


def cmd_demo(args) -> int:
    from app.services import demo
    db = _open(args, create=True)
    summary = demo.ensure_demo(db)
    print(summary)
    return 0


def cmd_check(args) -> int:
    """Every problem found, one per line; a store that cannot even be opened is checked as it is."""
    from app.services.store import check
    from db.engine import Database
    from db.errors import StoreDamaged
    try:
        db = _open(args)
    except StoreDamaged as exc:
        print(f"open: {exc}")
        db = Database(_url(args))
        _OPENED.append(db)
    report = check(db)
    for line in report.lines:
        print(line)
    print("OK" if report.ok else "FAILED")
    return 0 if report.ok else 1


def cmd_backup(args) -> int:
    from app.services import maintenance
    from app.services.base import system_actor
    print(maintenance.manual_backup(_open(args), system_actor(), Path(args.output) if args.output else None))
    return 0


def cmd_restore(args) -> int:
    from app.services import maintenance
    from app.services.base import system_actor
    restored = maintenance.restore(_url(args), system_actor(), Path(args.file), new=args.new)
    restored.db.dispose()
    print(restored.message())
    return 0


def cmd_import_roster(args) -> int:
    from app.services import roster
    from app.services.base import system_actor
    db = _open(args)
    preview = roster.preview(db, system_actor(), Path(args.file))
    for note in preview.notes:
        print(note.message, file=sys.stderr)
    for err in preview.errors:
        print(T("CLI", "row {row}: {column}: {message}").format(row=err.row, column=err.column,
                                                                   message=err.message), file=sys.stderr)
    result = roster.apply(db, system_actor(), preview, good_rows_only=args.good_rows_only)
    print(result)
    return 0


def cmd_export(args) -> int:
    from app.services import roster
    from app.services.base import system_actor
    db = _open(args)
    n = roster.export(db, system_actor(), args.what, Path(args.output), masked=True)
    print(T("CLI", "{n} rows exported to {file}").format(n=n, file=args.output))
    return 0


def cmd_calendar(args) -> int:
    from app.services import calendar
    from app.services.base import system_actor
    print(calendar.update_official(_open(args), system_actor()))
    return 0


def cmd_audit(args) -> int:
    from app.services import audit
    db = _open(args)
    report = audit.verify(db, audit.anchors_for(db) + [audit.parse_anchor(a) for a in args.anchor])
    if report.ok:
        print(f"OK ({report.rows})")  # "OK" is the contract scripts read, in every language
        return 0
    if report.problem == "broken":
        print(T("CLI", "The audit chain is broken at row {row}").format(row=report.broken_id), file=sys.stderr)
    else:
        print(T("CLI", "The audit chain is {problem}").format(problem=report.describe()), file=sys.stderr)
    return 1


def cmd_migrate_to(args) -> int:
    from app.services import transfer
    from app.services.base import system_actor
    done = transfer.migrate_to(_open(args), args.url, system_actor(),
                               lambda table, rows: print(f"{table}: {rows}", file=sys.stderr))
    print(done.message(args.url))
    return 0


def cmd_print(args) -> int:
    from app.services import printing
    if args.list:
        for code, title in printing.list_forms():
            print(f"{code}\t{title}")
        return 0
    if not args.form or not args.number or not args.output:
        raise UserError(T("CLI", "usage: frontdesk print FORM NUMBER --db PATH -o FILE.pdf [--copy N]"))
    from app.services.base import system_actor
    db = _open(args)
    # The command line prints as a desk without people.see_id does (DOMAIN.md §3.3): IDs and phones masked.
    data = printing.print_document(db, system_actor(see_private=False), args.form, args.number,
                                   copy=args.copy)
    Path(args.output).write_bytes(data)
    print(args.output)
    return 0


COMMANDS = {"demo": cmd_demo, "check": cmd_check, "backup": cmd_backup, "restore": cmd_restore,
            "import-roster": cmd_import_roster, "export": cmd_export, "calendar": cmd_calendar,
            "migrate-to": cmd_migrate_to,
            "audit": cmd_audit,
            "print": cmd_print}
