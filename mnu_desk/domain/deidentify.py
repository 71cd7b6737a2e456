"""De-identification of analytics rows (policy 4 "statistik", 9.2 "avidentifiera"; docs/design.md "Erasure"):
instead of erasing a person's usage events, interests or newsletter interactions, an erasure may keep them for
statistics with every link to the person cut — the person and the shop's id of the row removed, IP addresses cut
to their network (/24 for IPv4, /48 for IPv6), cookie ids removed, and the query part of addresses and links,
which can carry an e-mail or a subscriber id, dropped."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from .errors import ValidationFailed

# the categories that may be de-identified, named as their tables
DEIDENTIFIABLE = ("usage_events", "interests", "newsletter_interactions")
IPV4_PREFIX, IPV6_PREFIX = 24, 48


def parse_categories(values) -> frozenset[str]:
    """The categories an agent chose, checked: only analytics rows may be de-identified."""
    chosen = frozenset(str(v).strip().lower() for v in values or () if str(v).strip())
    unknown = sorted(chosen - set(DEIDENTIFIABLE))
    if unknown:
        raise ValidationFailed("Only {allowed} can be de-identified, not '{value}'.",
                               allowed=", ".join(DEIDENTIFIABLE), value=", ".join(unknown))
    return chosen


def network_of(ip: str | None) -> str | None:
    """The address with its host part zeroed: 192.0.2.77 -> 192.0.2.0, 2001:db8:1:2::5 -> 2001:db8:1::. Text
    that is no IP address is not kept at all."""
    if not ip:
        return None
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return None
    prefix = IPV4_PREFIX if address.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False).network_address)


def without_query(address: str | None) -> str | None:
    """A path or link without its query and fragment: /sok?q=anna@example.se -> /sok."""
    if not address:
        return address
    parts = urlsplit(address)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
