"""The kbqa command as a user runs it: a real process, real models."""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE_DOCS

KBQA = str(Path(sys.executable).parent / "kbqa")


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    return subprocess.run([KBQA, *args], capture_output=True, text=True, env=full_env, timeout=600)


def test_ingest_json_report_accounts_for_every_file(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "policy.md").write_text((SAMPLE_DOCS / "expense_policy.md").read_text(encoding="utf-8"))
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (docs / "scan.pdf").write_bytes(b"%PDF-1.7\n1 0 obj garbage without a cross-reference table")
    (docs / "image.png").write_bytes(b"\x89PNG\r\n")
    result = run("--data-dir", str(tmp_path / "kb"), "ingest", str(docs), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["counts"]["seen"] == 4
    status = {Path(f["path"]).name: f for f in report["files"]}
    assert status["policy.md"]["status"] == "ingested" and status["policy.md"]["chunks"] > 0
    assert status["broken.docx"]["status"] == "failed" and status["broken.docx"]["reason"]
    assert status["scan.pdf"]["status"] == "failed" and status["scan.pdf"]["kind"] == "corrupt"
    assert status["image.png"]["status"] == "skipped"
    assert set(report["stages_s"]) >= {"parse", "anonymize", "chunk", "embed", "index", "total"}
    assert report["counts"]["chunks_added"] == status["policy.md"]["chunks"]


def test_human_report_and_data_dir_from_the_environment(tmp_path):
    env = {"KBQA_DATA_DIR": str(tmp_path / "kb")}
    result = run("ingest", str(SAMPLE_DOCS / "office_locations.txt"), "--group", "staff", env=env)
    assert result.returncode == 0, result.stderr
    assert "ingested" in result.stdout and "time embed" in result.stdout
    assert (tmp_path / "kb" / "kbqa.db").exists()
    listed = run("documents", "--json", env=env)
    assert listed.returncode == 0
    docs = json.loads(listed.stdout)
    assert [d["groups"] for d in docs] == [["staff"]]
    rebuilt = run("index", "rebuild", env=env)
    assert rebuilt.returncode == 0 and f"{docs[0]['chunks']} vectors" in rebuilt.stdout


def test_missing_path_is_one_clear_line_and_exit_1(tmp_path):
    result = run("--data-dir", str(tmp_path / "kb"), "ingest", str(tmp_path / "nope"))
    assert result.returncode == 1
    assert "path not found" in result.stderr and "nope" in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2():
    result = run("ingest")
    assert result.returncode == 2


def test_index_status_says_when_the_vector_file_lags_and_rebuild_mends_it(tmp_path):
    data = str(tmp_path / "kb")
    assert run("--data-dir", data, "ingest", str(SAMPLE_DOCS / "expense_policy.md")).returncode == 0
    result = run("--data-dir", data, "index", "status", "--json")
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["backend"] == "faiss" and status["up_to_date"] and status["vectors"] > 0
    (tmp_path / "kb" / "vectors.faiss").unlink()  # lost: the store still has every vector
    result = run("--data-dir", data, "index", "status")
    assert result.returncode == 1 and "kbqa index rebuild" in result.stderr
    assert run("--data-dir", data, "index", "rebuild").returncode == 0
    rebuilt = json.loads(run("--data-dir", data, "index", "status", "--json").stdout)
    assert rebuilt["up_to_date"] and rebuilt["vectors"] == status["vectors"]
