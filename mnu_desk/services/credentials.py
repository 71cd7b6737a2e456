"""Secrets (database passwords, key passphrases) live in the system keyring, never in files or logs. One
small store over keyring that says plainly when only an insecure backend is there. keyring is imported on
first use (it brings urllib and tarfile with it): a desk on this computer's file never needs it to start."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "mnu-desk"


def backend() -> KeyringBackend:
    import keyring

    return keyring.get_keyring()


def backend_name() -> str:
    kr = backend()
    return f"{type(kr).__module__}.{type(kr).__name__}"


def is_secure() -> bool:
    """False for the plain-text and null backends: a password stored there is not protected."""
    kr = backend()
    name = type(kr).__name__.lower()
    module = type(kr).__module__.lower()
    if "plaintext" in name or "null" in module or "fail" in module or "uncrypted" in name:
        return False
    try:
        return float(kr.priority) >= 1
    except Exception:  # noqa: BLE001 - a backend without a usable priority is not trusted
        return False


def get(account: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account)
    except KeyringError:
        return None


def put(account: str, secret: str) -> None:
    import keyring

    keyring.set_password(SERVICE, account, secret)


def delete(account: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(SERVICE, account)
    except KeyringError:
        pass


def profile_account(profile: str) -> str:
    return f"profile:{profile}"
