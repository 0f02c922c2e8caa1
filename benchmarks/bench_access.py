"""What access control costs per question, on a real SQLite chunk store of synthetic documents.

    .venv/bin/python benchmarks/bench_access.py [--sizes 10000 100000] [--repeats 20]

For each size: documents of 10 chunks (384-d vectors, ~800-character texts), each tagged with one
of 20 groups, one in ten without groups. A user in two groups asks; measured:

* ``resolve``: reading the user and their groups (done on every question);
* ``permitted_cold``: the SQL query for the ids of the chunks the user may see (after an ingest or
  a regrouping, once per distinct group set);
* ``permitted_cached``: the same through ``PermittedChunks`` once cached (one meta-table read).

Writes benchmarks/results/access_control.json and the "Access control cost" section of
docs/BENCHMARKS.md (not with ``--no-docs``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.report import write_section  # noqa: E402
from ingest.types import Chunk  # noqa: E402
from kbqa.access import PermittedChunks  # noqa: E402
from kbqa.audit import AuditLog, SqlAuditStore  # noqa: E402
from kbqa.store import ChunkStore, NewDocument  # noqa: E402
from kbqa.users import UserDirectory  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "access_control.json"
DOC = REPO / "docs" / "BENCHMARKS.md"
GROUPS = [f"group-{i:02d}" for i in range(20)]
TEXT = ("Policy text about expenses, travel, security and leave. " * 15)[:800]


def _fill(store: ChunkStore, n_chunks: int, rng: np.random.Generator) -> None:
    per_doc = 10
    for start in range(0, n_chunks, 10_000):
        with store.session() as s, s.begin():
            for d in range(start // per_doc, min(n_chunks, start + 10_000) // per_doc):
                vectors = rng.standard_normal((per_doc, 384), dtype=np.float32)
                chunks = [Chunk(text=TEXT, ordinal=i, page=None, section="", start=0, end=800,
                                n_tokens=160) for i in range(per_doc)]
                groups = [] if d % 10 == 0 else [GROUPS[d % len(GROUPS)]]
                store.write_document(s, NewDocument(
                    collection="default", path=f"/docs/{d}.md", title=f"Doc {d}", format="md",
                    content_hash=f"{d:064d}", size_bytes=8000, pages=None, warnings=[],
                    groups=groups, chunks=chunks, vectors=vectors))
            store.bump_generation(s)


def _ms(fn: Callable[[], object], repeats: int) -> dict[str, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(float(np.percentile(times, 50)), 3),
            "p95_ms": round(float(np.percentile(times, 95)), 3)}


def measure(n_chunks: int, repeats: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="kbqa-acl-") as tmp:
        store = ChunkStore.in_data_dir(Path(tmp))
        _fill(store, n_chunks, np.random.default_rng(0))
        users = UserDirectory(store, AuditLog(SqlAuditStore(store.engine)))
        users.add("alice", groups=GROUPS[:2])
        user = users.get("alice")
        assert user is not None
        permitted = store.permitted_chunk_ids(user.groups)
        cached = PermittedChunks(store)
        cached(user)
        row = {
            "chunks": n_chunks,
            "permitted_share": round(len(permitted) / n_chunks, 3),
            "resolve": _ms(lambda: users.get("alice"), repeats),
            "permitted_cold": _ms(lambda: store.permitted_chunk_ids(user.groups), repeats),
            "permitted_cached": _ms(lambda: cached(user), repeats),
        }
        store.engine.dispose()
        return row


def _table(rows: list[dict]) -> str:
    lines = ["| chunks | user may see | resolve user | permitted ids, cold | permitted ids, cached |",
             "|---|---|---|---|---|"]
    for r in rows:
        cells = [f"{r[k]['p50_ms']:.2f} / {r[k]['p95_ms']:.2f}"
                 for k in ("resolve", "permitted_cold", "permitted_cached")]
        lines.append(f"| {r['chunks']:,} | {r['permitted_share']:.0%} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--no-docs", action="store_true")
    args = parser.parse_args()
    rows = []
    for n in args.sizes:
        rows.append(measure(n, args.repeats))
        print(json.dumps(rows[-1]), flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    if not args.no_docs:
        write_section(DOC, "Access control cost", f"""
`.venv/bin/python benchmarks/bench_access.py` — p50 / p95 in ms, SQLite, 2 cores. A user in 2 of
20 groups; one document in ten has no groups. The user is read on every question; the permitted
chunk ids are queried once after each ingest or regrouping (cold) and then come from the cache
(one read of the store version), so a question pays `resolve + cached`.

{_table(rows)}
""")


if __name__ == "__main__":
    main()
