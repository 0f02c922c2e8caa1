"""Runtime settings: built once at the edge (CLI, app, API caller) and passed down."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from ingest.anonymize import DEFAULT_ENTITIES


def default_data_dir() -> Path:
    """Per-user data dir: ``$XDG_DATA_HOME/kbqa`` or ``~/.local/share/kbqa``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "kbqa"


class Settings(BaseSettings):
    """All of kbqa's knobs. Environment variables use the ``KBQA_`` prefix (``KBQA_DATA_DIR``).

    A TOML file named by ``KBQA_CONFIG`` (default ``<data dir>/kbqa.toml`` is *not* read implicitly,
    so a data dir cannot change its own settings) supplies defaults below the environment.
    """

    model_config = SettingsConfigDict(env_prefix="KBQA_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    collection: str = "default"

    # Ingestion
    parse_workers: int = Field(1, ge=1, le=32)
    parse_timeout_s: float = Field(60.0, gt=0)
    parse_memory_mb: int = Field(2048, ge=256)
    max_file_mb: int = Field(512, ge=1)

    # Anonymization
    pii_entities: list[str] = Field(default_factory=lambda: list(DEFAULT_ENTITIES))
    pii_score_threshold: float = Field(0.5, ge=0, le=1)
    pseudonym_key: str | None = Field(
        None, description="Secret for keyed hashes of masked values; default: a key file in the data dir"
    )

    # Chunking and embedding
    chunk_max_tokens: int = Field(200, ge=16, le=512)
    chunk_overlap_tokens: int = Field(32, ge=0)
    embedding_model: str = "all-MiniLM-L6-v2"
    embed_batch_size: int = Field(64, ge=1)

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return Path(value).expanduser()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[Any] = [init_settings, env_settings]
        config = os.environ.get("KBQA_CONFIG")
        if config:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(config)))
        return tuple(sources)
