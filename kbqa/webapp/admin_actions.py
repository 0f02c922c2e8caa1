"""How the admin tabs run an action and show its outcome: a kbqa error becomes one readable
alert (untrusted text through ``escape_markdown``), a finished change reruns the page with
its messages, and keyed widgets follow the document or user they edit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import streamlit as st

from kbqa.errors import AccessDeniedError, ConfigError, DataDirBusyError, KbqaError
from kbqa.report import STATUSES, IngestReport
from kbqa.users import check_group_names
from kbqa.webapp.render import escape_markdown

log = logging.getLogger(__name__)

FLASH_KEY = "_admin_flash"  # messages to show after st.rerun(): (alert kind, text)
RESET_KEY = "_admin_reset"  # widget values to set at the start of the next run


def parse_groups(selected: Sequence[str], typed: str) -> list[str] | None:
    """Selected groups plus comma-separated typed ones; None (with an error shown) if invalid."""
    try:
        return check_group_names([*selected, *(g for g in typed.split(",") if g.strip())])
    except ConfigError as exc:
        alert("error", str(exc))
        return None


def format_time(value: datetime | None) -> str:
    """``value`` to the minute in UTC, for a table; empty when there is none."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def alert(kind: str, text: str) -> None:
    """Show ``text`` as a Streamlit alert of ``kind`` ("error", "warning", ...), Markdown
    escaped."""
    getattr(st, kind)(escape_markdown(text))


def rerun_with(messages: list[tuple[str, str]], reset: dict[str, object] | None = None) -> None:
    """Finish an action that changed data shown above: rerun so every table is fresh, and show
    ``messages`` and set the widgets in ``reset`` to their values in that run (None: forget the
    key). A value set through session state reaches the browser; a forgotten one does not."""
    st.session_state[FLASH_KEY] = messages
    st.session_state[RESET_KEY] = reset or {}
    st.rerun()


def attempt(action: Callable[[], object], hint: str = "") -> object | None:
    """Run an API call; a kbqa error becomes one readable alert with what to do, never a
    traceback. Returns None when it failed."""
    try:
        return action()
    except DataDirBusyError as exc:
        alert("error", f"{exc}. Another ingest or deletion is running: wait until it has "
                       "finished, then try again.")
    except AccessDeniedError as exc:
        alert("error", f"{exc}. Your admin rights may have been revoked: reload the page.")
    except KbqaError as exc:
        alert("error", f"{exc}{'. ' + hint if hint else ''}")
    except Exception as exc:  # a bug or an outage: the page stays usable, the log has details
        log.exception("admin action failed")
        alert("error", f"Unexpected error ({type(exc).__name__}: {exc}); the server log has "
                       "the details.")
    return None


def attempted(action: Callable[[], None], hint: str = "") -> bool:
    """``attempt`` for an action that returns nothing: True when it ran without an error."""

    def run() -> bool:
        action()
        return True

    return attempt(run, hint) is not None


def seed(key: str, owner: object, value: object) -> None:
    """Set widget ``key`` to ``value`` when the thing it edits changes: a keyed widget would
    otherwise keep the value it had for the previously selected document or user."""
    marker = f"_{key}_owner"
    if st.session_state.get(marker) != owner:
        st.session_state[marker] = owner
        st.session_state[key] = value


def keep_valid(key: str, options: list[object]) -> None:
    """Point selectbox ``key`` at the first option when its choice is gone (a deleted document
    or user), in the browser too."""
    if options and st.session_state.get(key) not in options:
        st.session_state[key] = options[0]


def report_messages(report: IngestReport) -> list[tuple[str, str]]:
    """The outcome of an ingest as (alert kind, text): a summary, then one line per failed file."""
    counts = report.counts
    parts = [f"{counts[s]} {s}" for s in STATUSES if counts[s]] or ["nothing to do"]
    summary = (f"Done: {', '.join(parts)}. Chunks: {counts['chunks_added']} added, "
               f"{counts['chunks_removed']} removed.")
    all_failed = counts["failed"] and counts["failed"] == counts["seen"]
    messages = [("warning" if all_failed else "success", summary)]
    messages += [("error", f"{Path(f.path).name}: {f.reason}") for f in report.failures]
    return messages

