#!/bin/sh
# Creates the training venv for tools/scorer/train.py (default .venv-scorer at the repo root,
# or $1) with the pinned packages of requirements.txt.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv=${1:-"$here/../../.venv-scorer"}
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install --quiet -r "$here/requirements.txt"
echo "venv ready: $venv"
