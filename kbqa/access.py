"""Who may see which chunk: the filter retrieval applies inside both searches, before ranking.

A user sees the chunks of documents without groups and of documents sharing one of their groups;
an admin sees every chunk. The permitted chunk ids are read from the chunk store and cached per
(store version, groups, collections), so a question costs no extra query until a document is
ingested, deleted or regrouped. The user's groups are read again for every question, so a change
takes effect on the next one.

``PermittedChunks.scope`` hands retrieval an ``AccessScope``: the same permission as explicit ids
(FAISS's id selector, BM25) and as the rule that produced them (groups and collections, which
Milvus turns into a filter expression inside its search).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from kbqa.store import ChunkStore
    from kbqa.users import User

__all__ = ["AccessScope", "PermittedChunks", "can_see"]


@dataclass(frozen=True, eq=False)
class AccessScope:
    """Which chunks a search may return, in the two forms the backends understand.

    Attributes:
        ids: The permitted chunk ids, sorted (FAISS's id selector, BM25); ``None``: every id.
        groups: The user's groups: documents without groups or sharing one of these are
            visible; ``None``: every group (an admin).
        collections: Only documents of these collections; ``None``: all.

    ``ids`` is what ``groups`` and ``collections`` select in the chunk store. A scope built from
    ids alone (``AccessScope.of_ids``: evaluation, benchmarks) has no rule, and Milvus filters it
    by id.
    """

    ids: np.ndarray | None = None
    groups: frozenset[str] | None = None
    collections: tuple[str, ...] | None = None

    @classmethod
    def of_ids(cls, ids: np.ndarray | Sequence[int] | None) -> AccessScope:
        """A scope allowing exactly ``ids`` (``None``: everything)."""
        return cls(None if ids is None else np.asarray(ids, dtype=np.int64))

    @property
    def has_rule(self) -> bool:
        """Whether ``groups`` or ``collections`` restrict the scope."""
        return self.groups is not None or self.collections is not None

    @property
    def unrestricted(self) -> bool:
        """True when every chunk is allowed."""
        return self.ids is None and not self.has_rule

    @property
    def empty(self) -> bool:
        """True when no chunk at all is allowed."""
        return (self.ids is not None and len(self.ids) == 0) or self.collections == ()


def can_see(user: User, document_groups: Collection[str]) -> bool:
    """Whether ``user`` may see a document tagged with ``document_groups``."""
    return user.is_admin or not document_groups or not user.groups.isdisjoint(document_groups)


class PermittedChunks:
    """The ids of the chunks a user may see, cached.

    Args:
        store: The chunk store.
        size: How many (groups, collections) combinations to keep per store version.
    """

    def __init__(self, store: ChunkStore, size: int = 64) -> None:
        self.store = store
        self.size = size
        self._cache: OrderedDict[tuple, np.ndarray] = OrderedDict()
        self._version: tuple[int, int] | None = None
        self._lock = threading.Lock()

    def __call__(
        self, user: User, collections: Sequence[str] | None = None,
        version: tuple[int, int] | None = None,
    ) -> np.ndarray | None:
        """Chunk ids ``user`` may see (in ``collections``, if given), sorted; None when nothing
        is filtered (an admin searching every collection). ``version``: the store's
        ``access_version``, if the caller has just read it."""
        if user.is_admin and collections is None:
            return None
        key = _key(user, collections)
        version = version or self.store.access_version()
        with self._lock:
            if version != self._version:
                self._cache.clear()
                self._version = version
            ids = self._cache.get(key)
            if ids is not None:
                self._cache.move_to_end(key)
                return ids
        ids = self.store.permitted_chunk_ids(*key)
        ids.setflags(write=False)
        with self._lock:
            if version == self._version:
                self._cache[key] = ids
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        return ids

    def scope(
        self, user: User, collections: Sequence[str] | None = None,
        version: tuple[int, int] | None = None,
    ) -> AccessScope:
        """``user``'s ``AccessScope`` (in ``collections``, if given): the ids of ``__call__``
        and the groups and collections they were selected by."""
        groups, wanted = _key(user, collections)
        return AccessScope(ids=self(user, collections, version), groups=groups,
                           collections=wanted)


def _key(user: User, collections: Sequence[str] | None
         ) -> tuple[frozenset[str] | None, tuple[str, ...] | None]:
    """(the user's groups, None for an admin; the collections, sorted, None for all)."""
    return (None if user.is_admin else frozenset(user.groups),
            None if collections is None else tuple(sorted(set(collections))))
