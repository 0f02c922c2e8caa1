"""Streamlit front end: ``streamlit run app.py`` (data dir from ``KBQA_DATA_DIR``).

A thin shell: the pages live in ``kbqa.webapp`` over the public ``KnowledgeBase`` API. As an
``st.App``, the server loads the knowledge base and opens the metrics port when it starts,
before the first browser connects.
"""

import streamlit as st

from kbqa.webapp import PAGE_SCRIPT, lifespan

app = st.App(PAGE_SCRIPT, lifespan=lifespan)
