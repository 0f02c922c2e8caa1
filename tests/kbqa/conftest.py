from llm_server import llama_server  # noqa: F401  (session fixture: a real llama.cpp HTTP server)
