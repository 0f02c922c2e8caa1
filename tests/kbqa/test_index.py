import numpy as np
import pytest

from kbqa.errors import IndexCorruptError
from kbqa.index import FaissIndex


def _vectors(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_search_finds_vectors_by_id_and_removal_forgets_them():
    index = FaissIndex(8)
    vecs = _vectors(50)
    ids = np.arange(1000, 1050)
    index.add(ids, vecs)
    scores, found = index.search(vecs[7], k=3)
    assert found[0][0] == 1007 and scores[0][0] == pytest.approx(1.0, abs=1e-5)
    index.remove(np.array([1007]))
    _, found = index.search(vecs[7], k=3)
    assert 1007 not in found[0]
    assert len(index) == 49


def test_save_and_load_round_trip_keeps_ids_and_generation(tmp_path):
    index = FaissIndex(8)
    index.add(np.arange(10), _vectors(10))
    index.save(tmp_path / "v.faiss", generation=42)
    loaded, generation = FaissIndex.load(tmp_path / "v.faiss", 8)
    assert generation == 42 and len(loaded) == 10
    assert sorted(loaded.ids().tolist()) == list(range(10))
    assert not list(tmp_path.glob(".*tmp")), "no temp file is left behind"


def test_failed_save_leaves_previous_index_loadable(tmp_path, monkeypatch):
    path = tmp_path / "v.faiss"
    index = FaissIndex(8)
    index.add(np.arange(5), _vectors(5))
    index.save(path, generation=1)
    index.add(np.arange(5, 9), _vectors(4, seed=1))

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("kbqa.index.os.fsync", disk_full)
    with pytest.raises(OSError):
        index.save(path, generation=2)
    monkeypatch.undo()
    loaded, generation = FaissIndex.load(path, 8)
    assert (generation, len(loaded)) == (1, 5)
    assert not list(tmp_path.glob(".*tmp"))


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_corrupt_index_file_gives_a_clear_error(tmp_path, damage):
    path = tmp_path / "v.faiss"
    index = FaissIndex(8)
    index.add(np.arange(5), _vectors(5))
    index.save(path, generation=1)
    raw = path.read_bytes()
    path.write_bytes({"truncate": raw[: len(raw) // 2], "garbage": b"x" * 100, "empty": b""}[damage])
    with pytest.raises(IndexCorruptError, match="kbqa index rebuild"):
        FaissIndex.load(path, 8)


def test_dimension_mismatch_is_reported(tmp_path):
    index = FaissIndex(8)
    index.save(tmp_path / "v.faiss", generation=0)
    with pytest.raises(IndexCorruptError, match="dimension"):
        FaissIndex.load(tmp_path / "v.faiss", 16)
