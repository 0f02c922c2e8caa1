"""The deployment recipe in deploy/ is consistent with kbqa and with itself: every KBQA_*
variable it sets is a real setting, Prometheus scrapes the ports the replicas serve metrics on,
nginx balances over services that exist, and the Dockerfile copies files that exist. (The
compose file itself cannot be run here: no container registry is reachable.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbqa.settings import Settings

yaml = pytest.importorskip("yaml")

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
SERVICES = COMPOSE["services"]


def _env_of(service: dict) -> dict[str, str]:
    env = dict(service.get("environment") or {})
    return {k: str(v) for k, v in env.items()}


def _setting_names() -> set[str]:
    names = set()
    for name, field in Settings.model_fields.items():
        names.add(f"KBQA_{name.upper()}")
        alias = field.validation_alias
        for choice in getattr(alias, "choices", []) or []:
            names.add(str(choice).upper())
    return names


def test_every_kbqa_variable_of_the_recipe_is_a_setting():
    known = _setting_names()
    used = {k for s in SERVICES.values() for k in _env_of(s) if k.startswith("KBQA_")}
    example = (DEPLOY / "kbqa.env.example").read_text(encoding="utf-8")
    used |= set(re.findall(r"^#?\s*(KBQA_[A-Z0-9_]+)=", example, re.MULTILINE))
    readme = (DEPLOY / "README.md").read_text(encoding="utf-8")
    used |= set(re.findall(r"\bKBQA_[A-Z0-9_]+\b", readme))
    assert used and used <= known, sorted(used - known)


def test_replicas_share_the_database_vectors_and_model_and_serve_metrics():
    kbqa = {n: s for n, s in SERVICES.items() if s.get("image") == "kbqa:latest"}
    api = {n for n, s in kbqa.items() if s["command"][:2] == ["kbqa", "serve"]}
    chat = {n for n, s in kbqa.items() if s["command"][:2] == ["streamlit", "run"]}
    assert len(api) >= 2 and len(chat) >= 2
    envs = [_env_of(kbqa[n]) for n in sorted(kbqa)]
    for key in ("KBQA_DATABASE_URL", "KBQA_VECTOR_URI", "KBQA_LLM_BASE_URL", "KBQA_LLM_BACKEND"):
        assert len({e[key] for e in envs}) == 1, key  # one shared value
    assert envs[0]["KBQA_DATABASE_URL"].startswith("postgresql://")
    assert envs[0]["KBQA_VECTOR_URI"].startswith("http://milvus:")
    assert envs[0]["KBQA_LLM_BASE_URL"].startswith("http://vllm:")
    Settings(**{k[5:].lower(): v for k, v in envs[0].items() if k.startswith("KBQA_")})

    prometheus = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    targets = {t for job in prometheus["scrape_configs"] for c in job["static_configs"]
               for t in c["targets"]}
    for name in api:
        port = kbqa[name]["command"][kbqa[name]["command"].index("--port") + 1]
        assert f"{name}:{port}" in targets
    for name in chat:
        assert f"{name}:{_env_of(kbqa[name])['KBQA_METRICS_PORT']}" in targets


def test_the_balancer_and_grafana_point_at_what_exists():
    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    upstream = set(re.findall(r"^\s*server\s+([\w-]+):\d+", nginx, re.MULTILINE))
    assert upstream and upstream <= set(SERVICES)
    for service in SERVICES.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (DEPLOY / source).exists(), source
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    for line in re.findall(r"^COPY (.+)$", dockerfile, re.MULTILINE):
        for source in line.split()[:-1]:
            assert (DEPLOY.parent / source).exists(), source
