"""Qt's side of translation: load our .qm (and Qt's own qtbase_zh_CN.qm) and route app.i18n through it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.config import RESOURCES

LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"
_installed: list[QTranslator] = []


def chosen_language(explicit: str | None = None) -> str:
    """``--lang`` wins, then the saved setting, then Simplified Chinese."""
    if explicit in LANGUAGES:
        return explicit
    from app.ui import settings
    saved = settings.LANGUAGE.get()
    return saved if saved in LANGUAGES else DEFAULT


def save_language(lang: str) -> None:
    from app.ui import settings
    settings.LANGUAGE.set(lang)


def install(lang: str) -> str:
    """Install the translators for ``lang``; returns the language actually in use."""
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang != "en":
        ours = QTranslator()
        if ours.load(str(RESOURCES / "translations" / f"frontdesk_{lang}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    i18n.install(lambda context, source: QCoreApplication.translate(context, source))
    return lang


_cli_app: QCoreApplication | None = None


def install_for_cli(explicit: str | None) -> None:
    """Commands have no window, but translators need a QCoreApplication instance."""
    global _cli_app
    if QCoreApplication.instance() is None:
        _cli_app = QCoreApplication(["frontdesk"])
    install(chosen_language(explicit))
