#!/usr/bin/env bash
# Creates .venv (if needed) and installs the project into it, with extras: scripts/make-venv.sh [test]
# Re-installs only when pyproject.toml changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python="${PYTHON:-python3}"

if [[ ! -x .venv/bin/python ]]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
      "$python" -m venv .venv
    else
      echo "Python cannot make a virtual environment here. Please run: sudo apt-get install python3-venv" >&2
      exit 1
    fi
  fi
fi

spec="."
[[ -n "$extra" ]] && spec=".[$extra]"
stamp=".venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)-${extra:-base}"
if [[ ! -f "$stamp" ]]; then
  echo "Installing the reader and its dependencies into .venv (first time only)..."
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e "$spec"
  touch "$stamp"
fi
# The interface translations (.qm) are made from resources/translations/*.ts (only when changed).
.venv/bin/python scripts/translations.py compile >/dev/null
