"""The window language: Swedish by default, English on request (docs/design.md section 8).

Window texts have English source strings in tr() and the .ui files; `resources/translations/mnu_desk_sv.qm`
turns them Swedish. The services' messages follow the same choice through mnu_desk.i18n. A missing .qm file
is not an error: the window then shows its English source strings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import i18n
from ..paths import asset

LANGUAGES = i18n.LANGUAGES  # ("sv", "en")
DEFAULT = "sv"
_SETTING = "ui/language"

# kept so that a later switch can remove them again, and so Python does not collect them while installed
_installed: list[QTranslator] = []


def settings() -> QSettings:
    """The desk's own settings on this computer (window layout, language, last log-in), never shared ones
    and never secrets. Named explicitly so that they do not depend on the application object's names."""
    return QSettings("m.nu", "mnu-desk")


def saved_language() -> str:
    value = settings().value(_SETTING, DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def save_language(lang: str) -> None:
    settings().setValue(_SETTING, lang)


def choose(requested: str | None) -> str:
    """--lang wins over the saved choice, which wins over Swedish."""
    return requested if requested in LANGUAGES else saved_language()


def catalogue(lang: str):
    return asset("resources", "translations", f"mnu_desk_{lang}.qm")


def install(lang: str) -> bool:
    """Make `lang` the language of new windows and of service messages. True when the desk's own catalogue
    was found (English needs none)."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden))
    found = lang == "en"
    # Qt's own texts (standard buttons, context menus of text fields) in the same language
    qt_base = QTranslator()
    if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    own = QTranslator()
    path = catalogue(lang)
    if path.exists() and own.load(str(path)):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    return found
