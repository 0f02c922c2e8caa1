"""The script Streamlit runs for every browser session and rerun; ``app.py`` serves it."""

from kbqa.webapp import run

run()
