"""Hybrid retrieval: tokenizer, BM25 index and its files, permission filtering, fusion, quality."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from kbqa.errors import IndexCorruptError
from kbqa.evaluation import BeirSet, evaluate_set, load_beir
from kbqa.index import FaissIndex
from kbqa.lexical import LexicalIndex, cjk_bigrams, cjk_share, term_coverage, tokenize
from kbqa.retrieval import (
    Candidate,
    HybridRetriever,
    reciprocal_rank_fusion,
    score_fusion,
)
from tests.conftest import shared_data


@pytest.fixture(scope="module")
def embedder():
    from kbqa.embedding import shared_embedder

    return shared_embedder("all-MiniLM-L6-v2")


# -- tokenizer ----------------------------------------------------------------------------------
def test_english_is_lowercased_stemmed_and_stopwords_dropped():
    tokens = tokenize(["The pilots were running tests on the Aerodynamic wings."])[0]
    assert tokens == ["pilot", "were", "run", "test", "aerodynam", "wing"]
    # the query form of the same words meets the document form
    assert set(tokenize(["pilot run aerodynamics wing"])[0]) <= set(tokens)


def test_chinese_is_segmented_into_words_without_particles():
    tokens = tokenize(["保修期是多久？"])[0]
    assert tokens == ["保修期", "多久"]


def test_mixed_query_keeps_latin_words_numbers_and_chinese_words():
    assert tokenize(["Atlas Picker 3 保修多久"])[0] == ["atlas", "picker", "3", "保修", "多久"]
    # full-width letters and digits are folded; thousands separators don't split numbers
    assert tokenize(["型号ＡＰ－３００的价格是1,299元"])[0] == ["型号", "ap", "300", "价格", "1299", "元"]


def test_tokens_never_contain_whitespace():
    texts = ["tab\tseparated  words\n新行 中文\u3000全角空格", "  ", ""]
    for tokens in tokenize(texts):
        assert all(t and not any(ch.isspace() for ch in t) for t in tokens)


def test_cjk_bigrams_rejoin_chinese_runs_across_segmentations():
    # jieba keeps 保修期 whole in one text and splits it in another: the bigrams agree
    assert cjk_bigrams(["保修期", "多久"]) == ["保修", "修期", "期多", "多久"]
    assert cjk_bigrams(["保修", "期"]) == ["保修", "修期"]
    # Latin words and numbers end a run; a lone character is kept
    assert cjk_bigrams(["atlas", "保修", "3", "元"]) == ["保修", "元"]
    assert cjk_bigrams(["robot", "warranty"]) == []


def test_cjk_share_tells_english_chinese_and_mixed_apart():
    assert cjk_share("How long is the warranty?") == 0.0
    assert cjk_share("保修期是多久？") == 1.0
    assert cjk_share("Atlas Picker 3 保修多久") == pytest.approx(0.5)
    assert cjk_share("42") == 0.0


# -- BM25 index ---------------------------------------------------------------------------------
CORPUS = {
    11: "The Atlas Picker 3 warehouse robot ships with a two year warranty.",
    12: "Atlas Picker 3 保修期为两年，电池保修一年。",
    13: "Expense reports are due within 30 days of travel.",
    14: "差旅报销须在出差后30天内提交。",
    15: "Passwords must be rotated every 90 days.",
}


def _lexical(corpus: dict[int, str] = CORPUS) -> LexicalIndex:
    index = LexicalIndex()
    index.build(np.array(list(corpus)), list(corpus.values()))
    return index


def test_bm25_finds_english_chinese_and_mixed_queries():
    index = _lexical()
    assert index.search("how long is the robot warranty", k=1)[0].tolist() == [11]
    assert index.search("差旅报销期限", k=1)[0].tolist() == [14]
    ids, scores = index.search("Atlas Picker 3 保修多久", k=5)
    assert ids[0] == 12 and set(ids) == {11, 12}
    assert np.all(np.diff(scores) <= 0)
    assert index.search("quantum chromodynamics", k=5)[0].tolist() == []


def test_bm25_save_load_round_trip_writes_no_pickle(tmp_path):
    index = _lexical()
    index.save(tmp_path / "bm25", generation=7)
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert loaded.generation == 7 and len(loaded) == len(CORPUS)
    for query in ["robot warranty", "差旅报销", "Atlas Picker 3 保修多久", "90 days"]:
        for search in ("search", "search_bigrams"):
            a, b = getattr(index, search)(query, 5), getattr(loaded, search)(query, 5)
            assert a[0].tolist() == b[0].tolist()
            np.testing.assert_allclose(a[1], b[1])
    assert loaded.search_bigrams("差旅报销", 5)[0].tolist() == [14]
    files = [p for p in (tmp_path / "bm25").rglob("*") if p.is_file()]
    assert files and not [p for p in files if p.suffix in (".pkl", ".pickle")]
    for npy in (tmp_path / "bm25").rglob("*.npy"):
        np.load(npy, allow_pickle=False)  # would raise on an object (pickled) array


def test_new_save_replaces_old_and_keeps_one_previous_version(tmp_path):
    folder = tmp_path / "bm25"
    for generation in range(1, 5):
        _lexical(dict(list(CORPUS.items())[:generation + 1])).save(folder, generation)
    loaded = LexicalIndex.load(folder)
    assert (loaded.generation, len(loaded)) == (4, 5)
    assert len([p for p in folder.iterdir() if p.is_dir()]) == 2
    assert not list(folder.glob(".*tmp*"))


def test_failed_save_leaves_previous_index_loadable(tmp_path, monkeypatch):
    folder = tmp_path / "bm25"
    _lexical({1: "alpha beta", 2: "gamma"}).save(folder, generation=1)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kbqa.lexical.os.replace", disk_full)
    with pytest.raises(OSError):
        _lexical().save(folder, generation=2)
    monkeypatch.undo()
    loaded = LexicalIndex.load(folder)
    assert (loaded.generation, len(loaded)) == (1, 2)
    assert loaded.search("gamma", 5)[0].tolist() == [2]
    assert not list(folder.glob(".tmp-*")) and not list(folder.glob(".*.tmp"))


def test_a_save_removes_what_a_killed_save_left_behind(tmp_path):
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    folder = tmp_path / "bm25"
    _lexical().save(folder, generation=1)
    (folder / f".tmp-{dead.pid}-v2-abc").mkdir()  # a version folder being written
    (folder / f".CURRENT.{dead.pid}.tmp").write_text("v2-abc")  # the pointer being swapped
    _lexical().save(folder, generation=2)
    assert not list(folder.glob(".tmp-*")) and not list(folder.glob(".CURRENT.*"))
    assert LexicalIndex.load(folder).generation == 2


def test_missing_damaged_or_foreign_index_gives_a_clear_error(tmp_path):
    with pytest.raises(IndexCorruptError, match="kbqa index rebuild"):
        LexicalIndex.load(tmp_path / "nothing")
    folder = tmp_path / "bm25"
    _lexical().save(folder, generation=1)
    version = folder / (folder / "CURRENT").read_text()
    meta = json.loads((version / "meta.json").read_text())
    (version / "meta.json").write_text(json.dumps({**meta, "tokenizer_version": "0"}))
    with pytest.raises(IndexCorruptError, match="tokenizer version"):
        LexicalIndex.load(folder)
    older = {k: v for k, v in meta.items() if k != "has_bigrams"}  # saved before the bigrams
    (version / "meta.json").write_text(json.dumps(older))
    with pytest.raises(IndexCorruptError, match="older kbqa.*kbqa index rebuild"):
        LexicalIndex.load(folder)
    (version / "meta.json").write_text(json.dumps(meta))
    next(version.glob("data*.npy")).write_bytes(b"garbage")
    with pytest.raises(IndexCorruptError, match="cannot be read"):
        LexicalIndex.load(folder)


@pytest.mark.parametrize("texts", [[], ["...", "！！！"]], ids=["no chunks", "no terms"])
def test_index_without_terms_searches_saves_and_loads(tmp_path, texts):
    index = LexicalIndex()
    index.build(np.arange(len(texts)), texts)
    assert index.search("anything", 5)[0].tolist() == []
    index.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert len(loaded) == len(texts) and loaded.search("anything", 5)[0].tolist() == []


# -- permissions: allowed_ids filters before ranking ------------------------------------------------
def _turbine_corpus() -> dict[int, str]:
    """100 chunks about turbines (the first 90 mention them more often), 100 unrelated."""
    corpus = {}
    for i in range(100):
        times = 5 if i < 90 else 1
        corpus[1000 + i] = f"Report {i}: " + " ".join(["turbine blade inspection"] * times)
    for i in range(100):
        corpus[2000 + i] = f"Cafeteria menu {i}: soup, bread and salad."
    return corpus


FORBIDDEN = set(range(1000, 1090))


def test_bm25_returns_k_permitted_results_when_90_percent_of_matches_are_forbidden():
    corpus = _turbine_corpus()
    index = _lexical(corpus)
    unfiltered = index.search("turbine inspection", k=10)[0]
    assert set(unfiltered) <= FORBIDDEN  # the forbidden chunks are the better matches
    allowed = np.array([i for i in corpus if i not in FORBIDDEN])
    ids, scores = index.search("turbine inspection", k=10, allowed_ids=allowed)
    assert sorted(ids.tolist()) == list(range(1090, 1100))
    assert np.all(scores > 0)
    assert index.search("turbine", k=10, allowed_ids=np.array([], dtype=np.int64))[0].size == 0


def test_dense_returns_k_permitted_results_when_90_percent_of_neighbours_are_forbidden():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(1000, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    ids = np.arange(5000, 6000)
    index = FaissIndex(16)
    index.add(ids, vectors)
    query = vectors[0]
    _, nearest = index.search(query, 100)
    allowed = np.setdiff1d(ids, nearest[0][:90])  # forbid the 90 closest
    _, found = index.search_filtered(query, 10, allowed)
    expected = allowed[np.argsort(-(vectors[allowed - 5000] @ query))[:10]]
    assert found[0].tolist() == expected.tolist()
    # unfiltered search still works, and nothing allowed means nothing found
    assert index.search_filtered(query, 3, None)[1][0].tolist() == nearest[0][:3].tolist()
    assert (index.search_filtered(query, 3, np.array([], dtype=np.int64))[1] == -1).all()


def test_fused_retriever_returns_k_permitted_results(embedder):
    corpus = _turbine_corpus()
    ids = np.array(list(corpus))
    vectors = embedder.embed(list(corpus.values()))
    dense = FaissIndex(embedder.dim)
    dense.add(ids, vectors)
    retriever = HybridRetriever(embedder, dense, _lexical(corpus), top_k=10)
    assert {c.chunk_id for c in retriever.retrieve("turbine blade inspection")} <= FORBIDDEN
    allowed = np.array([i for i in corpus if i not in FORBIDDEN])
    found = retriever.retrieve("turbine blade inspection", allowed_ids=allowed)
    assert sorted(c.chunk_id for c in found) == list(range(1090, 1100))
    assert all(c.dense_rank is not None and c.bm25_rank is not None for c in found)
    assert retriever.retrieve("turbine", allowed_ids=[]) == []


# -- fusion -------------------------------------------------------------------------------------
def _hits(pairs: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
    return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs], dtype=np.float32)


@pytest.mark.parametrize("fuse", [reciprocal_rank_fusion, score_fusion])
def test_chunk_found_by_both_searches_ranks_above_one_found_by_one(fuse):
    dense = _hits([(1, 0.9), (2, 0.85), (3, 0.2)])  # 2 is second in both lists
    bm25 = _hits([(4, 12.0), (2, 11.0), (5, 1.0)])
    fused = fuse(dense, bm25, dense_weight=1.0, bm25_weight=1.0)
    assert fused[0] == Candidate(2, fused[0].fused_score, pytest.approx(0.85), 11.0, 2, 2)
    assert {c.chunk_id for c in fused} == {1, 2, 3, 4, 5}
    assert [c.fused_score for c in fused] == sorted((c.fused_score for c in fused), reverse=True)
    only_dense = next(c for c in fused if c.chunk_id == 1)
    assert only_dense.bm25_rank is None and only_dense.bm25_score is None


def test_rrf_follows_the_formula():
    fused = reciprocal_rank_fusion(
        _hits([(1, 0.9), (2, 0.5)]), _hits([(2, 3.0)]), dense_weight=0.5, bm25_weight=2.0,
        rrf_k=60, k=1,
    )
    assert [c.chunk_id for c in fused] == [2]
    assert fused[0].fused_score == pytest.approx(0.5 / 62 + 2.0 / 61)


def test_confident_keyword_hit_survives_a_noisy_dense_list():
    # BM25 is sure (12 vs 3); dense barely prefers another chunk. RRF's flat ranks lose that.
    dense = _hits([(7, 0.41)] + [(i, 0.40 - i / 1000) for i in range(1, 7)])
    bm25 = _hits([(3, 12.0), (7, 3.0), (1, 2.9), (2, 2.8)])
    assert score_fusion(dense, bm25, dense_weight=1.0, bm25_weight=1.0)[0].chunk_id == 3
    assert reciprocal_rank_fusion(dense, bm25, dense_weight=1.0, bm25_weight=1.0)[0].chunk_id == 7


def test_dense_weight_drops_and_bigram_weight_rises_for_chinese_queries():
    retriever = HybridRetriever(None, FaissIndex(4), LexicalIndex(), dense_weight=1.0,
                                bm25_weight=1.0, dense_weight_cjk=0.2, bigram_weight=0.5)
    assert retriever.weights("How long is the warranty?") == (1.0, 1.0, 0.0)
    assert retriever.weights("保修期是多久") == (pytest.approx(0.2), 1.0, pytest.approx(0.5))
    # English names inside a Chinese question: still a Chinese query
    assert retriever.weights("Atlas Picker 3 保修多久")[0] == pytest.approx(0.2)
    # a Chinese term inside an English question: in between
    dense, _, bigram = retriever.weights("What is the 保修 period of the robot?")
    assert 0.2 < dense < 1.0 and 0.0 < bigram < 0.5


@pytest.mark.parametrize("fuse", [reciprocal_rank_fusion, score_fusion])
def test_bigram_list_is_a_third_vote(fuse):
    dense = _hits([(1, 0.5)])
    bm25 = _hits([(2, 10.0), (3, 9.9), (4, 1.0)])  # 2 and 3 nearly tied on words
    bigrams = _hits([(3, 20.0)])
    plain = fuse(dense, bm25, dense_weight=0.1, bm25_weight=1.0)
    assert plain[0].chunk_id == 2 and plain[0].bigram_rank is None
    voted = fuse(dense, bm25, dense_weight=0.1, bm25_weight=1.0, bigrams=bigrams, bigram_weight=0.5)
    assert voted[0].chunk_id == 3
    assert (voted[0].bigram_score, voted[0].bigram_rank) == (20.0, 1)


def test_bigrams_find_a_chinese_word_that_jieba_segments_differently(embedder):
    # jieba keeps 保修期 whole in the question and splits 保修 / 期限 in the document, so the
    # word BM25 has no shared term; the bigram 保修 still matches.
    corpus = {1: "本产品保修期限为两年。", 2: "差旅报销须在出差后30天内提交。", 3: "密码每90天更换一次。"}
    index = _lexical(corpus)
    query = "保修期是多久"
    assert not set(tokenize([query])[0]) & set(tokenize([corpus[1]])[0])
    assert 1 not in index.search(query, 3)[0].tolist()
    dense = FaissIndex(embedder.dim)
    dense.add(np.array(list(corpus)), embedder.embed(list(corpus.values())))
    found = HybridRetriever(embedder, dense, index, top_k=1).retrieve(query)
    assert [c.chunk_id for c in found] == [1] and found[0].bigram_rank == 1
    without = HybridRetriever(embedder, dense, index, top_k=1, bigram_weight=0.0)
    assert without.retrieve(query)[0].bigram_rank is None


# -- quality with the real embedder ---------------------------------------------------------------
def _subset(folder, n_queries: int, n_docs: int, seed: int = 0) -> BeirSet:
    """The first queries of a BEIR set, their relevant docs, and random other docs up to n_docs."""
    full = load_beir(folder, max_queries=n_queries)
    wanted = {d for rel in full.qrels.values() for d in rel}
    others = [d for d in full.doc_ids if d not in wanted]
    keep = wanted | set(random.Random(seed).sample(others, max(0, n_docs - len(wanted))))
    pairs = [(i, t) for i, t in zip(full.doc_ids, full.docs) if i in keep]
    return BeirSet(full.name, [i for i, _ in pairs], [t for _, t in pairs], full.queries, full.qrels)


# nDCG@10 of the whole Cranfield set (1400 docs, 225 queries), docs/EVALUATION.md.
CRANFIELD_NDCG = {"dense": 37.36, "bm25": 36.47, "fused": 41.13}
CRANFIELD_MARGIN = 0.1  # nDCG points: another CPU or BLAS build moves the last digit, no more


@pytest.mark.slow
def test_fused_beats_either_search_on_cranfield_with_the_documented_figures(embedder):
    data = load_beir(shared_data("retrieval_cranfield"))  # all of it: about a minute
    assert (len(data.doc_ids), len(data.queries)) == (1400, 225)
    metrics = evaluate_set(data, embedder)["metrics"]
    ndcg = {name: m["ndcg@10"] for name, m in metrics.items()}
    for name, documented in CRANFIELD_NDCG.items():
        assert ndcg[name] == pytest.approx(documented, abs=CRANFIELD_MARGIN), (name, ndcg)
    assert ndcg["fused"] > max(ndcg["dense"], ndcg["bm25"]), ndcg


def test_milvus_gives_the_same_quality_as_faiss_on_cranfield(embedder, tmp_path):
    # What `kbqa eval retrieval --vector-uri` checks in full: both backends search exactly.
    data = _subset(shared_data("retrieval_cranfield"), n_queries=40, n_docs=200)
    faiss = evaluate_set(data, embedder)
    milvus = evaluate_set(data, embedder, vector_uri=str(tmp_path / "milvus.db"))
    assert faiss["metrics"]["dense"]["ndcg@10"] > 0
    for name in ("dense", "fused"):
        for metric, value in faiss["metrics"][name].items():
            assert milvus["metrics"][name][metric] == pytest.approx(value, abs=0.01), (name, metric)


def test_fused_beats_bm25_on_chinese_where_plain_rrf_loses_it(embedder):
    data = _subset(shared_data("en_xquad", "beir_derived_zh"), n_queries=200, n_docs=240)
    metrics = evaluate_set(
        data, embedder, variants={
            "rrf_plain": {"fusion": "rrf", "dense_weight_cjk": 1.0, "bigram_weight": 0.0},
            "no_bigrams": {"bigram_weight": 0.0},
        }
    )["metrics"]
    ndcg = {name: m["ndcg@10"] for name, m in metrics.items()}
    # the bigram list is what lifts fused above BM25 here (97.46 vs 97.27 on this subset)
    assert ndcg["fused"] > ndcg["bm25"] and ndcg["fused"] > ndcg["no_bigrams"], ndcg
    assert ndcg["fused"] >= ndcg["rrf_plain"] + 10.0, ndcg


def test_term_coverage_weights_rare_terms_and_ignores_question_words():
    index = LexicalIndex()
    texts = ["per diem in munich is 52 eur", "per diem in berlin is 48 eur", "hotel cap per night"]
    index.build(np.arange(3), texts)
    query = list(dict.fromkeys(tokenize(["How much is the per diem in Madrid?"])[0]))
    idf = index.idf(query)
    assert idf[query.index("madrid")] > idf[query.index("diem")] > 0  # unknown > known
    chunk = tokenize([texts[0]])[0]
    coverage = term_coverage(query, chunk, idf)
    assert 0 < coverage < 0.5  # "madrid", the rarest term, is missing
    known = list(dict.fromkeys(tokenize(["How much is the per diem in Munich?"])[0]))
    assert term_coverage(known, chunk, index.idf(known)) == pytest.approx(1.0)
    assert term_coverage(["mani", "much"], chunk, index.idf(["mani", "much"])) == 0.0


def test_relevance_is_coverage_for_chinese_and_the_mean_for_english():
    from kbqa.hits import relevance

    assert relevance(0.4, 0.8, chinese=0.0) == pytest.approx(0.6)
    assert relevance(0.4, 0.8, chinese=1.0) == pytest.approx(0.4)
    assert relevance(0.4, -0.2, chinese=0.0) == pytest.approx(0.2)
