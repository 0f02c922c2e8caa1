"""The deployment recipe in deploy/ is consistent with kbqa and with itself: every KBQA_*
variable it sets is a real setting, Prometheus scrapes the ports the replicas serve metrics on,
nginx balances over services that exist, and the Dockerfile copies files that exist. (The
compose file itself cannot be run here: no container registry is reachable.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kbqa.settings import Settings
from tests.requirements import needs_module

yaml = needs_module("yaml")

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


def _nginx_upstream_for(nginx: str, path: str) -> str | None:
    """The upstream nginx sends ``path`` to, by its location rules (exact, then the longest
    prefix unless a regex matches first); None for a location that answers by itself."""
    blocks = re.findall(r"location\s+(=\s+|~\s+)?(\S+)\s*\{([^}]*)\}", nginx)
    exact = [b for b in blocks if b[0].strip() == "=" and b[1] == path]
    regex = [b for b in blocks if b[0].strip() == "~" and re.search(b[1], path)]
    prefix = sorted((b for b in blocks if not b[0] and path.startswith(b[1])),
                    key=lambda b: len(b[1]), reverse=True)
    chosen = (exact or regex or prefix)[0]
    target = re.search(r"proxy_pass\s+http://([\w-]+)", chosen[2])
    return target.group(1) if target else None


def test_the_balancer_sends_every_api_path_to_the_api_and_the_rest_to_the_chat():
    from kbqa.api.routes import v1_router

    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    api_paths = [route.path for route in v1_router(1).routes]
    api_paths += ["/healthz", "/readyz", "/openapi.json", "/docs", "/redoc",
                  "/static-offline-docs/swagger-ui-bundle.js"]  # the API docs pages' files
    for path in api_paths:
        assert _nginx_upstream_for(nginx, path) == "kbqa_api", path
    for path in ("/", "/_stcore/stream", "/static/js/main.js"):
        assert _nginx_upstream_for(nginx, path) == "kbqa_chat", path
    assert _nginx_upstream_for(nginx, "/metrics") is None  # not published


def test_the_image_user_can_write_the_upload_folder():
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    upload_dir = re.search(r"^KBQA_API_UPLOAD_DIR=(\S+)", (DEPLOY / "kbqa.env.example")
                           .read_text(encoding="utf-8"), re.MULTILINE).group(1)
    before_user = dockerfile.split("\nUSER kbqa")[0]
    assert re.search(rf"chown kbqa {re.escape(upload_dir)}\b", before_user), upload_dir
