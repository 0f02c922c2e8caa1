#!/usr/bin/env bash
# Install kbqa, ingest sample_docs into .kbqa/, give the admin "demo" a fresh password (printed
# once) and start the Streamlit app. Re-running it is safe: ingest is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export KBQA_DATA_DIR="${KBQA_DATA_DIR:-$PWD/.kbqa}"
.venv/bin/kbqa ingest sample_docs
if .venv/bin/kbqa users list --json | grep -q '"name": "demo"'; then
  .venv/bin/kbqa users passwd demo --generate-password
else
  .venv/bin/kbqa users add demo --admin --generate-password
fi
echo "sign in as demo with the password above"
exec .venv/bin/streamlit run app.py
