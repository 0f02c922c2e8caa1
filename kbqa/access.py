"""Who may see which chunk: the filter retrieval applies inside both searches, before ranking.

A user sees the chunks of documents without groups and of documents sharing one of their groups;
an admin sees every chunk. The permitted chunk ids are read from the chunk store and cached per
(store version, groups, collections), so a question costs no extra query until a document is
ingested, deleted or regrouped. The user's groups are read again for every question, so a change
takes effect on the next one.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from kbqa.store import ChunkStore
    from kbqa.users import User

__all__ = ["PermittedChunks", "can_see"]


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

    def __call__(self, user: User, collections: Sequence[str] | None = None) -> np.ndarray | None:
        """Chunk ids ``user`` may see (in ``collections``, if given), sorted; None when nothing
        is filtered (an admin searching every collection)."""
        if user.is_admin and collections is None:
            return None
        groups = None if user.is_admin else frozenset(user.groups)
        key = (groups, None if collections is None else tuple(sorted(set(collections))))
        version = self.store.access_version()
        with self._lock:
            if version != self._version:
                self._cache.clear()
                self._version = version
            ids = self._cache.get(key)
            if ids is not None:
                self._cache.move_to_end(key)
                return ids
        ids = self.store.permitted_chunk_ids(groups, key[1])
        ids.setflags(write=False)
        with self._lock:
            if version == self._version:
                self._cache[key] = ids
                while len(self._cache) > self.size:
                    self._cache.popitem(last=False)
        return ids
