#!/usr/bin/env bash
# Data-dir compatibility: a knowledge base made by the pre-move code (/tmp/issue20/orig) opens
# and answers unchanged with the moved code (/tmp/issue20/try2). Prints both outputs; diff them.
set -euo pipefail
KB=/tmp/issue20/compat_kb
BIN=/work/main/.venv/bin/kbqa
rm -rf "$KB"
export KBQA_DATA_DIR=$KB
cd /tmp/issue20/orig
PYTHONPATH=/tmp/issue20/orig $BIN users add alice --group hr --no-password
PYTHONPATH=/tmp/issue20/orig $BIN ingest /work/main/sample_docs/expense_policy.md /work/main/sample_docs/差旅报销制度.md --group hr --json > /tmp/issue20/compat_ingest.json
for side in orig try2; do
  cd /tmp/issue20/$side
  {
    PYTHONPATH=/tmp/issue20/$side $BIN documents --user alice
    PYTHONPATH=/tmp/issue20/$side $BIN search "How long do I have to file an expense report?" --user alice
    PYTHONPATH=/tmp/issue20/$side $BIN index status --json
    PYTHONPATH=/tmp/issue20/$side $BIN audit verify
  } > /tmp/issue20/compat_$side.txt 2>&1
done
diff /tmp/issue20/compat_orig.txt /tmp/issue20/compat_try2.txt && echo "compat: identical output" || echo "compat: outputs differ (above)"
