"""One widget per tab of the record view: each names the categories it shows, loads nothing itself, and
fills its tables from what `services.people.show_person` returned for those categories."""

from .activity import ActivityTab
from .disclosures import DisclosuresTab
from .interests import InterestsTab
from .log import LogTab
from .objections import ObjectionsTab
from .overview import OverviewTab
from .purchases import PurchasesTab
from .requests import RequestsTab

# in the order of the tabs in ui/record_view.ui and of the Ctrl+1..8 shortcuts
TAB_CLASSES = (OverviewTab, PurchasesTab, ActivityTab, InterestsTab, ObjectionsTab, DisclosuresTab,
               RequestsTab, LogTab)

__all__ = ["TAB_CLASSES", "ActivityTab", "DisclosuresTab", "InterestsTab", "LogTab", "ObjectionsTab",
           "OverviewTab", "PurchasesTab", "RequestsTab"]
