"""Streamlit front end: ``streamlit run app.py`` (data dir from ``KBQA_DATA_DIR``).

A thin shell: the pages live in ``kbqa.webapp`` over the public ``KnowledgeBase`` API.
"""

from kbqa.webapp import run

run()
