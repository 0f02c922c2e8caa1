import pytest
from audit_helpers import fresh_postgres_database, reset_postgres_schema
from llm_server import llama_server  # noqa: F401  (session fixture: a real llama.cpp HTTP server)
from vector_helpers import VECTOR_BACKENDS, release_milvus, vector_settings

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=VECTOR_BACKENDS)
def vector_backend(request, tmp_path):
    """``Settings`` fields putting a test's knowledge base on each vector backend in turn."""
    settings = vector_settings(request.param, tmp_path)
    yield settings
    release_milvus(settings)


@pytest.fixture(scope="session")
def postgres_database():
    """A fresh database on the PostgreSQL server at 127.0.0.1:5432, dropped at the end."""
    with fresh_postgres_database() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A database URL per backend: a SQLite file, or the PostgreSQL database with an empty
    schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kbqa.db'}"
    url = request.getfixturevalue("postgres_database")
    reset_postgres_schema(url)
    return url
