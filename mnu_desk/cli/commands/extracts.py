"""`extract issue|verify`, `keys init|import|token` and `request fee`: the signed register extract (GDPR art. 15,
policy 9.3.1). The key passphrase comes from MNU_DESK_KEY_PASSPHRASE, the token's PIN from MNU_DESK_TOKEN_PIN,
else the keyring, else a prompt."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from ... import i18n
from ...domain.errors import DeskError, ValidationFailed
from ...domain.roles import Permission
from ...private_files import FileExists, read_regular, write_private
from ...services import extracts as service
from ...services import keys, token
from ..errors import UsageError
from ..output import emit_json
from ..session import _interactive, add_plaintext_keyring_option, login, open_desk, require_safe_keyring
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("extract", help=summary("extract"))
    actions = parser.add_subparsers(dest="extract_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    issue = actions.add_parser("issue", parents=[common], help="issue, sign and save an extract")
    issue.add_argument("--request", required=True, metavar="REF")
    issue.add_argument("--out", required=True, metavar="FILE.pdf")
    issue.add_argument("--copy", metavar="FILE.json", help="also a machine-readable copy")
    issue.add_argument("--force", action="store_true", help="replace FILE.pdf / FILE.json if they exist")
    issue.set_defaults(handler=issue_extract)
    verify = actions.add_parser("verify", parents=[common], help="is this an extract the desk issued?")
    verify.add_argument("file", nargs="?", metavar="FILE.pdf")
    verify.add_argument("--code", metavar="CODE")
    verify.set_defaults(handler=verify_extract)

    keys_parser = sub.add_parser("keys", help=summary("keys"))
    key_actions = keys_parser.add_subparsers(dest="keys_action", metavar="ACTION", required=True,
                                             parser_class=type(keys_parser))
    init = key_actions.add_parser("init", parents=[common], help="make a self-signed company key for a trial")
    add_plaintext_keyring_option(init)
    init.set_defaults(handler=keys_init)
    imp = key_actions.add_parser("import", parents=[common], help="import the company's PKCS#12")
    imp.add_argument("file", metavar="FILE.p12")
    add_plaintext_keyring_option(imp)
    imp.set_defaults(handler=keys_import)
    tok = key_actions.add_parser("token", parents=[common],
                                 help="sign with the company key on a PKCS#11 token on this computer")
    tok.add_argument("--module", required=True, metavar="LIB.so", help="the token's PKCS#11 library")
    tok.add_argument("--token", required=True, metavar="LABEL", help="the token's label")
    tok.add_argument("--key", required=True, metavar="LABEL", help="the label of the key and its certificate")
    add_plaintext_keyring_option(tok)
    tok.set_defaults(handler=keys_token)


def _passphrase(desk, *, new: bool) -> str | None:
    # a new key takes its passphrase from the environment or the person, never from an old keyring entry
    value = os.environ.get(keys.ENV) or None if new else keys.passphrase_from_environment(desk)
    if value:
        return value
    if not _interactive():
        if new:
            raise UsageError("no passphrase: set MNU_DESK_KEY_PASSPHRASE or run in a terminal")
        return None
    value = getpass.getpass("Passphrase of the signing key: ")
    if new and getpass.getpass("Repeat it: ") != value:
        raise UsageError("the two passphrases differ")
    return value


def signing_secret(desk) -> dict:
    """The PIN of the token this computer signs with, else the trial key's passphrase: from the environment,
    the keyring or a prompt."""
    config = token.configured(keys.database_id(desk))
    if config is None:
        return {"passphrase": _passphrase(desk, new=False)}
    pin = token.pin_from_environment(config)
    if pin is None and _interactive():
        pin = getpass.getpass(f"PIN of the token {config.token}: ")
    return {"pin": pin}


def issue_extract(args) -> int:
    targets = [Path(args.out), *([Path(args.copy)] if args.copy else [])]
    if len({t.resolve() for t in targets}) < len(targets):
        raise UsageError("--out and --copy name the same file")
    _refuse_existing(targets, args.force)  # before any work: the answer is the same after signing
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    files = _Files(targets, args.force)
    try:
        # the global --lang chooses the extract's language too (Swedish by default)
        result = service.issue_extract(inv.desk, actor, args.request, lang=getattr(args, "lang", None) or "sv",
                                       copy_json=bool(args.copy), deliver=files, **signing_secret(inv.desk))
    except DeskError:
        # a refusal rolled the recording back: the files must not be posted. A database failure at the
        # commit keeps them, since the commit may have happened (verify tells which)
        files.remove()
        raise
    summary = {"request": result.request_ref, "file": args.out, "copy": args.copy, "pages": result.pages,
               "sha256": result.sha256, "verification_code": result.verification_code,
               "on_time": result.on_time, "repeat": result.repeat, "free": result.free, "fee": result.fee}
    if args.json:
        emit_json(summary)
    else:
        print(i18n.text("Issued the extract for {ref}: {file}, {pages} pages, verification code {code}.",
                        ref=result.request_ref, file=args.out, pages=result.pages, code=result.verification_code))
        if result.repeat:
            print(i18n.text("Note: a repeat: an extract was already issued to this person this year."))
    return 0


EXISTS = "{file} exists; give --force to replace it. Nothing was issued."


def _refuse_existing(targets: list[Path], force: bool) -> None:
    for target in targets:
        if not force and (target.exists() or target.is_symlink()):
            raise ValidationFailed(EXISTS, file=str(target))


class _Files:
    """The signed extract and its copy on disk, whole and private, before the issuance is recorded. If the
    second file fails, the first is taken away again: an extract goes out complete or not at all. If the
    recording then fails, the files go too: a file the register does not know must not be posted."""

    def __init__(self, targets: list[Path], force: bool) -> None:
        self.targets, self.force, self.written = targets, force, []

    def __call__(self, pdf: bytes, copy: bytes | None) -> None:
        try:
            for target, data in zip(self.targets, [pdf, copy], strict=False):
                if data is not None:
                    write_private(target, data, force=self.force)
                    self.written.append(target)
        except FileExists as exc:
            self.remove()
            raise ValidationFailed(EXISTS, file=str(exc)) from None
        except OSError as exc:
            failed = self.targets[len(self.written)]
            self.remove()
            raise ValidationFailed("Could not write {file}: {reason}. Nothing was issued.",
                                   file=str(failed), reason=exc.strerror or str(exc)) from None

    def remove(self) -> None:
        for path in self.written:
            path.unlink(missing_ok=True)
        self.written = []


def verify_extract(args) -> int:
    if bool(args.file) == bool(args.code):
        raise UsageError("give either FILE.pdf or --code CODE")
    inv = open_desk(args)
    login(inv, args, required=False)
    if args.code:
        found = service.verify_code(inv.desk, args.code)
    else:
        data = read_regular(args.file)
        found = service.verify_file(inv.desk, data)
    if args.json:
        emit_json({"ok": True, **found})
    else:
        print(i18n.text("Genuine: issued on {date} for request {ref} (code {code}).", date=found["issued_on"],
                        ref=found["request"], code=found["verification_code"]))
    return 0


def _may_store_a_key(args):
    """The order a person expects: who they are, then whether they may, then where the passphrase would go,
    and only then the passphrase itself."""
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    actor.require(Permission.MANAGE_SIGNING_KEYS)
    require_safe_keyring(args, keys.ENV)
    return inv, actor


def keys_init(args) -> int:
    inv, actor = _may_store_a_key(args)
    info = keys.init_self_signed(inv.desk, actor, _passphrase(inv.desk, new=True) or "")
    return _key_done(args, info)


def keys_import(args) -> int:
    data = read_regular(args.file)
    inv, actor = _may_store_a_key(args)
    info = keys.import_p12(inv.desk, actor, data, _passphrase(inv.desk, new=False) or "")
    return _key_done(args, info)


def keys_token(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    actor.require(Permission.MANAGE_SIGNING_KEYS)
    config = token.check_config(args.module, args.token, args.key)
    pin = os.environ.get(token.ENV) or None
    if pin is None:  # the PIN will be kept in the keyring: only where that is safe, or the admin says so
        require_safe_keyring(args, token.ENV)
        pin = token.pin_from_environment(config)
    if pin is None:
        if not _interactive():
            raise UsageError("no PIN: set MNU_DESK_TOKEN_PIN or run in a terminal")
        pin = getpass.getpass(f"PIN of the token {config.token}: ")
    info = keys.set_up_token(inv.desk, actor, config.module, config.token, config.key, pin)
    return _key_done(args, info)


def _key_done(args, info) -> int:
    if args.json:
        emit_json(info.as_dict())
    else:
        print(i18n.text("Signing key {subject}, valid to {date}, SHA-256 {fingerprint}.", subject=info.subject,
                        date=info.not_after.date().isoformat(), fingerprint=info.fingerprint_sha256))
    return 0


def decide_fee(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = service.decide_fee(inv.desk, actor, args.ref, args.amount, args.reason, excessive=args.excessive)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Fee for {ref}: {fee} kr.", ref=result["ref"], fee=result["fee"]))
    return 0

