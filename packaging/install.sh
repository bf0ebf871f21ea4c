#!/bin/sh
# Installs the Planning Workbench from the wheels beside this script, with no network (see --help).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
default=${XDG_DATA_HOME:-$HOME/.local/share}/yrd-planning-workbench/venv

case "${1:-}" in
  -h | --help)
    echo "usage: sh install.sh [--help] [VENV]"
    echo
    echo "Installs the Planning Workbench from the wheels in this folder, with no network, into the virtual"
    echo "environment VENV (default $default), made with the Python the wheels"
    echo "are for (python-version.txt): \$PYTHON, else pythonX.Y, else python3. Then run VENV/bin/workbench."
    exit 0 ;;
  -*) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
esac
venv=${1:-$default}
if [ ! -f "$here/python-version.txt" ]; then
  echo "$here is not a wheelhouse: build one with packaging/wheelhouse.py" >&2
  exit 1
fi
wanted=$(cat "$here/python-version.txt")

python=${PYTHON:-python$wanted}
command -v "$python" >/dev/null 2>&1 || python=python3
found=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || found=none
if [ "$found" != "$wanted" ]; then
  echo "These wheels are for Python $wanted; $python is $found. Set PYTHON to a Python $wanted" >&2
  echo "(Debian/Ubuntu: sudo apt-get install python$wanted python$wanted-venv)." >&2
  exit 1
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index --find-links "$here" \
  --upgrade yrd-planning-workbench
echo "Installed. Run: $venv/bin/workbench"
