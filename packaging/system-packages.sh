#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the desk needs and a bare machine lacks, only those missing:
#   system-packages.sh run    Qt's X11 (xcb) platform libraries, to open windows on a desktop
#   system-packages.sh test   the above, the virtual X server the quit test runs the program under, and
#                             SoftHSM2, the software token the signing-token tests sign on
# `make run` and `make test` call it; it needs root (or sudo) only when something is missing.
set -euo pipefail
want=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libxcb-cursor0
      libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
      libxcb-xinerama0 libxcb-xkb1)
[[ ${1:-run} == test ]] && want+=(xvfb xauth softhsm2)
command -v dpkg >/dev/null || exit 0   # not Debian/Ubuntu: the README lists the libraries to install
need=()
for package in "${want[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || need+=("$package")
done
((${#need[@]})) || exit 0
echo "installing ${need[*]}"
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
