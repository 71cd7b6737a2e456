"""Every table of the desk. Import from here so that the metadata is complete wherever it is used."""

from .activity import Interest, NewsletterInteraction, NewsletterSubscription, UsageEvent
from .agents import Agent
from .audit import AuditEntry, AuditHead, AuditPayload
from .desk import (
    IssuedExtract,
    Objection,
    Request,
    RequestAttachment,
    Restriction,
    SentLetter,
    Setting,
    SupplementaryStatement,
    Task,
)
from .feed import ChangeFeedState, ChangeOutbox, ChangeTask, ImportRun
from .orders import Order, OrderLine
from .people import Account, Address, Favourite, Person, SearchWord, WishList, WishListItem
from .search_log import SearchLogEntry
from .sharing import Disclosure, Recipient, SupportContact
from .signing import SigningKey

__all__ = [
    "Account", "Address", "Agent", "AuditEntry", "AuditHead", "AuditPayload", "ChangeFeedState", "ChangeOutbox",
    "ChangeTask", "Disclosure", "Favourite", "ImportRun",
    "Interest", "IssuedExtract", "NewsletterInteraction", "NewsletterSubscription", "Objection", "Order",
    "OrderLine", "Person", "Recipient", "Request", "RequestAttachment", "Restriction", "SentLetter", "Setting",
    "SearchLogEntry", "SearchWord", "SigningKey", "SupplementaryStatement", "SupportContact", "Task", "UsageEvent", "WishList", "WishListItem",
]
