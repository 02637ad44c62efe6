"""The main window's menus: 文件, 值班, 设置, 帮助. Dialog modules load when their item is chosen."""
from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from app.config import ROOT
from app.domain import permissions as P
from app.domain.duty import DAY_SIGNOFF, DUTY_HANDOVER
from app.domain.fees.codes import FEES_SETUP

#: dialogs a home tile opens by its key, as it opens a page
TILE_DIALOGS = {"signoff": "app.ui.dialogs.signoff:SignOffDialog"}


def open_tile_dialog(window, key: str) -> bool:
    if key not in TILE_DIALOGS:
        return False
    _open(window, TILE_DIALOGS[key])
    return True


def _open(window, path: str) -> None:
    """Open a dialog class given as "module:Class" taking the main window (non-modal)."""
    module, cls = path.split(":")
    dlg = getattr(importlib.import_module(module), cls)(window)
    dlg.show()
    window.last_dialog = dlg


def _update_holidays(window) -> None:
    """Open the calendar and write the installed package's official schedule into it."""
    _open(window, "app.ui.dialogs.calendar:CalendarDialog")
    window.last_dialog.update_official()


def build(w) -> None:
    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    w._action(file_menu, QCoreApplication.translate("Menus", "&Back up now"),
              lambda: _open(w, "app.ui.dialogs.backup:BackupDialog"), permission=P.BACKUP_RUN, name="actBackup")
    w._action(file_menu, QCoreApplication.translate("Menus", "&Restore from backup…"),
              lambda: _open(w, "app.ui.dialogs.backup:RestoreDialog"), permission=P.BACKUP_RUN,
              name="actRestore")
    file_menu.addSeparator()
    w._action(file_menu, QCoreApplication.translate("Menus", "&Import roster from Excel…"),
              lambda: _open(w, "app.ui.dialogs.roster_import:RosterImportDialog"),
              permission=P.REGISTRY_IMPORT, name="actImport")
    w._action(file_menu, QCoreApplication.translate("Menus", "Export r&ooms to Excel…"),
              lambda: _export(w, "rooms"), permission=P.REGISTRY_EXPORT, name="actExportRooms")
    w._action(file_menu, QCoreApplication.translate("Menus", "Export &people to Excel…"),
              lambda: _export(w, "people"), permission=P.REGISTRY_EXPORT, name="actExportPeople")
    file_menu.addSeparator()
    w._action(file_menu, QCoreApplication.translate("Menus", "E&xit"), w.close, QKeySequence.StandardKey.Quit)

    duty = bar.addMenu(QCoreApplication.translate("Menus", "&Duty"))
    if any(spec.key == "duty" for spec in w.specs):
        w._action(duty, QCoreApplication.translate("Menus", "&Take over the shift…"),
                  lambda: _duty(w, "take_over"), permission=DUTY_HANDOVER, name="actTakeOver")
        w._action(duty, QCoreApplication.translate("Menus", "&Hand over the shift…"),
                  lambda: _duty(w, "hand_over"), permission=DUTY_HANDOVER, name="actHandOver")
    w._action(duty, QCoreApplication.translate("Menus", "Sign the &day's records…"),
              lambda: _open(w, TILE_DIALOGS["signoff"]), permission=DAY_SIGNOFF, name="actSignOff")
    duty.addSeparator()
    w._action(duty, QCoreApplication.translate("Menus", "&Lock screen"), lambda: w.session and w.session.lock(),
              "Ctrl+L", name="actLock")
    w._action(duty, QCoreApplication.translate("Menus", "Sign &out"), lambda: w.session and w.session.sign_out(),
              name="actSignOut")
    w._action(duty, QCoreApplication.translate("Menus", "Change &password…"), lambda: _change_password(w),
              name="actPassword")

    settings = bar.addMenu(QCoreApplication.translate("Menus", "&Settings"))
    w._action(settings, QCoreApplication.translate("Menus", "&Parameters…"),
              lambda: _open(w, "app.ui.dialogs.parameters:ParametersDialog"), permission=P.PARAMS_EDIT,
              name="actParams")
    w._action(settings, QCoreApplication.translate("Menus", "Working-day &calendar…"),
              lambda: _open(w, "app.ui.dialogs.calendar:CalendarDialog"), permission=P.PARAMS_EDIT,
              name="actCalendar")
    w._action(settings, QCoreApplication.translate("Menus", "Update &holidays from chinesecalendar"),
              lambda: _update_holidays(w), permission=P.PARAMS_EDIT, name="actCalendarUpdate")
    w._action(settings, QCoreApplication.translate("Menus", "&Fee items…"),
              lambda: _open(w, "app.ui.dialogs.fee_items:FeeItemsDialog"), permission=FEES_SETUP,
              name="actFeeItems")
    w._action(settings, QCoreApplication.translate("Menus", "&Users and permissions…"),
              lambda: _open(w, "app.ui.dialogs.users:UsersDialog"), permission=P.USERS_MANAGE,
              name="actUsers")
    w._action(settings, QCoreApplication.translate("Menus", "P&rinting…"),
              lambda: _open(w, "app.ui.dialogs.print_settings:PrintSettingsDialog"),
              permission=P.PRINT_SETTINGS, name="actPrintSettings")
    w._action(settings, QCoreApplication.translate("Menus", "&Audit log…"),
              lambda: _open(w, "app.ui.dialogs.audit_log:AuditLogDialog"), permission=P.AUDIT_VIEW,
              name="actAudit")
    lang = settings.addMenu(QCoreApplication.translate("Menus", "&Language"))
    w._action(lang, "简体中文", lambda: _language(w, "zh_CN"))
    w._action(lang, "English", lambda: _language(w, "en"))

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    w._action(help_menu, QCoreApplication.translate("Menus", "&User guide"), lambda: QDesktopServices.openUrl(
        QUrl.fromLocalFile(str(ROOT / "docs" / "user-guide.md"))), QKeySequence.StandardKey.HelpContents)
    w._action(help_menu, QCoreApplication.translate("Menus", "&About Front Desk"), lambda: QMessageBox.about(
        w, QCoreApplication.translate("Menus", "About Front Desk"),
        QCoreApplication.translate("Menus", "<b>Front Desk</b> 物业客服前台<br>"
                                   "Customer-service desk of a residential estate.<br>"
                                   "Database: {db}").format(db=w.db.describe())))


def _duty(w, what: str):
    """接班 / 交班 from the 值班 menu: on the duty page, as its buttons do."""
    page = w.show_page("duty")
    return getattr(page, what)() if page is not None else None


def _change_password(w) -> None:
    from app.ui.dialogs.account import ChangePasswordDialog
    dlg = ChangePasswordDialog(w.db, w.actor, w)
    dlg.accepted.connect(
        lambda: w.statusBar().showMessage(QCoreApplication.translate("Menus", "Password changed"), 5000))
    dlg.show()
    w.last_dialog = dlg


def _language(w, lang: str) -> None:
    from app import i18n_qt
    i18n_qt.save_language(lang)
    QMessageBox.information(w, QCoreApplication.translate("Menus", "Language"), QCoreApplication.translate("Menus",
        "The language changes the next time Front Desk starts."))


def _export(w, what: str) -> None:
    from app.ui.dialogs.export import export_registry
    export_registry(w, what)
