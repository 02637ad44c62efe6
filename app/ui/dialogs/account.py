"""First-run set-up (estate and first administrator) and change of password."""
from __future__ import annotations

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import auth, store
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field


class FirstRunDialog(EditorDialog):
    """Shown when the database has no estate yet: names the estate and creates the first 客服主管."""

    def __init__(self, db, parent=None) -> None:
        self.db = db
        super().__init__(parent, "", [
            Field("estate_name", T("Setup", "Estate name"), required=True, max_len=60,
                  placeholder=T("Setup", "e.g. 锦绣华庭")),
            Field("username", T("Setup", "Supervisor's user name"), required=True, max_len=30,
                  placeholder="admin"),
            Field("name", T("Setup", "Supervisor's name"), required=True, max_len=30),
            Field("password", T("Setup", "Password"), kind="password", required=True,
                  check=auth.check_password),
            Field("password2", T("Setup", "Password again"), kind="password", required=True),
        ])
        self.setWindowTitle(self.tr("Set up Front Desk"))
        self.bar.show_message(self.tr(
            "Welcome. This creates the database in {path}. The first account is the customer-service "
            "supervisor (客服主管), who can add the other staff.").format(path=db.describe()), "info")
        self.buttons.button(self.buttons.StandardButton.Save).setText(self.tr("Create"))

    def submit(self, values):
        if values["password"] != values["password2"]:
            raise ValidationError(T("Setup", "The two passwords differ"), "password2")
        return store.initialise(self.db, values["estate_name"], values["username"], values["name"],
                                values["password"])


class ChangePasswordDialog(EditorDialog):
    def __init__(self, db, actor, parent=None, *, forced: bool = False) -> None:
        self.db, self.actor = db, actor
        super().__init__(parent, "", [
            Field("old_password", T("Auth", "Current password"), kind="password", required=True),
            Field("new_password", T("Auth", "New password"), kind="password", required=True,
                  check=auth.check_password),
            Field("new_password2", T("Auth", "New password again"), kind="password", required=True),
        ])
        self.setWindowTitle(self.tr("Change password"))
        if forced:
            self.bar.warning(self.tr("Please choose your own password before you start."))

    def submit(self, values):
        if values["new_password"] != values["new_password2"]:
            raise ValidationError(T("Auth", "The two passwords differ"), "new_password2")
        auth.change_password(self.db, self.actor, values["old_password"], values["new_password"])
