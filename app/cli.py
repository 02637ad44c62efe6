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
    try:
        return COMMANDS[args.command](args) or 0
    except UserError as exc:
        print(f"frontdesk {args.command}: {exc}", file=sys.stderr)
        return 1
    except (OSError, ValueError) as exc:
        print(f"frontdesk {args.command}: {exc}", file=sys.stderr)
        return 1


def _open(args, *, create: bool = False):
    """The store of ``--db``/``--db-url``; a SQLite file that does not exist is refused (only ``demo``
    creates one), so a mistyped path never checks, backs up or exports a new, empty database."""
    from app.services.store import open_store
    return open_store(_url(args), create=create)


def cmd_demo(args) -> int:
    from app.services import demo
    db = _open(args, create=True)
    summary = demo.ensure_demo(db)
    print(summary)
    return 0


def cmd_check(args) -> int:
    from app.services.store import check
    report = check(_open(args))
    for line in report.lines:
        print(line)
    print("OK" if report.ok else "FAILED")
    return 0 if report.ok else 1


def cmd_backup(args) -> int:
    from app import config
    from db.backup import backup
    db = _open(args)
    if db.path is None:
        raise UserError(T("CLI", "A PostgreSQL database is backed up with pg_dump (see docs/admin-guide.md)"))
    out = Path(args.output) if args.output else config.backup_dir(db.path)
    print(backup(db.path, out, "manual"))
    return 0


def cmd_restore(args) -> int:
    from app import config
    from db.backup import restore
    from db.engine import Database
    db = Database(_url(args))
    path = db.path
    db.dispose()
    if path is None:
        raise UserError(T("CLI", "A PostgreSQL database is restored with pg_restore (see docs/admin-guide.md)"))
    if not path.exists() and not args.new:
        raise UserError(T("CLI", "There is no database at {path}: check the path, or add --new to restore "
                                 "the backup as a new database there").format(path=path))
    safety = restore(Path(args.file), path, config.backup_dir(path))
    _open(args)  # migrate an older backup to the current schema
    print(T("CLI", "Restored {file}; the previous database was saved as {safety}").format(
        file=args.file, safety=safety) if safety else T("CLI", "Restored {file}").format(file=args.file))
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
    report = audit.verify(_open(args))
    if report.ok:
        print(f"OK ({report.rows})")  # "OK" is the contract scripts read, in every language
        return 0
    print(T("CLI", "The audit chain is broken at row {row}").format(row=report.broken_id), file=sys.stderr)
    return 1


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
            "audit": cmd_audit,
            "print": cmd_print}
