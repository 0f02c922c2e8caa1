"""Runtime settings: built once at the edge (CLI, app, API caller) and passed down."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from ingest.anonymize import DEFAULT_ENTITIES, DEFAULT_SCORE_THRESHOLD

REFUSE_BELOW = 0.46
"""Default relevance threshold for refusing; see docs/EVALUATION.md, "Refusal threshold"."""


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
    database_url: str | None = Field(
        None,
        description="SQLAlchemy URL of the database holding documents, chunks and the audit log "
        "(e.g. postgresql://kbqa:secret@db-host/kbqa); default: SQLite file <data_dir>/kbqa.db",
    )

    # Ingestion
    parse_workers: int = Field(1, ge=1, le=32)
    parse_timeout_s: float = Field(60.0, gt=0)
    parse_memory_mb: int = Field(2048, ge=256)
    max_file_mb: int = Field(512, ge=1)
    max_text_chars: int = Field(
        20_000_000, ge=1, description="A file whose extracted text is longer fails as too_large "
        "(masking and embedding 20 M characters take hours on a small CPU server)"
    )

    # Anonymization
    pii_entities: list[str] = Field(default_factory=lambda: list(DEFAULT_ENTITIES))
    pii_score_threshold: float = Field(DEFAULT_SCORE_THRESHOLD, ge=0, le=1)
    pii_allow_list: list[str] = Field(
        default_factory=list,
        description="Company and product names never masked (whole word, any case); "
        "KBQA_PII_ALLOW_LIST takes a JSON list",
    )
    pseudonym_key: str | None = Field(
        None, description="Secret for keyed hashes of masked values; default: a key file in the data dir"
    )

    # Vector backend (see kbqa.vectors)
    vector_uri: str | None = Field(
        None,
        description="Where chunk vectors are searched: empty: FAISS files in the data dir; a path "
        "ending in .db: a Milvus Lite store; http(s)://host:19530: a Milvus server (needed for "
        "several app replicas)",
    )
    vector_collection: str = Field(
        "kbqa_chunks", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,254}$",
        description="Milvus collection holding the chunk vectors",
    )
    vector_token: SecretStr | None = Field(
        None, description="Milvus credentials ('user:password' or an API key)"
    )

    # Chunking and embedding
    chunk_max_tokens: int = Field(200, ge=16, le=512)
    chunk_overlap_tokens: int = Field(32, ge=0)
    embedding_model: str = "all-MiniLM-L6-v2"
    embed_batch_size: int = Field(64, ge=1)

    # Retrieval (see kbqa.retrieval)
    top_k: int = Field(5, ge=1, le=50, description="Passages given to the model")
    retrieval_depth: int = Field(100, ge=1, le=2000, description="Candidates per search before fusion")
    fusion: Literal["score", "rrf"] = "score"
    rrf_k: float = Field(60.0, gt=0)
    dense_weight: float = Field(1.0, ge=0)
    bm25_weight: float = Field(1.0, ge=0)
    dense_weight_cjk: float = Field(0.1, ge=0, description="Dense weight for Chinese queries")
    bigram_weight: float = Field(
        0.5, ge=0, description="Weight of the Han-bigram keyword list for Chinese queries (0: off)"
    )

    # Answers (see kbqa.answer, kbqa.verify)
    refuse_below: float = Field(
        REFUSE_BELOW, ge=0, le=1,
        description="Refuse when the best passage's relevance is below this (calibrated by "
        "benchmarks/calibrate_refusal.py)",
    )
    refuse_on_missing_terms: bool = Field(
        True, description="Refuse when a name, code or number of the question is in no passage"
    )
    answer_min_similarity: float = Field(0.5, ge=0, le=1)
    max_extractive_sentences: int = Field(2, ge=1, le=10)

    # LLM (answer generation)
    llm_backend: Literal["none", "embedded", "openai"] = Field(
        "none",
        description="How answers are made: none: quoted passage sentences (extractive, no model; "
        "the default, as no generator is configured); openai: an OpenAI-compatible endpoint "
        "writes them and each sentence is verified; embedded: the bundled SmolLM2 in the "
        "process (opt-in: it is slow on a CPU; see llm_grammar)",
    )
    llm_base_url: str = Field(
        "http://127.0.0.1:8080/v1", description="OpenAI-compatible API root (vLLM, TGI, llama.cpp, Ollama)"
    )
    llm_model: str = Field(
        "", description="openai: served model name (empty: the server's first model); "
        "embedded: a .gguf file (empty: the bundled SmolLM2-135M-Instruct)"
    )
    llm_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("llm_api_key", "KBQA_LLM_API_KEY", "OPENAI_API_KEY")
    )
    llm_timeout_s: float = Field(60.0, gt=0)
    llm_max_retries: int = Field(2, ge=0, le=10)
    llm_temperature: float = Field(0.1, ge=0, le=2)
    llm_top_p: float = Field(0.9, gt=0, le=1)
    llm_max_tokens: int = Field(256, ge=1, le=8192)
    llm_grammar: Literal["", "off", "quotes"] = Field(
        "",
        description="quotes: the model may only write sentences of the prompt's passages, each "
        "cited (a GBNF grammar, kbqa.llm.grammar; llama.cpp only); off: free text; empty: quotes "
        "for the embedded backend, off for openai (set quotes for a llama.cpp server)",
    )
    llm_fallback: bool = Field(
        True,
        description="When the model cannot be reached, answer with quoted passages and a warning "
        "instead of failing",
    )

    # -- web app --
    session_timeout_min: int = Field(
        480, ge=1, description="A web sign-in expires after this many minutes"
    )
    trusted_user_header: str | None = Field(
        None,
        description="Behind a single-sign-on proxy: the request header carrying the signed-in "
        "user's name (e.g. X-Forwarded-User); off by default. Only enable it when every request "
        "reaches the app through that proxy",
    )
    max_upload_mb: int = Field(200, ge=1, description="Largest file the admin page accepts")
    serve_originals: bool = Field(
        True,
        description="Offer a cited document's original file to users who may see it (originals "
        "are not anonymized)",
    )

    # -- REST API and monitoring --
    metrics_port: int | None = Field(
        None, ge=1, le=65535,
        description="Port on which the Streamlit app process serves Prometheus metrics at "
        "/metrics (off by default; 'kbqa serve' serves them on its own port)",
    )
    metrics_host: str = Field(
        "127.0.0.1", description="Address the Streamlit process's metrics port listens on "
        "(0.0.0.0: every interface, for a Prometheus server on another machine)",
    )
    api_max_upload_mb: int = Field(
        200, ge=1, description="Largest upload the REST API accepts, in MiB (one request: all "
        "its files together); larger ones get 413"
    )
    api_upload_dir: Path | None = Field(
        None, description="Where files uploaded through the REST API are kept, one folder per "
        "collection (default: <data_dir>/uploads)",
    )
    api_metrics_token_required: bool = Field(
        False, description="Serve the REST server's /metrics only to requests with an admin's "
        "API token (off: to anyone who can reach the port)",
    )

    def sqlalchemy_url(self) -> str:
        """``database_url``, or the SQLite file ``<data_dir>/kbqa.db`` when it is unset."""
        return self.database_url or f"sqlite:///{self.data_dir / 'kbqa.db'}"

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
