"""设置 → 用户与权限: staff accounts and the permission matrix of the five roles.

The services (app.services.auth) check ``users.manage`` and refuse what would lock everyone out (the last
role with ``users.manage``, one's own account); this dialog only mirrors them. A refused save keeps the
user's input: the editor stays open with the reason beside the field, the matrix keeps its ticks.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import StaffRole
from app.domain.errors import UserError, ValidationError
from app.domain.permissions import PERMISSIONS, USERS_GRANT, USERS_MANAGE, Permission, preset
from app.domain.validation import check_mobile, check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import auth
from app.ui.dialogs.base import ShortList, WindowDialog, open_editor
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.table_model import Column, label_of

_YES, _NO = T("UsersDialog", "Yes"), T("UsersDialog", "No")
_GREY = QBrush(QColor("#8a8f98"))
_CHANGED = QBrush(QColor("#fff3c4"))


# -- field checks: the same rules auth applies on save

check_username = auth.check_username


def check_name(value: str) -> str:
    return check_text(value, "name", str(T("Auth", "Name")), max_len=30)


def check_phone(value: str) -> str:
    return check_mobile(value, "phone", required=False)


def _role_choices() -> list[tuple[str, str]]:
    return [(r.value, str(r.label)) for r in StaffRole]


# -- the staff list

@dataclass(frozen=True)
class StaffRow:
    sort_key: int
    id: int
    username: str
    name: str
    role: str
    phone: str
    active: bool
    last_login_at: Any
    version: int


COLUMNS = [
    Column("username", T("UsersDialog", "User name"), lambda r: r.username, 110),
    Column("name", T("UsersDialog", "Name"), lambda r: r.name, 100),
    Column("role", T("UsersDialog", "Role"), label_of(StaffRole, "role"), 140),
    Column("phone", T("UsersDialog", "Mobile"), lambda r: r.phone, 110),
    Column("active", T("UsersDialog", "Active"), lambda r: str(_YES if r.active else _NO), 60),
    Column("last_login", T("UsersDialog", "Last sign-in"),
           lambda r: r.last_login_at.strftime("%Y-%m-%d %H:%M") if r.last_login_at else "", 130),
]
COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align,
                  lambda r: None if r.active else _GREY) for c in COLUMNS]


class AddUserDialog(EditorDialog):
    kind = "staff"

    def __init__(self, window) -> None:
        self.window_ = window
        super().__init__(window, "", [
            Field("username", T("UsersDialog", "User name"), required=True, max_len=30,
                  check=check_username, placeholder=T("UsersDialog", "Latin letters and digits, e.g. lihua")),
            Field("name", T("UsersDialog", "Name"), required=True, max_len=30, check=check_name),
            Field("role", T("UsersDialog", "Role"), kind="combo", choices=_role_choices()),
            Field("phone", T("UsersDialog", "Mobile"), max_len=20, check=check_phone),
            Field("password", T("UsersDialog", "Initial password"), kind="password", required=True,
                  check=auth.check_password),
            Field("password2", T("UsersDialog", "Password again"), kind="password", required=True),
        ])
        self.setWindowTitle(self.tr("Add a user"))
        self.form.set_value("role", StaffRole.RECEPTIONIST.value)
        self.bar.show_message(self.tr(
            "The new user signs in with this password and is asked to choose their own."), "info")

    def submit(self, values: dict[str, Any]) -> int:
        if values["password"] != values["password2"]:
            raise ValidationError(T("Auth", "The two passwords differ"), "password2")
        w = self.window_
        return auth.add_user(w.db, w.actor, values["username"], values["name"], values["role"],
                             values["password"], values["phone"])


class EditUserDialog(EditorDialog):
    kind = "staff"

    def __init__(self, window, row: StaffRow) -> None:
        self.window_, self.row = window, row
        super().__init__(window, "", [
            Field("name", T("UsersDialog", "Name"), required=True, max_len=30, check=check_name),
            Field("role", T("UsersDialog", "Role"), kind="combo", choices=_role_choices()),
            Field("phone", T("UsersDialog", "Mobile"), max_len=20, check=check_phone),
            Field("active", T("UsersDialog", "Account active"), kind="check"),
        ])
        self.setWindowTitle(self.tr("Edit user {username}").format(username=row.username))
        self.form.set_values({"name": row.name, "role": row.role, "phone": row.phone, "active": row.active})

    def submit(self, values: dict[str, Any]) -> int:
        w = self.window_
        auth.update_user(w.db, w.actor, self.row.id, name=values["name"], role=values["role"],
                         phone=values["phone"], active=values["active"], version=self.row.version)
        return self.row.id


class ResetPasswordDialog(EditorDialog):
    kind = "staff"

    def __init__(self, window, row: StaffRow) -> None:
        self.window_, self.row = window, row
        super().__init__(window, "", [
            Field("password", T("UsersDialog", "New password"), kind="password", required=True,
                  check=auth.check_password),
            Field("password2", T("UsersDialog", "Password again"), kind="password", required=True),
        ])
        self.setWindowTitle(self.tr("Reset the password of {username}").format(username=row.username))
        self.bar.show_message(self.tr(
            "{name} must choose a new password at the next sign-in; a locked account is unlocked.")
            .format(name=row.name), "info")

    def submit(self, values: dict[str, Any]) -> int:
        if values["password"] != values["password2"]:
            raise ValidationError(T("Auth", "The two passwords differ"), "password2")
        w = self.window_
        auth.reset_password(w.db, w.actor, self.row.id, values["password"])
        return self.row.id


# -- the permission matrix

@dataclass(frozen=True)
class _Entry:
    group: Text | None = None
    permission: Permission | None = None


class PermissionMatrixModel(QAbstractTableModel):
    """Rows: permission groups and their permissions; columns: the permission, then one per role.

    ``saved`` is what the database holds, ``current`` what the ticks say; cells that differ are highlighted
    until they are saved.
    """

    edited = Signal()

    def __init__(self, saved: dict[str, set[str]], parent=None) -> None:
        super().__init__(parent)
        self.roles = [r.value for r in StaffRole]
        groups: dict[Text, list[Permission]] = {}
        for perm in PERMISSIONS.values():
            groups.setdefault(perm.group, []).append(perm)
        self.entries: list[_Entry] = []
        for group, perms in groups.items():
            self.entries.append(_Entry(group=group))
            self.entries += [_Entry(permission=p) for p in perms]
        self.saved: dict[str, set[str]] = {}
        self.current: dict[str, set[str]] = {}
        self.load(saved)

    def load(self, saved: dict[str, set[str]]) -> None:
        """Start again from what the database holds (only declared permissions are shown and saved)."""
        self.beginResetModel()
        self.saved = {r: set(saved.get(r, set())) & set(PERMISSIONS) for r in self.roles}
        self.current = {r: set(v) for r, v in self.saved.items()}
        self.endResetModel()
        self.edited.emit()

    def group_rows(self) -> list[int]:
        return [i for i, e in enumerate(self.entries) if e.group is not None]

    def row_of(self, code: str) -> int:
        return next(i for i, e in enumerate(self.entries) if e.permission and e.permission.code == code)

    def column_of(self, role: str) -> int:
        return 1 + self.roles.index(StaffRole(role).value)

    def changed_roles(self) -> list[str]:
        return [r for r in self.roles if self.current[r] != self.saved[r]]

    def mark_saved(self, role: str) -> None:
        self.saved[role] = set(self.current[role])
        self._role_changed(role)

    def set_role(self, role: str, permissions: set[str]) -> None:
        self.current[role] = set(permissions) & set(PERMISSIONS)
        self._role_changed(role)

    def set_granted(self, role: str, code: str, granted: bool) -> None:
        (self.current[role].add if granted else self.current[role].discard)(code)
        index = self.index(self.row_of(code), self.column_of(role))
        self.dataChanged.emit(index, index)
        self.edited.emit()

    def _role_changed(self, role: str) -> None:
        col = self.column_of(role)
        self.dataChanged.emit(self.index(0, col), self.index(len(self.entries) - 1, col))
        self.edited.emit()

    # Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(self.roles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return str(T("UsersDialog", "Permission"))
        if 0 < section <= len(self.roles):
            return str(StaffRole(self.roles[section - 1]).label)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self.entries[index.row()]
        if entry.group is not None:
            return Qt.ItemFlag.ItemIsEnabled
        if index.column() == 0:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if entry.group is not None:
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return str(entry.group)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#eef1f6"))
            return None
        perm = entry.permission
        if col == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(perm.label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return perm.code
            return None
        role_code = self.roles[col - 1]
        granted = perm.code in self.current[role_code]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if granted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and granted != (perm.code in self.saved[role_code]):
            return _CHANGED
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{StaffRole(role_code).label}: {perm.label}"
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() == 0
                or self.entries[index.row()].permission is None):
            return False
        granted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_granted(self.roles[index.column() - 1], self.entries[index.row()].permission.code, granted)
        return True


class CenteredCheckDelegate(QStyledItemDelegate):
    """Draws a cell's check box in the middle of the cell and toggles it by click or space."""

    def _check_rect(self, option, index) -> QRect:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        size = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, opt.widget).size() \
            if style else option.rect.size()
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(option.rect.center())
        return rect

    def paint(self, painter, option, index) -> None:
        if index.data(Qt.ItemDataRole.CheckStateRole) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style()
        state = opt.checkState
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        check = QStyleOptionViewItem(opt)
        check.rect = self._check_rect(option, index)
        check.state = (check.state & ~QStyle.StateFlag.State_HasFocus) | (
            QStyle.StateFlag.State_On if state == Qt.CheckState.Checked else QStyle.StateFlag.State_Off)
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, opt.widget)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802
        flags = index.flags()
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable) or not (flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            inside = option.rect.contains(event.position().toPoint())
            if event.button() != Qt.MouseButton.LeftButton or not inside:
                return False
        elif event.type() == QEvent.Type.MouseButtonDblClick:
            return True
        elif event.type() == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)


@dataclass
class _SaveResult:
    saved: list[str]
    error: UserError | None


class UsersDialog(WindowDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Users and permissions"))
        self.editor: QDialog | None = None
        layout = self.layout_
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._staff_tab(), self.tr("&Users"))
        self.tabs.addTab(self._matrix_tab(), self.tr("&Permissions by role"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 600)
        self.reload_staff()
        self.reload_matrix()

    # -- users tab
    def _staff_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.staff = ShortList(self, page, COLUMNS, self._staff_rows, lambda r: r.id, "staffTable",
                               on_select=self._update_buttons, on_open=self.edit_user)
        self.model, self.table = self.staff.model, self.staff.table
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), page, objectName="addUser")
        self.edit_button = QPushButton(self.tr("&Edit…"), page, objectName="editUser")
        self.reset_button = QPushButton(self.tr("&Reset password…"), page, objectName="resetPassword")
        self.toggle_button = QPushButton(self.tr("&Disable"), page, objectName="toggleActive")
        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.toggle_button.clicked.connect(self.toggle_active)
        for b in (self.add_button, self.edit_button, self.reset_button, self.toggle_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _staff_rows(self) -> list[StaffRow]:
        # Staff lists are short (tens of accounts): read whole on each reload.
        return [StaffRow(i, s.id, s.username, s.name, s.role, s.phone, s.active, s.last_login_at, s.version)
                for i, s in enumerate(auth.list_staff(self.db, self.actor))]

    def reload_staff(self, select_id: int | None = None) -> None:
        self.staff.reload(select_id)

    def selected(self) -> StaffRow | None:
        return self.staff.selected()

    def select_username(self, username: str) -> bool:
        return self.staff.select(lambda r: r.username == username)

    def _update_buttons(self) -> None:
        row = self.selected()
        for b in (self.edit_button, self.reset_button, self.toggle_button):
            b.setEnabled(row is not None)
        self.toggle_button.setText(self.tr("&Enable") if row is not None and not row.active
                                   else self.tr("&Disable"))

    def _open_editor(self, dlg: EditorDialog, done_message: str) -> None:
        open_editor(self, dlg, done_message, self.reload_staff)

    def add_user(self) -> None:
        self._open_editor(AddUserDialog(self.window_), self.tr("User added."))

    def edit_user(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_editor(EditUserDialog(self.window_, row), self.tr("User saved."))

    def reset_password(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_editor(ResetPasswordDialog(self.window_, row), self.tr(
                "Password reset. Tell {name} the new password.").format(name=row.name))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        active = not row.active
        message = (self.tr("{username} can sign in again.") if active
                   else self.tr("{username} can no longer sign in.")).format(username=row.username)

        def done(_result) -> None:
            self.reload_staff(row.id)
            self.bar.info(message)

        self.ops.run(lambda: auth.update_user(self.db, self.actor, row.id, name=row.name, role=row.role,
                                              phone=row.phone, active=active, version=row.version),
                     kind="staff", on_success=done, on_error=self._refused)

    def _refused(self, exc: UserError) -> None:
        self.bar.error(str(exc))

    # -- permissions tab
    def _matrix_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        note = QLabel(self.tr(
            "Tick what each role may do. Changes apply at once to every user of the role, also to those "
            "signed in now. Changed cells are highlighted until you save.") if self.actor.can(USERS_GRANT)
            else self.tr("Only the customer-service supervisor changes what roles may do; you can read the "
                         "matrix here."), page)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.matrix = PermissionMatrixModel({}, self)
        self.matrix_view = QTableView(page, objectName="permissionMatrix")
        self.matrix_view.setModel(self.matrix)
        self.matrix_view.verticalHeader().hide()
        self.matrix_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_view.setItemDelegate(CenteredCheckDelegate(self.matrix_view))
        self.matrix_view.verticalHeader().setDefaultSectionSize(26)
        header = self.matrix_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.matrix.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.matrix_view, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Role:"), page))
        self.preset_role = QComboBox(page, objectName="presetRole")
        for value, text in _role_choices():
            self.preset_role.addItem(text, value)
        row.addWidget(self.preset_role)
        self.preset_button = QPushButton(self.tr("Restore &preset"), page, objectName="restorePreset")
        self.preset_button.setToolTip(self.tr("Tick the permissions the chosen role has by default"))
        self.preset_button.clicked.connect(lambda: self.restore_preset(self.preset_role.currentData()))
        row.addWidget(self.preset_button)
        row.addStretch(1)
        self.revert_button = QPushButton(self.tr("&Undo changes"), page, objectName="revertMatrix")
        self.revert_button.clicked.connect(self.reload_matrix)
        self.save_button = QPushButton(self.tr("&Save permissions"), page, objectName="saveMatrix")
        self.save_button.clicked.connect(self.save_matrix)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.matrix.modelReset.connect(self._span_groups)
        self.matrix.edited.connect(self._matrix_edited)
        if not self.actor.can(USERS_GRANT):      # the service refuses it too (auth.set_role_permissions)
            for widget in (self.matrix_view.viewport(), self.preset_button, self.revert_button,
                           self.save_button, self.preset_role):
                widget.setEnabled(False)
        return page

    def _span_groups(self) -> None:
        self.matrix_view.clearSpans()
        for row in self.matrix.group_rows():
            self.matrix_view.setSpan(row, 0, 1, self.matrix.columnCount())

    def _matrix_edited(self) -> None:
        dirty = bool(self.matrix.changed_roles())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def reload_matrix(self) -> None:
        self.matrix.load(auth.matrix(self.db))

    def restore_preset(self, role: str) -> None:
        self.matrix.set_role(role, preset(role))

    def save_matrix(self) -> None:
        changed = self.matrix.changed_roles()
        if not changed:
            return
        if not any(USERS_MANAGE in perms for perms in self.matrix.current.values()):
            # the service refuses this too, but only at the last role: say it before anything is saved
            self.bar.error(str(T("Auth", "At least one role must keep the permission to manage users")))
            return
        # Roles that keep or gain users.manage first, so moving it from one role to another never
        # passes through "nobody may manage users".
        changed.sort(key=lambda r: USERS_MANAGE not in self.matrix.current[r])
        wanted = {r: set(self.matrix.current[r]) for r in changed}

        def work() -> _SaveResult:
            saved = []
            for role in changed:
                try:
                    auth.set_role_permissions(self.db, self.actor, role, wanted[role])
                except UserError as exc:
                    return _SaveResult(saved, exc)
                saved.append(role)
            return _SaveResult(saved, None)

        self.save_button.setEnabled(False)
        self.ops.run(work, kind="permission", on_success=self._matrix_saved, on_error=self._matrix_refused)

    def _matrix_saved(self, result: _SaveResult) -> None:
        for role in result.saved:
            self.matrix.mark_saved(role)
        if result.error is not None:
            self._matrix_refused(result.error)
        else:
            self.bar.info(self.tr("Permissions saved. They apply at once."))

    def _matrix_refused(self, exc: UserError) -> None:
        self._matrix_edited()
        self.bar.error(str(exc))
