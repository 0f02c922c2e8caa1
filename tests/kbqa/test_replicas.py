"""Two ``kbqa serve`` replicas over one PostgreSQL database and one Milvus server, each with its
own data dir (a local cache only), as behind a load balancer: a document uploaded through one is
answerable through the other, access rules hold on both, a delete through the second is seen by
the first, and both count what they did in their own ``/metrics``."""

from __future__ import annotations

from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from api_server import run_api_server
from vector_helpers import milvus_lite_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SECRET_KEY = "replica-test-pseudonym-secret"
HR_DOC = ("Relocation allowance\n\nEmployees who relocate for the company receive a relocation "
          "allowance of 4,800 EUR. Questions go to Petra Lindqvist at petra.lindqvist@example.com.\n")


@pytest.fixture
def pg_url(postgres_database: str) -> str:
    from audit_helpers import reset_postgres_schema

    reset_postgres_schema(postgres_database)
    return postgres_database


@pytest.fixture
def milvus_uri(tmp_path):
    """A Milvus Lite server process: the same protocol as a Milvus cluster."""
    with milvus_lite_server(tmp_path / "milvus") as (url, _):
        yield url


def _samples(client, name: str) -> dict[tuple, float]:
    text = client.get("/metrics").text
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text) for s in family.samples
        if s.name == name
    }


def test_two_replicas_serve_one_knowledge_base(pg_url, milvus_uri, tmp_path):
    from kbqa import KnowledgeBase, Settings
    from kbqa.tokens import ApiTokens

    env = {"KBQA_DATABASE_URL": pg_url, "KBQA_VECTOR_URI": milvus_uri,
           "KBQA_PSEUDONYM_KEY": SECRET_KEY, "KBQA_API_UPLOAD_DIR": str(tmp_path / "uploads")}
    admin = KnowledgeBase(tmp_path / "admin", Settings(
        database_url=pg_url, vector_uri=milvus_uri, pseudonym_key=SECRET_KEY))
    admin.users.add("root", admin=True)
    admin.users.add("hana", groups=["hr"])
    admin.users.add("otto", groups=["ops"])
    tokens = {n: ApiTokens(admin.store, admin.users).create(n)[1] for n in ("root", "hana", "otto")}
    question = {"question": "How much is the relocation allowance?", "use_llm": False}

    with run_api_server(tmp_path / "replica-1", tmp_path, **env) as one, \
            run_api_server(tmp_path / "replica-2", tmp_path, **env) as two:
        with one.client(tokens["root"]) as c:
            r = c.post("/v1/documents", files={"files": ("relocation.txt", HR_DOC.encode())},
                       data={"groups": ["hr"]})
            assert r.status_code == 200, r.text
            assert r.json()["counts"]["ingested"] == 1

        with two.client(tokens["hana"]) as c:  # the other replica answers at once
            response = c.post("/v1/ask", json=question)
            assert response.status_code == 200, (response.text, two.log())
            answer = response.json()
            assert not answer["refused"] and "4,800 EUR" in answer["answer"], answer
            cited = answer["citations"][0]
            assert Path(cited["source"]).name == "relocation.txt"
            shown = str(answer)
            assert "Petra" not in shown and "petra.lindqvist" not in shown  # masked at ingest
            docs = c.get("/v1/documents").json()
            assert [Path(d["path"]).name for d in docs] == ["relocation.txt"]
            doc_id = docs[0]["id"]
        with two.client() as c:  # the index size: the Milvus vectors, one per chunk
            vectors = _samples(c, "kbqa_index_vectors")
            assert list(vectors.values()) == [sum(_samples(c, "kbqa_index_chunks").values())]
            assert list(vectors.values())[0] > 0
        with two.client(tokens["otto"]) as c:  # another group: nothing of it, on any replica
            answer = c.post("/v1/ask", json=question).json()
            assert "4,800" not in str(answer) and all(
                Path(x["source"]).name != "relocation.txt" for x in answer["citations"])
            assert c.get("/v1/documents").json() == []
            assert c.get(f"/v1/documents/{doc_id}").status_code == 404

        with two.client(tokens["root"]) as c:  # deleted through the second replica...
            assert c.delete(f"/v1/documents/{doc_id}").status_code == 200
        with one.client(tokens["hana"]) as c:  # ...is gone on the first
            answer = c.post("/v1/ask", json=question).json()
            assert "4,800" not in str(answer) and answer["citations"] == [], answer

        # The replicas keep no vectors of their own: Milvus holds them.
        assert not list(tmp_path.glob("replica-*/*.faiss"))

        # Each replica counts its own work; Prometheus sums the replicas.
        with one.client() as c1, two.client() as c2:
            asked_on_two = sum(_samples(c2, "kbqa_questions_total").values())
            asked_on_one = sum(_samples(c1, "kbqa_questions_total").values())
            assert (asked_on_one, asked_on_two) == (1, 2)
            # the delete through the second replica is seen in the first one's count too
            assert list(_samples(c1, "kbqa_index_vectors").values()) == [0]
