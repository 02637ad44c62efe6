"""Sign-in (登录) — also the idle-lock screen; in demo mode it lists the demo accounts.

It can show before the store is open (``db=None``): the fields take typing at once and the sign-in button
waits for :meth:`attach`. Nothing here imports SQLAlchemy, so the dialog is the first thing on screen.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.domain.errors import UserError
from app.ui.dialogs.base import action_buttons
from app.ui.widgets.message_bar import MessageBar


class SignInDialog(QDialog):
    def __init__(self, db, estate_name: str, *, demo_accounts=None, locked_note: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = None
        self.demo_list = None
        self.setWindowTitle(self.tr("Sign in — Front Desk"))
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        if locked_note:
            self.bar.warning(locked_note)
        form = QFormLayout()
        self.username = QLineEdit(self, objectName="username")
        self.password = QLineEdit(self, objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        self.demo_host = QVBoxLayout()
        layout.addLayout(self.demo_host)
        buttons, self.ok = action_buttons(self, self.tr("Sign in"), self.try_sign_in)
        layout.addWidget(buttons)
        self.ok.setDefault(True)
        self.setMinimumWidth(380)
        self.username.setFocus()
        self._set_title(estate_name)
        self.ok.setEnabled(db is not None)
        if demo_accounts:
            self._add_demo_accounts(demo_accounts)

    def _set_title(self, estate_name: str) -> None:
        subtitle = self.tr("Customer service desk")
        self.title.setText(f"<h2 style='margin:0'>{estate_name}</h2><div>{subtitle}</div>")

    def attach(self, db, estate_name: str, demo_accounts=None) -> None:
        """The store is open: show the estate and let the user sign in."""
        self.db = db
        self._set_title(estate_name)
        self.ok.setEnabled(True)
        if demo_accounts and self.demo_list is None:
            self._add_demo_accounts(demo_accounts)
            self.adjustSize()

    def _add_demo_accounts(self, accounts) -> None:
        self.demo_host.addWidget(QLabel(self.tr("Demo accounts (password {pw}) — double-click to fill in:")
                                        .format(pw=accounts[0][3]), self))
        self.demo_list = QListWidget(self, objectName="demoAccounts")
        for username, name, role_label, password in accounts:
            item = QListWidgetItem(f"{username}  ·  {name}  ·  {role_label}")
            item.setData(Qt.ItemDataRole.UserRole, (username, password))
            self.demo_list.addItem(item)
        self.demo_list.setMaximumHeight(120)
        self.demo_list.itemDoubleClicked.connect(self._fill)
        self.demo_list.itemActivated.connect(self._fill)
        self.demo_host.addWidget(self.demo_list)

    def _fill(self, item: QListWidgetItem) -> None:
        username, password = item.data(Qt.ItemDataRole.UserRole)
        self.username.setText(username)
        self.password.setText(password)
        self.try_sign_in()

    def try_sign_in(self) -> None:
        if self.db is None:
            return
        if not self.username.text().strip():
            self.bar.error(self.tr("Enter your user name"))
            self.username.setFocus()
            return
        from app.services import auth
        try:
            self.actor = auth.sign_in(self.db, self.username.text(), self.password.text())
        except UserError as exc:
            self.bar.error(str(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
