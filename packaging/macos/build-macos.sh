#!/usr/bin/env bash
# macOS: build "Cancer Information Reader.app" with PyInstaller and wrap it in a .dmg.
# Run on a Mac (Apple silicon or Intel: the app is built for the machine it is built on), from anywhere:
#   packaging/macos/build-macos.sh
# Needs: Python 3.11+ from python.org or Homebrew (python3 on PATH, or PYTHON=/path/to/python3),
# Xcode command-line tools (iconutil, codesign, hdiutil come with macOS).
# Optional: SIGN_IDENTITY="Developer ID Application: ..." to sign for distribution; without it the app is
# ad-hoc signed and people must right-click > Open the first time (or you notarize it: see docs/PACKAGING.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
python="${PYTHON:-python3}"

# 1. The bundle (build.py renders the icons, makes build/icons/cancer-reader.icns with iconutil on macOS,
#    and runs PyInstaller, whose spec also makes the .app on macOS).
"$python" packaging/build.py --no-deb

version="$(cat build/VERSION)"
app="dist/Cancer Information Reader.app"
[[ -d "$app" ]] || { echo "PyInstaller did not make $app" >&2; exit 1; }

# 2. Signing: Developer ID (hardened runtime, needed for notarization) or ad-hoc.
if [[ -n "${SIGN_IDENTITY:-}" ]]; then
  codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$app"
else
  codesign --force --deep --sign - "$app"
fi
codesign --verify --deep --strict "$app"

# 3. Check the app runs before shipping it.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/cancer-reader" --self-test

# 4. The disk image: the app and a shortcut to /Applications to drag it onto.
stage="build/dmg"
rm -rf "$stage"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="dist/cancer-reader-${version}.dmg"
rm -f "$dmg"
hdiutil create -volname "Cancer Information Reader" -srcfolder "$stage" -ov -format UDZO "$dmg"
if [[ -n "${SIGN_IDENTITY:-}" ]]; then
  codesign --sign "$SIGN_IDENTITY" --timestamp "$dmg"
fi
echo "Made $dmg ($(du -h "$dmg" | cut -f1))"
