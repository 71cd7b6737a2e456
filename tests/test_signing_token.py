"""The company's signing key on a PKCS#11 token (docs/design.md "Signing key", section 7 `keys token`), tried on
SoftHSM2: an extract signed on the token passes pdfsig and `extract verify`; the token never gives its private
key away; a PDF signed by any other key is refused even when the database's owner registers that key and the
file; an agent's own database log-in issues with the token, reading no key material."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from datetime import date

import pytest
from sqlalchemy import insert, select

from mnu_desk.cli.main import main
from mnu_desk.db.models import IssuedExtract, Request, SigningKey
from mnu_desk.services import agents, credentials, keys, token

from .conftest import TEST_PASSWORD, desk_profile_url
from .factories import add_person
from .softhsm import make_token

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="pdfsig (poppler-utils) not installed")
ANNA = "anna-password-1"


@pytest.fixture
def own_config(tmp_path, monkeypatch):
    """This computer's config (the token and its pin) in the test's own folder: a pin must not reach another
    test's database, which shares the database id on a server."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(token.ENV, raising=False)
    monkeypatch.delenv(keys.ENV, raising=False)


@pytest.fixture
def hsm(tmp_path, monkeypatch, own_config):
    return make_token(tmp_path / "hsm", monkeypatch)


@pytest.fixture
def office(desk, admin, hsm, monkeypatch):
    agents.add_agent(desk, admin, "anna", "agent", ANNA)
    add_person(desk)
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    return desk


def cli(capsys, db, *argv, agent="admin"):
    code = main([*argv, "--db", db, *(("--agent", agent) if agent else ())])
    out, err = capsys.readouterr()
    return code, out, err


def set_up(capsys, db_url, hsm, monkeypatch, *extra):
    monkeypatch.setenv(token.ENV, hsm.pin)
    return cli(capsys, db_url, "keys", "token", "--module", hsm.module, "--token", hsm.label, "--key",
               hsm.key_label, "--json", *extra)


def new_request(capsys, db, agent="anna") -> str:
    code, out, err = cli(capsys, db, "request", "new", "--type", "access", "--received", date.today().isoformat(),
                         "--channel", "letter", "--customer", "100001", "--json", agent=agent)
    assert code == 0, err
    return json.loads(out)["ref"]


def issue_as_anna(capsys, db, monkeypatch, folder):
    """A new access request and its extract, issued by the agent anna, who holds the token's PIN."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", ANNA)
    ref = new_request(capsys, db)
    pdf = folder / "utdrag.pdf"
    code, out, err = cli(capsys, db, "extract", "issue", "--request", ref, "--out", str(pdf), "--json",
                         agent="anna")
    assert code == 0, err
    assert json.loads(out)["request"] == ref
    return ref, pdf


def test_keys_token_registers_the_tokens_certificate_as_the_active_non_trial_key(office, db_url, hsm, capsys,
                                                                                 monkeypatch):
    code, out, err = set_up(capsys, db_url, hsm, monkeypatch)
    assert code == 0, err
    shown = json.loads(out)
    assert shown["fingerprint_sha256"] == hsm.fingerprint and shown["trial"] is False
    assert shown["token"] == hsm.label
    with office.read() as session:
        row = session.scalar(select(SigningKey).where(SigningKey.fingerprint_sha256 == hsm.fingerprint))
        assert row.active and row.p12 is None and row.key_label == hsm.key_label
    assert keys.active_key_info(office).trial is False
    assert token.pinned(keys.database_id(office)) == {hsm.fingerprint}
    # only an admin sets the key up
    assert cli(capsys, db_url, "keys", "token", "--module", hsm.module, "--token", hsm.label, "--key",
               hsm.key_label, agent="anna")[0] == 1


def test_a_pkcs12_key_is_a_trial_key(desk, admin, own_config):
    """docs/design.md "Signing key": a PKCS#12 kept in the database is for a trial."""
    info = keys.init_self_signed(desk, admin, "trial-passphrase-1")
    assert info.trial is True and info.as_dict()["trial"] is True


@pytest.mark.parametrize(("field", "value", "says"), [
    ("--token", "no-such-token", "Ingen token med etiketten 'no-such-token'"),
    ("--key", "no-such-key", "ingen privat nyckel med etiketten 'no-such-key'"),
    ("--module", "/nonexistent/lib.so", "ingen PKCS#11-modul på"),
    ("--module", "relative/lib.so", "absolut sökväg"),
])
def test_a_wrong_token_key_or_module_is_refused_and_nothing_saved(office, db_url, hsm, capsys, monkeypatch,
                                                                   field, value, says):
    values = {"--module": hsm.module, "--token": hsm.label, "--key": hsm.key_label, field: value}
    monkeypatch.setenv(token.ENV, hsm.pin)
    code, out, err = cli(capsys, db_url, "keys", "token", *[part for pair in values.items() for part in pair])
    assert code == 1 and out == "" and says in err
    assert keys.active_key_info(office) is None
    assert token.configured(keys.database_id(office)) is None


def test_a_wrong_pin_is_refused_and_not_kept(office, db_url, hsm, capsys, monkeypatch):
    monkeypatch.setenv(token.ENV, "wrong-pin-9")
    code, out, err = cli(capsys, db_url, "keys", "token", "--module", hsm.module, "--token", hsm.label, "--key",
                         hsm.key_label)
    assert code == 1 and "Fel PIN-kod" in err
    assert keys.active_key_info(office) is None
    assert credentials.get(token.pin_account(hsm.label)) is None


def test_the_pin_goes_to_the_keyring_never_to_the_config(office, db_url, hsm, capsys, monkeypatch, tmp_path):
    monkeypatch.setattr("getpass.getpass", lambda prompt="": hsm.pin)
    monkeypatch.setattr("mnu_desk.cli.commands.extracts._interactive", lambda: True)
    try:
        code, out, err = cli(capsys, db_url, "keys", "token", "--module", hsm.module, "--token", hsm.label,
                             "--key", hsm.key_label)
        assert code == 1 and "--allow-plaintext-keyring" in err  # the plain-file test keyring: only when told
        code, out, err = cli(capsys, db_url, "keys", "token", "--module", hsm.module, "--token", hsm.label,
                             "--key", hsm.key_label, "--allow-plaintext-keyring")
        assert code == 0, err
        assert credentials.get(token.pin_account(hsm.label)) == hsm.pin
        config = (tmp_path / "config").rglob("*.json")
        assert all(hsm.pin not in path.read_text() for path in config)
    finally:
        credentials.delete(token.pin_account(hsm.label))


def test_the_token_refuses_to_export_its_private_key(hsm):
    """The key never leaves the token: asked for its value, the token refuses (CKA_SENSITIVE, not
    CKA_EXTRACTABLE), and wrapping it out is refused too."""
    import pkcs11
    from pkcs11 import Attribute, KeyType, ObjectClass

    session = pkcs11.lib(hsm.module).get_token(token_label=hsm.label).open(user_pin=hsm.pin, rw=True)
    try:
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, label=hsm.key_label)
        assert key[Attribute.SENSITIVE] is True and key[Attribute.EXTRACTABLE] is False
        with pytest.raises(pkcs11.AttributeSensitive):
            key[Attribute.VALUE]
        wrapping = session.generate_key(KeyType.AES, 256, template={Attribute.WRAP: True})
        with pytest.raises(pkcs11.PKCS11Error):
            wrapping.wrap_key(key)
    finally:
        session.close()


def test_a_key_the_token_would_export_is_refused(office, db_url, hsm, capsys, monkeypatch):
    """A company key must stay on its token: `keys token` refuses one marked extractable."""
    import pkcs11
    from pkcs11 import Attribute, KeyType
    from pkcs11.util.ec import encode_named_curve_parameters

    session = pkcs11.lib(hsm.module).get_token(token_label=hsm.label).open(user_pin=hsm.pin, rw=True)
    try:
        params = session.create_domain_parameters(
            KeyType.EC, {Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")}, local=True)
        params.generate_keypair(store=True, label="loose",
                                private_template={Attribute.SENSITIVE: False, Attribute.EXTRACTABLE: True})
    finally:
        session.close()
    monkeypatch.setenv(token.ENV, hsm.pin)
    code, out, err = cli(capsys, db_url, "keys", "token", "--module", hsm.module, "--token", hsm.label, "--key",
                         "loose")
    assert code == 1 and keys.active_key_info(office) is None
    assert "certifikat" in err or "exporteras" in err


@needs_pdfsig
def test_an_extract_signed_on_the_token_passes_pdfsig_and_verify(office, db_url, hsm, capsys, monkeypatch,
                                                                 tmp_path):
    """Policy 9.3.1; docs/design.md "Signing key": the extract is signed on the token (PAdES), pdfsig reads a
    valid signature by the token's certificate over the whole file, and the desk verifies it."""
    assert set_up(capsys, db_url, hsm, monkeypatch)[0] == 0
    ref, pdf = issue_as_anna(capsys, db_url, monkeypatch, tmp_path)
    report = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, timeout=60).stdout
    assert "Signature is Valid" in report and "Total document signed" in report, report
    assert "m punkt nu Sverige AB" in report
    code, out, err = cli(capsys, db_url, "extract", "verify", str(pdf), "--json", agent=None)
    assert code == 0, err
    assert json.loads(out)["request"] == ref
    with office.read() as session:
        issued = session.scalar(select(IssuedExtract).where(IssuedExtract.request_ref == ref))
        key = session.get(SigningKey, issued.signing_key_id)
    assert key.fingerprint_sha256 == hsm.fingerprint


def test_a_seal_is_signed_on_the_token_and_holds(office, db_url, hsm, capsys, monkeypatch, tmp_path):
    assert set_up(capsys, db_url, hsm, monkeypatch)[0] == 0
    code, out, err = cli(capsys, db_url, "audit", "seal", "--folder", str(tmp_path / "seals"), "--json")
    assert code == 0, err
    seal = json.loads(out)["file"]
    code, out, err = cli(capsys, db_url, "audit", "verify", "--seal", seal, agent=None)
    assert code == 0, err


def test_a_pdf_signed_by_another_key_is_refused_even_with_rows_the_owner_inserted(office, db_url, hsm, capsys,
                                                                                  monkeypatch, tmp_path):
    """docs/design.md "Signing key": the database's owner registers a key of their own and records a forged file
    as issued; a desk set up with the token believes only the certificate it pinned."""
    from mnu_desk.extract.sign import sign

    assert set_up(capsys, db_url, hsm, monkeypatch)[0] == 0
    ref, genuine = issue_as_anna(capsys, db_url, monkeypatch, tmp_path)
    foreign = keys.make_self_signed_p12("annan-nyckel-1")  # even the company's name on it
    forged = sign(_fabricated_extract(ref), foreign, "annan-nyckel-1", company="m punkt nu Sverige AB",
                  reference=ref)
    from cryptography.hazmat.primitives.serialization import pkcs12

    _, cert, _ = pkcs12.load_key_and_certificates(foreign, b"annan-nyckel-1")
    from cryptography.hazmat.primitives import hashes

    with office.write() as session:  # the owner's connection: every table is theirs
        key_id = session.execute(insert(SigningKey).values(
            p12=foreign, subject="CN=m punkt nu Sverige AB", not_before=cert.not_valid_before_utc,
            not_after=cert.not_valid_after_utc, fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
            active=False, added_at=cert.not_valid_before_utc, trial=True)).inserted_primary_key[0]
        issued = session.scalar(select(IssuedExtract).where(IssuedExtract.request_ref == ref))
        request_id = session.scalar(select(Request.id).where(Request.ref == ref))
        session.add(IssuedExtract(request_id=request_id, person_id=issued.person_id, agent_id=issued.agent_id,
                                  issued_at=issued.issued_at, language="sv",
                                  sha256=hashlib.sha256(forged).hexdigest(), verification_code="ZZZZZ-ZZZZZ",
                                  free=True, fee=None, request_ref=ref, page_count=issued.page_count,
                                  signing_key_id=key_id))
    path = tmp_path / "forged.pdf"
    path.write_bytes(forged)
    code, out, err = cli(capsys, db_url, "extract", "verify", str(path), agent=None)
    assert code == 1 and out == "" and "inte är kundtjänstens" in err
    assert cli(capsys, db_url, "extract", "verify", str(genuine), agent=None)[0] == 0


def test_an_agents_own_login_issues_with_the_token(server, office, db_url, hsm, capsys, monkeypatch, tmp_path):
    """docs/design.md "Who the database trusts": with the key on a token an agent's own database log-in issues
    an extract; it reads no key material (the PKCS#12 column stays the admins')."""
    if server.backend == "sqlite":
        pytest.skip("database log-ins exist on PostgreSQL and MariaDB")
    assert set_up(capsys, db_url, hsm, monkeypatch)[0] == 0
    bare = desk_profile_url(office)
    ref, pdf = issue_as_anna(capsys, bare, monkeypatch, tmp_path)
    code, out, err = cli(capsys, bare, "extract", "verify", str(pdf), agent="anna")
    assert code == 0, err
    with office.read() as session:
        issued = session.scalar(select(IssuedExtract).where(IssuedExtract.request_ref == ref))
        assert issued.agent_id is not None


def _fabricated_extract(ref: str) -> bytes:
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, f"Registerutdrag {ref}: inga uppgifter")
    page.save()
    return buffer.getvalue()
