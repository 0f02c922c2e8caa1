"""Consistent pseudonyms across the knowledge base without storing any raw value.

A masked value is identified by HMAC-SHA256(secret, entity type + normalized value). The secret
comes from ``KBQA_PSEUDONYM_KEY`` or a key file created in the data dir with mode 0600; keeping
it outside the data dir (the setting) means a copy of the data dir alone cannot be used to test
guesses of a masked phone number against the stored hashes.

Every process writing to one database must use the same secret, or one person would get two
pseudonyms; the database keeps a check value of the secret (an HMAC of a fixed text, which tells
nothing about it), and a writer with another secret is refused (``check_key``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from sqlalchemy.orm import Session

from ingest.anonymize import normalize_value
from kbqa.errors import ConfigError
from kbqa.store import ChunkStore

_KEY_FILE = "pseudonym.key"
_CHECK_META = "pseudonym_key_check"


def load_or_create_key(data_dir: Path, configured: str | None) -> bytes:
    """The HMAC secret: the configured one, else the data dir's key file (created once)."""
    if configured:
        return configured.encode()
    path = data_dir / _KEY_FILE
    try:
        return bytes.fromhex(path.read_text().strip())
    except FileNotFoundError:
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key.hex())
        return key


def writer_key(data_dir: Path, configured: str | None, store: ChunkStore) -> bytes:
    """The secret a writer uses, checked against the database (``check_key``). A database with
    pseudonyms but no check value yet (made before the check existed) is refused to a writer
    that would create a new key file now: its secret cannot be the one they were made with.

    Raises:
        ConfigError: the secret is not the database's.
    """
    if (not configured and not (data_dir / _KEY_FILE).exists()
            and store.get_meta(_CHECK_META) is None and store.load_pseudonyms()):
        raise ConfigError(
            f"this database holds pseudonyms made with a secret that {data_dir} does not have: "
            "set KBQA_PSEUDONYM_KEY to it, or copy the data dir's "
            f"{_KEY_FILE} file of the process that ingested them, then ingest again"
        )
    key = load_or_create_key(data_dir, configured)
    check_key(store, key)
    return key


def check_key(store: ChunkStore, key: bytes) -> None:
    """Record the secret's check value in the database, or refuse a secret that differs from the
    one the stored pseudonyms were made with. Call it under the writer lock.

    Raises:
        ConfigError: the database's pseudonyms were made with another secret.
    """
    check = hmac.new(key, b"kbqa pseudonym key check", hashlib.sha256).hexdigest()[:32]
    stored = store.get_meta(_CHECK_META)
    if stored is None:
        with store.session() as s, s.begin():
            ChunkStore.set_meta(s, _CHECK_META, check)
    elif not hmac.compare_digest(stored, check):
        raise ConfigError(
            "the pseudonym secret differs from the one this database's documents were masked "
            "with: every process writing to one database needs the same secret. Give every "
            "replica the same KBQA_PSEUDONYM_KEY as the first writer, or, if that one had none, "
            f"a copy of its data dir's {_KEY_FILE} file; then ingest again"
        )


class StoreVault:
    """A ``PseudonymVault`` backed by the chunk store; new numbers are written with the chunks."""

    def __init__(self, store: ChunkStore, key: bytes) -> None:
        self._key = key
        self._known = store.load_pseudonyms()
        self._next: dict[str, int] = {}
        for (entity_type, _), number in self._known.items():
            self._next[entity_type] = max(self._next.get(entity_type, 0), number)
        self._pending: list[tuple[str, str, int]] = []

    def token_for(self, entity_type: str, value: str) -> str:
        normalized = normalize_value(entity_type, value)
        digest = hmac.new(
            self._key, f"{entity_type}\x00{normalized}".encode(), hashlib.sha256
        ).hexdigest()
        number = self._known.get((entity_type, digest))
        if number is None:
            number = self._next.get(entity_type, 0) + 1
            self._next[entity_type] = number
            self._known[(entity_type, digest)] = number
            self._pending.append((entity_type, digest, number))
        return f"<{entity_type}_{number}>"

    def flush(self, session: Session) -> None:
        """Add the numbers handed out since the last flush to ``session``'s transaction."""
        ChunkStore.add_pseudonyms(session, self._pending)
        self._pending = []
