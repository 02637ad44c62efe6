"""The supervisor's approval at the desk (common.Approval): she is signed in here, or she picks her name and types
her own password at this desk; a name picked alone never approves (the service checks the password)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.domain.fees.codes import FEES_APPROVE
from app.services import records
from app.services.fees import Approval


class ApprovalBox(QWidget):
    def __init__(self, page, parent: QWidget | None = None, name: str = "approval") -> None:
        super().__init__(parent or page)
        self.setObjectName(name)
        actor = page.actor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.approver = QComboBox(self, objectName=f"{name}Approver")
        self.approver.addItem(self.tr("(approver)"), "")
        for ident, person in records.staff_choices(page.db, actor, FEES_APPROVE):
            self.approver.addItem(person, ident)
        #: the signed-in user's id when she may approve herself (no password then)
        self.own = str(actor.staff_id) if actor.staff_id and actor.can(FEES_APPROVE) else ""
        if self.own:
            self.approver.setCurrentIndex(max(0, self.approver.findData(self.own)))
        self.password = QLineEdit(self, objectName=f"{name}Password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Approver's own password"))
        self.password.setToolTip(self.tr("Typed by the approver, unless she is signed in here"))
        self.password.setMaxLength(128)
        layout.addWidget(self.approver, 1)
        layout.addWidget(self.password, 1)
        self.approver.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        self.password.setEnabled(not self.own or self.approver.currentData() != self.own)

    def approval(self) -> Approval | None:
        """The approval as given (None: no approver chosen: the service refuses what needs one)."""
        ident = self.approver.currentData()
        if not ident:
            return None
        return Approval(int(ident), self.password.text())

    def clear(self) -> None:
        self.password.clear()
