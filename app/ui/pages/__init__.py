"""The pages of the main window's left-hand bar. A workflow issue adds its page here, nowhere else.

``factory`` is an import path so a page's module (and what it imports) loads when the page is first
shown, not at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.domain.permissions import REGISTRY_VIEW
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Text
    group: Text
    factory: str             # "module:Class", the class takes (main_window)
    permission: str | None = None


DESK = T("Nav", "Desk")
PROPERTY = T("Nav", "Property")
ARCHIVE = T("Nav", "Archive")

PAGES: list[PageSpec] = [
    PageSpec("home", T("Nav", "Today"), DESK, "app.ui.pages.home:HomePage"),
    PageSpec("duty", T("Nav", "Duty log"), DESK, "app.ui.pages.duty:DutyPage", "duty.view"),
    PageSpec("worklog", T("Nav", "Work log"), DESK, "app.ui.pages.worklog:WorkLogPage", "worklog.view"),
    PageSpec("visits", T("Nav", "Visitor reception"), DESK, "app.ui.pages.visits:VisitsPage", "visit.view"),
    PageSpec("complaints", T("Nav", "Complaints"), DESK, "app.ui.pages.complaints:ComplaintsPage",
             "complaint.view"),
    PageSpec("followups", T("Nav", "Follow-ups"), DESK, "app.ui.pages.followups:FollowUpsPage", "complaint.view"),
    PageSpec("notices", T("Nav", "Notices"), DESK, "app.ui.pages.notices:NoticesPage", "notice.view"),
    PageSpec("relay", T("Nav", "Information relay"), DESK, "app.ui.pages.relay:RelayPage", "relay.view"),
    PageSpec("renovation", T("Nav", "Renovation"), DESK, "app.ui.pages.renovation:RenovationPage",
             "renovation.view"),
    PageSpec("site", T("Nav", "Site supervision"), DESK, "app.ui.pages.site:SitePage", "site.view"),
    PageSpec("release", T("Nav", "Goods release"), DESK, "app.ui.pages.release:ReleasePage", "release.view"),
    PageSpec("fees", T("Nav", "Fees"), DESK, "app.ui.pages.fees:FeesPage", "fees.view"),
    PageSpec("keys", T("Nav", "Keys"), PROPERTY, "app.ui.pages.keys:KeysPage", "keys.view"),
    PageSpec("vacancy", T("Nav", "Vacant units"), PROPERTY, "app.ui.pages.vacancy:VacancyPage", "vacancy.view"),
    PageSpec("lease", T("Nav", "Leases"), PROPERTY, "app.ui.pages.lease:LeasePage", "lease.view"),
    PageSpec("movein", T("Nav", "Move-ins"), PROPERTY, "app.ui.pages.movein:MoveInPage", "movein.view"),
    PageSpec("moveout", T("Nav", "Move-outs"), PROPERTY, "app.ui.pages.moveout:MoveOutPage", "moveout.view"),
    PageSpec("patrol", T("Nav", "Common-area patrol"), PROPERTY, "app.ui.pages.patrol:PatrolPage",
             "patrol.view"),
    PageSpec("registry", T("Nav", "Estate registry"), ARCHIVE, "app.ui.pages.registry:RegistryPage",
             REGISTRY_VIEW),
    PageSpec("monthly", T("Nav", "Monthly report"), ARCHIVE, "app.ui.pages.monthly:MonthlyPage", "report.view"),
]
