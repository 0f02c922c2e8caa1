"""Would an int8 embedder close kbqa's ingest gap to the LangChain recipe? Speed, drift, quality.

    .venv/bin/python -m benchmarks.bench_embed_int8 [--docs 300]

Quantizes all-MiniLM-L6-v2's linear layers to int8 (torch dynamic quantization, per tensor and
per channel) and reports, against the fp32 model: embedding time on the first ``--docs`` Cranfield
documents, cosine between the two models' vectors, and nDCG@10 of dense and fused retrieval on
Cranfield and XQuAD en. Writes benchmarks/results/embed_int8.json; the figures are quoted in
docs/BENCHMARKS.md ("kbqa vs the LangChain recipe"). About 10 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kbqa.embedding import SentenceTransformerEmbedder  # noqa: E402
from kbqa.evaluation import evaluate_beir, load_beir  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
SETS = [SHARED / "retrieval_cranfield", SHARED / "en_xquad" / "beir_derived_en"]
RESULTS = REPO / "benchmarks" / "results" / "embed_int8.json"


def _quantized(per_channel: bool) -> SentenceTransformerEmbedder:
    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    embedder = SentenceTransformerEmbedder()
    spec = {torch.nn.Linear: per_channel_dynamic_qconfig} if per_channel else {torch.nn.Linear}
    embedder._model = quantize_dynamic(embedder._model, spec, dtype=torch.qint8)
    embedder.name += "-int8-" + ("channel" if per_channel else "tensor")
    return embedder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    args = parser.parse_args()
    texts = load_beir(SETS[0]).docs[: args.docs]
    rows = {}
    reference = None
    for name, make in (("fp32", SentenceTransformerEmbedder),
                       ("int8 per tensor", lambda: _quantized(False)),
                       ("int8 per channel", lambda: _quantized(True))):
        embedder = make()
        embedder.embed(texts[:16])  # warm-up
        started = time.perf_counter()
        vectors = embedder.embed(texts)
        row = {"embed_s": round(time.perf_counter() - started, 2)}
        if reference is None:
            reference = vectors
        else:
            cosine = (reference * vectors).sum(axis=1)
            row |= {"cosine_mean": round(float(cosine.mean()), 3),
                    "cosine_min": round(float(cosine.min()), 3)}
        if name != "int8 per tensor":  # too far off to be worth the retrieval runs
            for folder in SETS:
                metrics = evaluate_beir(folder, embedder)["metrics"]
                row[folder.name] = {k: metrics[k]["ndcg@10"] for k in ("dense", "fused")}
        rows[name] = row
        print(name, json.dumps(row), flush=True)
    fp32 = rows["fp32"]["embed_s"]
    for row in rows.values():
        row["speedup"] = round(fp32 / row["embed_s"], 2)
    RESULTS.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
