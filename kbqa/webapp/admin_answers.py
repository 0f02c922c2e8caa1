"""The Answers tab of the admin area: how answers are made now and why, and how often the
configured model's sentences pass verification (so an operator sees when it is not helping).

Widget keys: none (read-only).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from kbqa import metrics
from kbqa.knowledge_base import KnowledgeBase
from kbqa.llm import answer_mode

__all__ = ["answers_tab", "verification_table"]


def verification_table() -> pd.DataFrame:
    """Per backend: answers a model was asked to write, the share showing at least one verified
    model sentence, and the share of model sentences dropped (this process, since it started)."""
    rows = []
    for backend, r in sorted(metrics.verification_rates().items()):
        sentences = r["kept"] + r["dropped"]
        rows.append({
            "backend": backend,
            "answers": int(r["answers"]),
            "with a verified sentence": r["verified_answers"] / r["answers"] if r["answers"]
            else None,
            "sentences checked": int(sentences),
            "sentences dropped": r["dropped"] / sentences if sentences else None,
        })
    return pd.DataFrame(rows, columns=["backend", "answers", "with a verified sentence",
                                       "sentences checked", "sentences dropped"])


def answers_tab(kb: KnowledgeBase) -> None:
    """The Answers tab: the answer mode in force and the verification rate per backend."""
    mode, why = answer_mode(kb.settings)
    st.subheader(f"Answer mode: {mode}")
    st.markdown(why)
    st.subheader("Verification rate")
    table = verification_table()
    if table.empty:
        st.info("No answer has been written by a model in this server process yet.")
        return
    st.dataframe(table, hide_index=True, column_config={
        "with a verified sentence": st.column_config.NumberColumn(format="percent"),
        "sentences dropped": st.column_config.NumberColumn(format="percent"),
    })
    st.caption("Counted by this server process since it started (Prometheus: "
               "kbqa_generated_answers_total, kbqa_answers_with_verified_sentence_total, "
               "kbqa_generated_sentences_total). A model whose sentences are mostly dropped is "
               "not helping: its answers fall back to quoted passages.")
