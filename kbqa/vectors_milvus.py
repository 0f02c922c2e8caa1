"""The Milvus vector backend: chunk vectors in a Milvus collection, searched with the access filter.

``KBQA_VECTOR_URI`` names the server: a path ending in ``.db`` is a Milvus Lite store run inside
the process (one process at a time: Milvus Lite locks the folder), ``http://host:19530`` a Milvus
server, which several app processes share (``milvus-lite server --port N --data-dir D`` serves a
Milvus Lite folder over the same protocol). ``KBQA_VECTOR_COLLECTION`` names the collection.

One row per chunk: ``id`` (the chunk id), ``vector``, ``document_id``, ``collection`` and
``groups`` (the document's groups; empty: visible to every signed-in user), copied from the chunk
store when a chunk is added and again when its document is regrouped.

* **Exact search.** The vector field has a ``FLAT`` index with inner product: every permitted
  vector is scored, like FAISS's flat index, so both backends return the same neighbours and
  ``kbqa eval retrieval --vector-uri`` measures the same quality (Cranfield: identical nDCG@10).
  Past a few hundred thousand chunks an approximate Milvus index (HNSW) would trade recall for
  speed. Milvus Lite scores in Python with numpy (about 0.1 s per query for a few thousand
  chunks on a busy machine): it suits tests and small sites; a Milvus server is for the rest.
* **Access inside the search.** ``search_filtered`` turns an ``AccessScope`` into a filter
  expression, ``(array_length(groups) == 0 or array_contains_any(groups, [...])) and collection
  in [...]``, that Milvus applies before it ranks, so a user gets up to ``k`` permitted chunks
  however many forbidden ones match better; nothing is fetched and filtered afterwards. Group
  and collection names are user input: they are written as escaped string literals, and a name
  with a non-printable character (which the user directory never accepts) is refused.
* **Consistency with the store.** The chunk store stays the source of truth; Milvus is written
  after each store transaction commits. The collection's ``kbqa.store_version`` property records
  the store's ``access_version`` (generation, groups version) it reflects; a writer finding it
  behind (a failed write, Milvus restored from a backup, a fresh collection) rebuilds: drop,
  then refill from the store in batches (searches meanwhile fail or see part of the chunks).
  A reader never writes: it searches what is there and ``lags`` says so. Chunks deleted or
  regrouped in the store but not yet in Milvus cannot leak: ``kbqa.hits.search_hits`` checks
  every hit against the store again. Several processes may read at once; writers take the
  knowledge base's writer lock as with FAISS.
* **Milvus down.** Every call raises ``VectorStoreUnavailableError`` naming the URI. Questions
  fail until Milvus is back. An ingest started meanwhile fails before it writes anything; one
  that loses Milvus midway has committed its store transactions, leaves the collection marked
  behind, and the next ingest (or ``kbqa index rebuild``) brings Milvus up to date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kbqa.access import AccessScope
from kbqa.errors import ConfigError, MissingDependencyError, VectorStoreUnavailableError

if TYPE_CHECKING:
    from kbqa.store import ChunkStore

__all__ = ["ChunkMetadata", "MilvusIndex", "filter_expression", "store_metadata"]

VERSION_PROPERTY = "kbqa.store_version"
_BATCH = 1000  # rows per insert/upsert/delete call: well under Milvus's 64 MB message limit
_MAX_TOPK = 16_384  # Milvus's largest search limit
_MAX_GROUPS = 1024  # array capacity of the groups field
_MAX_NAME_BYTES = 1024  # VARCHAR length, in bytes, of a collection or group name

ChunkMetadata = Callable[[np.ndarray], dict[int, tuple[int, str, list[str]]]]
"""Chunk ids -> ``{id: (document_id, collection, groups)}``, read from the chunk store."""


def _literal(value: str) -> str:
    """``value`` as a Milvus filter string literal."""
    if not value.isprintable():
        raise ConfigError(f"the name {value!r} has a non-printable character and cannot be "
                          "used in a vector search filter; rename the group or collection")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def filter_expression(scope: AccessScope | None) -> str:
    """The Milvus filter selecting ``scope``'s chunks; ``""`` when nothing is filtered."""
    if scope is None or scope.unrestricted:
        return ""
    if not scope.has_rule:  # explicit ids only (evaluation, benchmarks)
        assert scope.ids is not None
        return "id in [" + ", ".join(str(int(i)) for i in scope.ids) + "]"
    parts = []
    if scope.groups is not None:
        everyone = "array_length(groups) == 0"
        if scope.groups:
            names = ", ".join(_literal(g) for g in sorted(scope.groups))
            parts.append(f"({everyone} or array_contains_any(groups, [{names}]))")
        else:
            parts.append(everyone)
    if scope.collections is not None:
        parts.append("collection in [" + ", ".join(_literal(c) for c in scope.collections) + "]")
    return " and ".join(parts)


def store_metadata(store: ChunkStore) -> ChunkMetadata:
    """A ``ChunkMetadata`` reading ``store``: each chunk's document, collection and groups."""
    return store.chunk_places


class MilvusIndex:
    """Chunk vectors in a Milvus collection (see the module docstring).

    Args:
        uri: A Milvus Lite ``.db`` path or a Milvus server URL.
        dim: The embedding dimension; an existing collection must have it.
        collection: The Milvus collection's name.
        token: Credentials (``user:password`` or an API key), if the server wants them.
        metadata: Looks up the chunks' document, collection and groups when they are added
            (``store_metadata``); ``None`` indexes them without groups, visible to everyone
            (evaluation).
        timeout: Seconds a call may take before it counts as failed.

    Raises:
        VectorStoreUnavailableError: Milvus cannot be reached.
        ConfigError: the collection exists with another dimension or layout.
    """

    def __init__(
        self,
        uri: str,
        dim: int,
        *,
        collection: str = "kbqa_chunks",
        token: str | None = None,
        metadata: ChunkMetadata | None = None,
        timeout: float = 30.0,
    ) -> None:
        try:
            from pymilvus import MilvusClient
        except ImportError:
            raise MissingDependencyError(
                "KBQA_VECTOR_URI is set but pymilvus is not installed; install it with: "
                "pip install pymilvus milvus-lite"
            ) from None
        if not uri.endswith(".db") and not uri.startswith(("http://", "https://", "tcp://")):
            raise ConfigError(f"KBQA_VECTOR_URI {uri!r} is neither a Milvus Lite path ending in "
                              "'.db' nor a server URL such as http://localhost:19530")
        if uri.endswith(".db"):  # a Milvus Lite file: its folder is made, as a data dir is
            folder = Path(uri).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(f"cannot create the folder {folder} for the Milvus Lite file "
                                  f"{uri}: {exc.strerror or exc}") from exc
        self.uri = uri
        self.dim = dim
        self.name = collection
        self._metadata = metadata
        self._timeout = timeout
        with self._calls("connect"):
            self._client: Any = MilvusClient(uri=uri, token=token or "", timeout=timeout)
        self._ensure_collection()

    # -- errors -------------------------------------------------------------------------------
    @contextmanager
    def _calls(self, what: str) -> Iterator[None]:
        """Turn a pymilvus failure into an error naming the server and what to do."""
        from pymilvus.exceptions import MilvusException

        try:
            yield
        except MilvusException as exc:
            detail = getattr(exc, "message", "") or str(exc) or type(exc).__name__
            raise VectorStoreUnavailableError(
                f"the vector store at {self.uri} (collection {self.name!r}) failed to {what}: "
                f"{detail}; check that Milvus is running there and KBQA_VECTOR_URI names it "
                "(a Milvus Lite .db folder is usable by one process at a time). The documents "
                "are safe in the chunk store: once Milvus is back, run 'kbqa index rebuild' if "
                "an ingest failed"
            ) from exc

    # -- the collection -----------------------------------------------------------------------
    def _ensure_collection(self) -> None:
        with self._calls("open the collection"):
            exists = self._client.has_collection(self.name)
            if exists:
                described = self._client.describe_collection(self.name)
        if not exists:
            self._create()
            return
        fields = {f["name"]: f for f in described["fields"]}
        wanted = {"id", "vector", "document_id", "collection", "groups"}
        if not wanted <= fields.keys():
            raise ConfigError(
                f"the Milvus collection {self.name!r} at {self.uri} was not made by kbqa (fields "
                f"{sorted(fields)}); set KBQA_VECTOR_COLLECTION to another name"
            )
        found = int(fields["vector"].get("params", {}).get("dim", -1))
        if found != self.dim:
            raise ConfigError(
                f"the Milvus collection {self.name!r} at {self.uri} holds {found}-dimensional "
                f"vectors, the embedding model makes {self.dim}-dimensional ones; set "
                "KBQA_VECTOR_COLLECTION to a new name (or drop the collection), then run "
                "'kbqa index rebuild'"
            )

    def _create(self) -> None:
        from pymilvus import DataType, MilvusClient

        schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field("vector", DataType.FLOAT_VECTOR, dim=self.dim)
        schema.add_field("document_id", DataType.INT64)
        schema.add_field("collection", DataType.VARCHAR, max_length=_MAX_NAME_BYTES)
        schema.add_field("groups", DataType.ARRAY, element_type=DataType.VARCHAR,
                         max_capacity=_MAX_GROUPS, max_length=_MAX_NAME_BYTES)
        index = MilvusClient.prepare_index_params()
        # FLAT: exact inner product, the same neighbours as FAISS's flat index.
        index.add_index(field_name="vector", index_type="FLAT", metric_type="IP")
        with self._calls("create the collection"):
            # Strong consistency: a search right after an ingest sees its chunks.
            self._client.create_collection(
                self.name, schema=schema, index_params=index, consistency_level="Strong",
                properties={VERSION_PROPERTY: "none"},
            )

    def drop(self) -> None:
        """Delete the collection and everything in it."""
        with self._calls("drop the collection"):
            self._client.drop_collection(self.name)

    def close(self) -> None:
        """Close the connection (a Milvus Lite store stays open for other clients)."""
        self._client.close()

    # -- the store version it reflects --------------------------------------------------------
    def version(self) -> tuple[int, int] | None:
        """The store ``access_version`` the collection reflects; ``None`` when unknown (new,
        being rebuilt)."""
        with self._calls("read the collection"):
            value = self._client.describe_collection(self.name)["properties"].get(VERSION_PROPERTY)
        try:
            generation, groups = str(value).split(":")
            return int(generation), int(groups)
        except ValueError:
            return None

    def mark(self, version: tuple[int, int] | None) -> None:
        """Record the store ``access_version`` the collection now reflects."""
        value = "none" if version is None else f"{version[0]}:{version[1]}"
        with self._calls("update the collection"):
            self._client.alter_collection_properties(
                self.name, properties={VERSION_PROPERTY: value}
            )

    def lags(self, version: tuple[int, int]) -> bool:
        """Whether the collection is behind the store at ``version``."""
        return self.version() != tuple(version)

    # -- updates ------------------------------------------------------------------------------
    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Write chunks with their document, collection and groups from the store (an upsert:
        writing a chunk again replaces it)."""
        ids = np.asarray(ids, dtype=np.int64)
        if len(ids) == 0:
            return
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(ids), self.dim)
        meta = self._metadata(ids) if self._metadata is not None else {}
        rows = []
        for chunk_id, vector in zip(ids.tolist(), vectors):
            document_id, collection, groups = meta.get(chunk_id, (-1, "", []))
            if len(groups) > _MAX_GROUPS:
                raise ConfigError(f"document {document_id} has {len(groups)} groups; the Milvus "
                                  f"backend allows {_MAX_GROUPS} per document")
            rows.append({"id": chunk_id, "vector": vector.tolist(), "document_id": document_id,
                         "collection": collection, "groups": groups})
        with self._calls("write vectors"):
            for start in range(0, len(rows), _BATCH):
                self._client.upsert(self.name, rows[start : start + _BATCH])

    def remove(self, ids: np.ndarray) -> None:
        ids = np.asarray(ids, dtype=np.int64)
        with self._calls("delete vectors"):
            for start in range(0, len(ids), _BATCH):
                self._client.delete(self.name, ids=ids[start : start + _BATCH].tolist())

    def rebuild(
        self, batches: Iterable[tuple[np.ndarray, np.ndarray]], version: tuple[int, int] | None
    ) -> None:
        """Drop the collection and refill it from ``(ids, vectors)`` batches (the chunk store's
        ``iter_vectors``), then mark it with the store ``version`` they came from."""
        self.drop()
        self._create()
        for ids, vectors in batches:
            self.add(ids, vectors)
        self.mark(version)

    # -- search -------------------------------------------------------------------------------
    def search_filtered(
        self, queries: np.ndarray, k: int, scope: AccessScope | np.ndarray | None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(scores, ids)`` of the ``k`` best chunks in ``scope`` per query; empty slots -1.

        The scope becomes a filter expression Milvus applies before ranking."""
        queries = np.ascontiguousarray(np.atleast_2d(queries), dtype=np.float32)
        n = len(queries)
        scores = np.full((n, max(k, 0)), -np.inf, dtype=np.float32)
        ids = np.full((n, max(k, 0)), -1, dtype=np.int64)
        if not isinstance(scope, AccessScope):
            scope = AccessScope.of_ids(scope)
        if k <= 0 or n == 0 or scope.empty:
            return scores, ids
        with self._calls("search"):
            results = self._client.search(
                self.name, data=queries.tolist(), limit=min(k, _MAX_TOPK),
                filter=filter_expression(scope), anns_field="vector",
                search_params={"metric_type": "IP"}, output_fields=["id"],
            )
        for row, hits in enumerate(results):
            for col, hit in enumerate(hits):
                ids[row, col] = int(hit["id"])
                scores[row, col] = float(hit["distance"])
        return scores, ids

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Unfiltered ``search_filtered``."""
        return self.search_filtered(queries, k, None)

    def ids(self) -> np.ndarray:
        """Every chunk id in the collection, sorted."""
        found: list[int] = []
        with self._calls("list vectors"):
            iterator = self._client.query_iterator(self.name, batch_size=_BATCH, filter="",
                                                   output_fields=["id"])
            try:
                while batch := iterator.next():
                    found.extend(int(r["id"]) for r in batch)
            finally:
                iterator.close()
        return np.array(sorted(found), dtype=np.int64)

    def __len__(self) -> int:
        with self._calls("count vectors"):
            rows = self._client.query(self.name, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"])
