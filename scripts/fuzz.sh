#!/usr/bin/env bash
# Fuzz the loaders and the chunker for longer than CI does: the tests of tests/ingest/test_fuzz.py
# with KBQA_FUZZ_EXAMPLES examples per test (default 5000), random instead of derandomized.
# Extra arguments go to pytest, e.g.  scripts/fuzz.sh -k pdf   or   KBQA_FUZZ_EXAMPLES=500 scripts/fuzz.sh
# A failure prints the shrunk input and a @reproduce_failure(...) line to replay it.
set -euo pipefail
cd "$(dirname "$0")/.."
export KBQA_FUZZ_EXAMPLES="${KBQA_FUZZ_EXAMPLES:-5000}"
exec .venv/bin/pytest tests/ingest/test_fuzz.py -p no:cacheprovider --hypothesis-show-statistics \
  -q -o addopts="--strict-markers" "$@"
