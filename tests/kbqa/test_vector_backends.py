"""The vector index seam's contract, run against both backends: FAISS (files) and Milvus (a real
Milvus Lite store in a temp folder). Each filtered search is compared with exact search over the
chunk ids the chunk store itself permits, so a wrong Milvus filter expression shows up as a
difference. Plus what only Milvus has: hostile group names, the store-version marker, a
dimension mismatch and an unreachable server; and a knowledge base end to end on Milvus (the
ACL leak battery runs on both backends in test_access.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ingest.types import Chunk
from kbqa.access import AccessScope
from kbqa.errors import ConfigError, VectorStoreUnavailableError
from kbqa.index import FaissIndex
from kbqa.store import ChunkStore, NewDocument
from vector_helpers import milvus_lite_server

DIM = 8
HOSTILE = ('x"]) or true or (["', 'a\\" or "b', "o'neil", "r\u00e9sum\u00e9 \u4eba\u4e8b")
"""Group names that break a filter expression if pasted into it unescaped."""


def _unit(n: int, seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _write(store: ChunkStore, path: str, groups: list[str], collection: str,
           vectors: np.ndarray) -> np.ndarray:
    chunks = [Chunk(i, f"{path} chunk {i}", None, "", 0, 1, 3) for i in range(len(vectors))]
    doc = NewDocument(collection=collection, path=path, title=path, format="md",
                      content_hash=path, size_bytes=1, pages=None, warnings=[], groups=groups,
                      chunks=chunks, vectors=vectors)
    with store.session() as s, s.begin():
        ids = store.write_document(s, doc)
        store.bump_generation(s)
    return np.asarray(ids, dtype=np.int64)


class Backend:
    """Opens, reopens and rebuilds one backend's index over a chunk store."""

    def __init__(self, name: str, folder: Path) -> None:
        self.name = name
        self.folder = folder
        self.uri = str(folder / "milvus.db")

    def open(self, store: ChunkStore | None):
        if self.name == "faiss":
            return FaissIndex(DIM)
        from kbqa.vectors_milvus import MilvusIndex, store_metadata

        return MilvusIndex(self.uri, DIM, collection="contract",
                           metadata=None if store is None else store_metadata(store))

    def reopen(self, index, store: ChunkStore):
        """The index as a new process would find it."""
        if self.name == "faiss":
            index.save(self.folder / "v.faiss", store.generation())
            loaded, generation = FaissIndex.load(self.folder / "v.faiss", DIM)
            assert generation == store.generation()
            return loaded
        index.mark(store.access_version())
        index.close()
        again = self.open(store)
        assert not again.lags(store.access_version())
        return again

    def rebuild(self, index, store: ChunkStore):
        if self.name == "faiss":
            return FaissIndex.build(DIM, lambda: store.iter_vectors(DIM))
        index.rebuild(store.iter_vectors(DIM, batch=7), store.access_version())
        return index


@pytest.fixture(params=["faiss", "milvus"])
def backend(request, tmp_path):
    b = Backend(request.param, tmp_path)
    yield b
    if b.name == "milvus":
        from milvus_lite.server_manager import server_manager_instance

        server_manager_instance.release_server(b.uri)


@pytest.fixture
def store(tmp_path) -> ChunkStore:
    return ChunkStore(f"sqlite:///{tmp_path / 'kbqa.db'}")


@pytest.fixture
def corpus(store):
    """Documents of every visibility kind: path -> chunk ids (vectors are in the store)."""
    layout = {
        "public.md": ([], "default"),
        "hr.md": (["hr"], "default"),
        "hr-finance.md": (["hr", "finance"], "default"),
        "finance-other.md": (["finance"], "other"),
        "public-other.md": ([], "other"),
        **{f"hostile{i}.md": ([name], "default") for i, name in enumerate(HOSTILE)},
        'odd "coll".md': (["hr"], 'we\\ird "coll"'),
    }
    return {path: _write(store, path, groups, collection, _unit(6, seed))
            for seed, (path, (groups, collection)) in enumerate(layout.items())}


def _scope(store: ChunkStore, groups, collections=None) -> AccessScope:
    groups = None if groups is None else frozenset(groups)
    collections = None if collections is None else tuple(sorted(collections))
    return AccessScope(store.permitted_chunk_ids(groups, collections), groups, collections)


def _exact(store: ChunkStore, queries: np.ndarray, k: int, allowed: np.ndarray | None):
    ids, vectors = (np.concatenate(parts) for parts in zip(*store.iter_vectors(DIM)))
    if allowed is not None:
        keep = np.isin(ids, allowed)
        ids, vectors = ids[keep], vectors[keep]
    scores = queries @ vectors.T
    order = np.argsort(-scores, axis=1, kind="stable")[:, :k]
    return np.take_along_axis(scores, order, axis=1), ids[order]


def _assert_exact(index, store, scope, k=5, seed=99):
    queries = _unit(4, seed)
    scores, ids = index.search_filtered(queries, k, scope)
    want_scores, want_ids = _exact(store, queries, k, scope.ids)
    assert ids.shape == (4, k)
    got = ids[:, : want_ids.shape[1]]
    assert (got == want_ids).all(), (scope, got, want_ids)
    assert np.allclose(scores[:, : want_ids.shape[1]], want_scores, atol=1e-5)
    assert (ids[:, want_ids.shape[1]:] == -1).all()  # fewer permitted than k: empty slots


def _fill(backend, store):
    index = backend.open(store)
    for ids, vectors in store.iter_vectors(DIM, batch=5):
        index.add(ids, vectors)
    return index


def test_add_search_and_remove(backend, store, corpus):
    index = _fill(backend, store)
    assert len(index) == sum(len(ids) for ids in corpus.values())
    probe = store.chunks_by_id([int(corpus["hr.md"][2])])[int(corpus["hr.md"][2])][0]
    vector = np.frombuffer(probe.vector, dtype=np.float32)
    scores, ids = index.search_filtered(vector, 3, None)
    assert ids[0][0] == corpus["hr.md"][2] and scores[0][0] == pytest.approx(1.0, abs=1e-5)
    _assert_exact(index, store, AccessScope())
    with store.session() as s, s.begin():
        removed = store.delete_document(s, store.manifest("default")["hr.md"].id)
        store.bump_generation(s)
    index.remove(np.asarray(removed))
    index.remove(np.asarray([10_000_000]))  # unknown ids are ignored
    assert len(index) == sum(len(ids) for ids in corpus.values()) - len(removed)
    _, ids = index.search_filtered(vector, 3, None)
    assert corpus["hr.md"][2] not in ids[0]
    _assert_exact(index, store, AccessScope())


@pytest.mark.parametrize("groups,collections", [
    ([], None), (["hr"], None), (["finance"], None), (["hr", "finance"], None),
    (["finance"], ["other"]), (None, ["other"]), (None, ['we\\ird "coll"']),
    ([HOSTILE[0]], None), ([HOSTILE[1], "hr"], None), ([HOSTILE[3]], ["default"]),
    (["nobody"], ["no such collection"]),
])
def test_filtered_search_is_exact_over_what_the_store_permits(backend, store, corpus, groups,
                                                              collections):
    index = _fill(backend, store)
    scope = _scope(store, groups, collections)
    _assert_exact(index, store, scope, k=5)
    _assert_exact(index, store, scope, k=40)  # more than are permitted: all of them, then -1


def test_hostile_group_names_select_only_their_documents(backend, store, corpus):
    index = _fill(backend, store)
    everything = np.concatenate(list(corpus.values()))
    probe = _unit(1, 5)
    for i, name in enumerate(HOSTILE):
        _, ids = index.search_filtered(probe, len(everything), _scope(store, [name]))
        found = set(ids[0][ids[0] >= 0].tolist())
        public = set(corpus["public.md"].tolist()) | set(corpus["public-other.md"].tolist())
        assert found == public | set(corpus[f"hostile{i}.md"].tolist()), name
    _, ids = index.search_filtered(probe, len(everything), _scope(store, ["outsider"]))
    assert set(ids[0][ids[0] >= 0].tolist()) == public


def test_k_permitted_results_however_many_better_forbidden_ones(backend, store):
    query = _unit(1, 1)
    near = query + 0.05 * _unit(60, 2)  # the best matches, all forbidden
    near /= np.linalg.norm(near, axis=1, keepdims=True)
    _write(store, "secret.md", ["board"], "default", near.astype(np.float32))
    staff = _write(store, "staff.md", ["staff"], "default", _unit(8, 3))
    index = _fill(backend, store)
    _, ids = index.search_filtered(query, 5, _scope(store, ["staff"]))
    assert len(ids[0]) == 5 and set(ids[0].tolist()) <= set(staff.tolist())


def test_regrouping_changes_who_finds_a_document(backend, store, corpus):
    from kbqa.ingestion import IngestContext, _reindex_documents

    index = _fill(backend, store)
    doc = store.manifest("default")["hr.md"]
    hr_ids = set(corpus["hr.md"].tolist())
    with store.session() as s, s.begin():
        store.set_groups(s, doc.id, ["sales"])
    ctx = IngestContext(settings=None, store=store, index=index, embedder=None,  # type: ignore[arg-type]
                        anonymizer=None, vault=None, save_index=lambda g: None)  # type: ignore[arg-type]
    _reindex_documents(ctx, [doc.id])  # what a regrouping ingest does
    assert len(index) == sum(len(ids) for ids in corpus.values())
    for groups, sees in ((["sales"], True), (["hr"], False)):
        scope = _scope(store, groups)
        _, ids = index.search_filtered(_unit(1, 3), 100, scope)
        assert bool(hr_ids & set(ids[0].tolist())) is sees
        _assert_exact(index, store, scope)


def test_rebuild_and_reopen_keep_the_same_results(backend, store, corpus):
    index = _fill(backend, store)
    scope = _scope(store, ["finance"])
    before = index.search_filtered(_unit(3, 8), 10, scope)
    index = backend.reopen(index, store)
    after = index.search_filtered(_unit(3, 8), 10, scope)
    assert (before[1] == after[1]).all() and np.allclose(before[0], after[0])
    index.remove(np.concatenate(list(corpus.values()))[:10])  # drifted from the store
    index = backend.rebuild(index, store)
    assert len(index) == sum(len(ids) for ids in corpus.values())
    rebuilt = index.search_filtered(_unit(3, 8), 10, scope)
    assert (before[1] == rebuilt[1]).all()


# -- Milvus only ----------------------------------------------------------------------------------
@pytest.fixture
def milvus(tmp_path):
    b = Backend("milvus", tmp_path)
    yield b
    from milvus_lite.server_manager import server_manager_instance

    server_manager_instance.release_server(b.uri)


def test_filter_expression_escapes_names_and_refuses_unprintable_ones():
    from kbqa.vectors_milvus import filter_expression

    expr = filter_expression(AccessScope(np.zeros(1, np.int64), frozenset({'a"] or true'}),
                                         ('c\\"',)))
    assert expr == ('(array_length(groups) == 0 or array_contains_any(groups, ["a\\"] or '
                    'true"])) and collection in ["c\\\\\\""]')
    assert filter_expression(AccessScope(np.zeros(1, np.int64), frozenset())) == \
        "array_length(groups) == 0"
    assert filter_expression(None) == "" and filter_expression(AccessScope()) == ""
    assert filter_expression(AccessScope.of_ids([3, 1])) == "id in [3, 1]"
    with pytest.raises(ConfigError, match="non-printable"):
        filter_expression(AccessScope(None, frozenset({"evil\n) or (true"})))


def test_the_store_version_marker_shows_when_milvus_lags(milvus, store, corpus):
    index = milvus.open(store)
    assert index.version() is None and index.lags(store.access_version())
    index.rebuild(store.iter_vectors(DIM), store.access_version())
    assert not index.lags(store.access_version())
    with store.session() as s, s.begin():
        store.set_groups(s, store.manifest("default")["public.md"].id, ["hr"])
    assert index.lags(store.access_version())  # regrouped in the store, not yet in Milvus


def test_a_collection_of_another_dimension_is_a_clear_error(milvus, store):
    from kbqa.vectors_milvus import MilvusIndex

    milvus.open(store).close()
    with pytest.raises(ConfigError, match="8-dimensional.*16-dimensional.*KBQA_VECTOR_COLLECTION"):
        MilvusIndex(milvus.uri, 16, collection="contract")


def test_an_unreachable_milvus_names_the_uri_and_what_to_do():
    from kbqa.vectors_milvus import MilvusIndex

    with pytest.raises(VectorStoreUnavailableError) as caught:
        MilvusIndex("http://127.0.0.1:9", DIM, timeout=5)
    assert "http://127.0.0.1:9" in str(caught.value) and "running" in str(caught.value)
    with pytest.raises(ConfigError, match="neither a Milvus Lite path"):
        MilvusIndex("localhost:19530", DIM)


def test_a_milvus_lite_file_gets_its_folder_or_a_clear_error(tmp_path):
    from kbqa.vectors_milvus import MilvusIndex

    uri = tmp_path / "not" / "yet" / "vectors.db"
    index = MilvusIndex(str(uri), DIM)
    try:
        assert len(index) == 0 and uri.parent.is_dir()
    finally:
        index.close()
    (tmp_path / "a-file").write_text("")
    with pytest.raises(ConfigError, match="cannot create the folder .*a-file"):
        MilvusIndex(str(tmp_path / "a-file" / "vectors.db"), DIM)


def test_index_status_on_faiss_reports_a_stale_file(tmp_path):
    from kbqa import KnowledgeBase

    (tmp_path / "a.md").write_text("# A\n\nThe canteen serves lunch from 11:30 to 14:00.\n")
    kb = KnowledgeBase(tmp_path / "kb")
    kb.ingest(tmp_path / "a.md")
    status = kb.index_status()
    assert status["backend"] == "faiss" and status["up_to_date"] and status["vectors"] == 1
    (kb.data_dir / "vectors.faiss").unlink()
    assert not kb.index_status()["up_to_date"]
    kb.rebuild_index()
    assert kb.index_status()["up_to_date"]


def test_a_knowledge_base_on_milvus_ingests_searches_and_rebuilds(tmp_path):
    from milvus_lite.server_manager import server_manager_instance

    from kbqa import KnowledgeBase, Settings

    uri = str(tmp_path / "vectors.db")
    docs = tmp_path / "docs"
    (docs / "ops").mkdir(parents=True)
    (docs / "ops" / "plan.md").write_text("# Plan\n\nThe migration plan code name is bluefinch.\n")
    (docs / "all.md").write_text("# Canteen\n\nThe canteen serves lunch from 11:30 to 14:00.\n")
    settings = Settings(data_dir=tmp_path / "kb", vector_uri=uri, vector_collection="kb_e2e")
    try:
        kb = KnowledgeBase(settings=settings)
        kb.users.add("ann", groups=["ops"])
        kb.users.add("ben", groups=["sales"])
        kb.ingest(docs / "ops", groups=["ops"])
        kb.ingest(docs / "all.md")
        assert not (kb.data_dir / "vectors.faiss").exists()
        status = kb.index_status()
        assert status["backend"] == "milvus" and status["up_to_date"] and status["vectors"] == 2
        assert kb.retrieve("migration plan code name", user="ann")[0].title == "Plan"
        assert all(h.title != "Plan" for h in kb.retrieve("migration plan code name", user="ben"))
        kb.ingest(docs / "ops", groups=["sales"])  # regrouped: Milvus follows
        assert kb.index_status()["up_to_date"]
        assert all(h.title != "Plan" for h in kb.retrieve("migration plan", user="ann", k=10))
        assert kb.retrieve("migration plan code name", user="ben")[0].title == "Plan"
        # Milvus behind the store (vectors lost): the next writer rebuilds it first.
        kb.index().remove(kb.index().ids())
        kb.index().mark(None)
        assert not kb.index_status()["up_to_date"]
        kb.delete_document(next(d.id for d in kb.documents() if d.title == "Canteen"))
        assert kb.index().ids().tolist() == [c for d in kb.documents()
                                            for c in _chunk_ids(kb, d.id)]
        assert kb.index_status()["up_to_date"]
        assert kb.retrieve("migration plan code name", user="ben")[0].title == "Plan"
    finally:
        server_manager_instance.release_server(uri)


def _chunk_ids(kb, document_id: int) -> list[int]:
    from sqlalchemy import select

    from kbqa.store import ChunkRow

    with kb.store.session() as s:
        return list(s.scalars(select(ChunkRow.id).where(ChunkRow.document_id == document_id)
                              .order_by(ChunkRow.id)))


@pytest.fixture
def milvus_server(tmp_path):
    """A real ``milvus-lite server`` process: (its URL, the process)."""
    with milvus_lite_server(tmp_path / "server") as server:
        yield server


def test_processes_share_one_milvus_server_and_a_dead_one_is_named(milvus_server, store, corpus):
    import subprocess
    import sys

    from kbqa.vectors_milvus import MilvusIndex, store_metadata

    url, server = milvus_server
    writer = MilvusIndex(url, DIM, collection="shared", metadata=store_metadata(store),
                         timeout=5)
    writer.rebuild(store.iter_vectors(DIM), store.access_version())
    hr_only = corpus["hr.md"].tolist()
    reader = f"""
import numpy as np
from kbqa.access import AccessScope
from kbqa.vectors_milvus import MilvusIndex
index = MilvusIndex({url!r}, {DIM}, collection="shared")
_, ids = index.search_filtered(np.ones((1, {DIM}), np.float32), 100,
                               AccessScope(None, frozenset({{"hr"}}), ("default",)))
print(index.version(), len(index), sorted(int(i) for i in ids[0] if i >= 0))
"""
    out = subprocess.run([sys.executable, "-c", reader], capture_output=True, text=True,
                         timeout=120, check=True).stdout.split("\n")[-2]
    scope = _scope(store, ["hr"], ["default"])
    assert out == (f"{store.access_version()} {len(writer)} "
                   f"{sorted(int(i) for i in scope.ids)}")
    assert set(hr_only) <= set(scope.ids.tolist())
    server.kill()
    server.wait(timeout=30)
    with pytest.raises(VectorStoreUnavailableError, match=url.replace(".", r"\.")):
        writer.search_filtered(_unit(1, 0), 5, scope)
