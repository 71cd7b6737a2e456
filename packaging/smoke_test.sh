#!/usr/bin/env bash
# Runs the frozen build (make test-package) the way an admin and an agent would, on fresh SQLite files, and
# fails on the first step that does not work. Each step exercises parts PyInstaller cannot see by itself:
# Alembic's migration files, the keyring backends found through entry points, Faker's Swedish locale, the
# holiday calendar, argon2's compiled bindings, reportlab's fonts, pyHanko, and Qt's platform plug-ins.
#   packaging/smoke_test.sh [DIST_FOLDER]        (default dist/mnu-desk)
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${1:-dist/mnu-desk}
frozen="$dist/mnu-desk"
source_cli=.venv/bin/mnu-desk   # the program as installed from source, to cross-check the frozen one
py=.venv/bin/python
[[ -x $frozen ]] || { echo "smoke test: no frozen program at $frozen (run make package)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# nothing of the user's own: data, config and keyring live in the scratch folder, and no session bus, so no
# desktop keyring is asked (or unlocked) by the test
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
unset PYTHON_KEYRING_BACKEND DBUS_SESSION_BUS_ADDRESS MNU_DESK_DB_PASSWORD
export MNU_DESK_PASSWORD="smoke-test-password-1" MNU_DESK_KEY_PASSPHRASE="smoke-test-passphrase-1"
export QT_QPA_PLATFORM=offscreen

step() { printf '== %s\n' "$*"; }
fail() { printf 'smoke test FAILED: %s\n' "$*" >&2; exit 1; }
seconds() { "$py" -c 'import time; print(f"{time.monotonic():.3f}")'; }
elapsed() { "$py" -c "print(f'{$2 - $1:.2f} s')"; }
json_field() { "$py" -c "import json, sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1"; }

step "--version"
start=$(seconds)
version=$("$frozen" --version)
end=$(seconds)
expected="mnu-desk $("$py" -c 'import mnu_desk; print(mnu_desk.__version__)')"
[[ $version == "$expected" ]] || fail "--version said '$version', expected '$expected'"
echo "$version ($(elapsed "$start" "$end"))"

step "db upgrade and db check on a fresh file"
db="sqlite:///$work/fresh.sqlite3"
"$frozen" --db "$db" db upgrade
check=$("$frozen" --db "$db" db check --json)
echo "$check"
head=$("$source_cli" --db "$db" db check --json | json_field head)
[[ $(json_field revision <<<"$check") == "$head" ]] || fail "the frozen upgrade did not reach revision $head"
[[ $(json_field backend <<<"$check") == sqlite ]] || fail "db check names another backend"

step "first admin, demo data, a request and a signed extract, all frozen"
"$frozen" --db "$db" demo --customers 25 --seed 7  # demo data only into an empty database
"$frozen" --db "$db" agent add admin --role admin
"$frozen" --db "$db" --agent admin keys init --allow-plaintext-keyring
# the address as the letter gave it: the extract's cover letter goes there whichever demo person this is
letter=(--type access --received "$(date +%F)" --channel letter --customer 100001
        --requester "Åsa Östberg" --requester-address "Storgatan 1, 123 45 Göteborg")
ref=$("$frozen" --db "$db" --agent admin request new "${letter[@]}" --json | json_field ref)
"$frozen" --db "$db" --agent admin extract issue --request "$ref" --out "$work/frozen.pdf" --json
"$frozen" --db "$db" extract verify "$work/frozen.pdf"
# and the program from source agrees that the frozen one signed it
"$source_cli" --db "$db" extract verify "$work/frozen.pdf" >/dev/null

step "extract verify on a sample the program from source issued"
sample_db="sqlite:///$work/sample.sqlite3"
"$source_cli" --db "$sample_db" db upgrade >/dev/null
"$source_cli" --db "$sample_db" demo --customers 3 --seed 1 >/dev/null
"$source_cli" --db "$sample_db" agent add admin --role admin >/dev/null
"$source_cli" --db "$sample_db" --agent admin keys init --allow-plaintext-keyring >/dev/null
sample_ref=$("$source_cli" --db "$sample_db" --agent admin request new "${letter[@]}" --json | json_field ref)
code=$("$source_cli" --db "$sample_db" --agent admin extract issue --request "$sample_ref" \
  --out "$work/sample.pdf" --json | json_field verification_code)
verified=$("$frozen" --db "$sample_db" extract verify "$work/sample.pdf" --json)
[[ $(json_field request <<<"$verified") == "$sample_ref" ]] || fail "the frozen verify named another request"
"$frozen" --db "$sample_db" extract verify --code "$code"
cp "$work/sample.pdf" "$work/altered.pdf"
printf 'X' | dd of="$work/altered.pdf" bs=1 seek=2000 conv=notrunc status=none
if "$frozen" --db "$sample_db" extract verify "$work/altered.pdf" 2>/dev/null; then
  fail "the frozen verify accepted an altered extract"
fi

step "keyring: a profile's password goes to the backend keyring chooses"
expected_backend=$("$py" -c 'from mnu_desk.services import credentials; print(credentials.backend_name())')
# without a secret service the choice is keyrings.alt's file: the program refuses to store the password
# there unless --allow-plaintext-keyring says so, and names the backend; with one, no warning
shop_url="postgresql+psycopg://desk:not-a-real-secret@127.0.0.1/mnu"
if ! warning=$("$frozen" profile add shop --url "$shop_url" 2>&1); then
  [[ $warning == *"--allow-plaintext-keyring"* ]] || fail "profile add failed: $warning"
  warning=$("$frozen" profile add shop --url "$shop_url" --allow-plaintext-keyring 2>&1) ||
    fail "profile add --allow-plaintext-keyring failed: $warning"
fi
echo "$warning"
if [[ $warning == *"unencrypted"* || $warning == *"okrypterat"* ]]; then
  [[ $warning == *"$expected_backend"* ]] || fail "the frozen program chose another keyring than $expected_backend"
fi
[[ $warning != *"fail.Keyring"* ]] || fail "no keyring backend was found in the frozen program"

step "GUI: starts offscreen, shows its first window, quits"
gui_db="sqlite:///$work/gui.sqlite3"
"$frozen" --db "$gui_db" db upgrade >/dev/null
start=$(seconds)
shown=$(MNU_DESK_QUIT_AFTER_START=1 timeout 60 "$frozen" --db "$gui_db" --lang sv)
end=$(seconds)
[[ $shown == shown:* && $shown != "shown: " ]] || fail "the GUI showed no window: '$shown'"
echo "$shown ($(elapsed "$start" "$end") from start to quit)"

step "the parts loaded only later are in the bundle"
internal="$dist/_internal"
for part in ui/main_window.ui resources/processing_register.json resources/translations/mnu_desk_sv.qm \
            resources/icons/nu.m.MnuDesk-256.png mnu_desk/db/migrations/env.py \
            mnu_desk/db/migrations/script.py.mako reportlab/fonts/Vera.ttf \
            PySide6/Qt/translations/qtbase_sv.qm PySide6/Qt/plugins/platforms/libqxcb.so \
            PySide6/Qt/plugins/printsupport/libcupsprintersupport.so; do
  [[ -e $internal/$part ]] || fail "missing from the bundle: $part"
done
for module in QtPdf QtPdfWidgets QtPrintSupport QtSvg; do
  compgen -G "$internal/PySide6/$module.*" >/dev/null || fail "missing from the bundle: PySide6.$module"
done
"$py" - "$internal" <<'EOF' || fail "a migration of the source tree is missing from the bundle"
import pathlib, sys
source = {p.name for p in pathlib.Path("mnu_desk/db/migrations/versions").glob("*.py")}
bundled = {p.name for p in (pathlib.Path(sys.argv[1]) / "mnu_desk/db/migrations/versions").glob("*.py")}
sys.exit(0 if source <= bundled else f"missing: {sorted(source - bundled)}")
EOF

echo "smoke test passed: $(du -sh "$dist" | cut -f1) in $dist"
