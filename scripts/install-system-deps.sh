#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs, only when they are missing.
#   scripts/install-system-deps.sh            libraries for offscreen Qt (tests, --screenshot)
#   scripts/install-system-deps.sh --window   also the X11/xcb libraries for a real window, and xvfb
#   scripts/install-system-deps.sh --tests    also what the test suite uses: strace (to prove no network use),
#                                             and a virtual screen with the screen-reader bus (AT-SPI) for
#                                             tests/ui/test_atspi.py, which reads the window as a screen reader
# As root it installs them with apt-get; otherwise it prints the exact command to run.
set -euo pipefail

packages=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libx11-6 libxkbcommon0 libdbus-1-3 fonts-dejavu-core)
window=(libxcb-cursor0 libxcb-icccm4 libxcb-util1 libxcb-image0 libxcb-keysyms1 libxcb-render0
        libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0
        libxcb-sync1 libxcb-xinerama0 xvfb xauth)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(strace "${window[@]}" at-spi2-core gsettings-desktop-schemas python3-pyatspi dbus-x11 xdotool)
fi
if [[ "${1:-}" == "--window" ]]; then
  packages+=("${window[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-based system: make sure Qt's OpenGL, fontconfig, X11 and xkbcommon libraries are installed." >&2
  exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages Qt needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qt needs these system packages. Please run:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
