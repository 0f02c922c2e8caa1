import socket
import sys
import threading

import pytest
from langchain_core.messages import HumanMessage, SystemMessage
from llm_server import free_port

from kbqa.errors import ConfigError, LLMUnavailableError, MissingDependencyError
from kbqa.llm import is_weak_model, make_chat_model
from kbqa.settings import Settings
from tests.requirements import needs_module

PROMPT = [
    SystemMessage("You are a helpful assistant. Answer in one short sentence."),
    HumanMessage("What is the capital of France?"),
]


def _settings(**kw) -> Settings:
    return Settings(**{"llm_max_tokens": 24, "llm_temperature": 0.0, **kw})


def test_embedded_backend_answers_and_streams_in_process():
    needs_module("llama_cpp")
    model = make_chat_model(_settings(llm_backend="embedded"))
    assert is_weak_model(model)
    reply = model.invoke(PROMPT)
    assert reply.text.strip()
    tokens = [chunk.text for chunk in model.stream(PROMPT)]
    assert len([t for t in tokens if t]) > 1 and "".join(tokens).strip()


def test_embedded_backend_is_loaded_once_per_process():
    needs_module("llama_cpp")
    a = make_chat_model(_settings(llm_backend="embedded"))
    b = make_chat_model(_settings(llm_backend="embedded", llm_temperature=0.5))
    assert a._llama()[0] is b._llama()[0]


def test_openai_backend_answers_and_streams_from_a_real_server(llama_server):
    model = make_chat_model(_settings(llm_backend="openai", llm_base_url=llama_server.base_url))
    assert not is_weak_model(model)
    reply = model.invoke(PROMPT)
    assert reply.text.strip()
    # max_tokens reaches the server (llama.cpp ignores max_completion_tokens).
    assert reply.response_metadata.get("token_usage", {}).get("completion_tokens", 0) <= 24
    tokens = [chunk.text for chunk in model.stream(PROMPT)]
    assert len([t for t in tokens if t]) > 1


def test_endpoint_down_raises_llm_unavailable_naming_the_url():
    url = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    model = make_chat_model(
        _settings(
            llm_backend="openai",
            llm_base_url=url,
            llm_model="any",
            llm_timeout_s=2.0,
            llm_max_retries=1,
        )
    )
    with pytest.raises(LLMUnavailableError, match="unreachable \\(2 attempts") as err:
        model.invoke(PROMPT)
    assert url in str(err.value) and "KBQA_LLM_BASE_URL" in str(err.value)
    with pytest.raises(LLMUnavailableError):
        list(model.stream(PROMPT))


class SilentServer:
    """A TCP server that accepts connections, reads nothing and never answers; counts them."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/v1"
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:  # closed
                return
            self.connections.append(conn)

    def close(self) -> None:
        self.sock.close()
        for conn in self.connections:
            conn.close()


def test_silent_endpoint_times_out_after_the_configured_retries():
    # How long it takes is a benchmark's business; that it gives up after exactly the
    # configured attempts, each cut by the timeout, is what a user relies on.
    silent = SilentServer()
    try:
        url = silent.url
        model = make_chat_model(
            _settings(
                llm_backend="openai",
                llm_base_url=url,
                llm_model="any",
                llm_timeout_s=1.0,
                llm_max_retries=1,
            )
        )
        with pytest.raises(LLMUnavailableError, match="timed out \\(2 attempts\\)") as err:
            model.invoke(PROMPT)
        # One connection per attempt: the first request and one retry, each timed out.
        assert len(silent.connections) == 2
    finally:
        silent.close()
    assert url in str(err.value) and "KBQA_LLM_TIMEOUT_S" in str(err.value)


def test_missing_openai_package_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "langchain_openai", None)
    monkeypatch.delitem(sys.modules, "kbqa.llm.openai_compat", raising=False)
    with pytest.raises(MissingDependencyError, match="pip install langchain-openai"):
        make_chat_model(_settings(llm_backend="openai", llm_model="m"))


def test_missing_llama_cpp_names_the_install_command(monkeypatch):
    from kbqa.llm import embedded

    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    monkeypatch.setattr(embedded, "_LOADED", {})
    model = make_chat_model(_settings(llm_backend="embedded"))
    with pytest.raises(MissingDependencyError, match="pip install 'llama-cpp-python"):
        model.invoke(PROMPT)


def test_embedded_backend_rejects_a_missing_model_file(tmp_path):
    with pytest.raises(ConfigError, match="GGUF"):
        make_chat_model(_settings(llm_backend="embedded", llm_model=str(tmp_path / "nope.gguf")))


def test_api_key_falls_back_to_openai_api_key(monkeypatch):
    monkeypatch.delenv("KBQA_LLM_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-openai-env")
    assert Settings().llm_api_key.get_secret_value() == "sk-from-openai-env"
    monkeypatch.setenv("KBQA_LLM_API_KEY", "sk-kbqa")
    assert Settings().llm_api_key.get_secret_value() == "sk-kbqa"
