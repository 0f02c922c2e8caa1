"""Prompt-injection defence for passages: what the answer chain may show or hand a model.

Documents are data, but a document can hold text aimed at the model that reads it ("Ignore all
previous instructions…", "SYSTEM: …", "忽略之前的所有指令…") or links and images that a browser
would fetch (``![x](https://attacker/?secret)``, ``<img src=…>``). Ingest keeps such text (it is
what the document says, and retrieval finds it); the answer chain uses ``safe_text`` of a
passage instead: the prompt, the sentences an extractive answer quotes, the evidence a model's
sentence is verified against. Answers and citation snippets quote only ``quotable_sentences``:
a sentence with a link is not quoted at all. A model sentence that is itself an
instruction or carries a link is dropped by verification (``is_unsafe``).

The patterns aim at text addressed to a model, not at ordinary policy wording: "Employees must
ignore phishing emails" and "员工必须忽略可疑邮件中的链接" are not instructions to the model.
"""

from __future__ import annotations

import re

from kbqa.textmatch import passage_sentences

__all__ = [
    "has_link", "is_injection", "is_unsafe", "quotable_sentences", "safe_label", "safe_text",
    "strip_links",
]

_I = re.IGNORECASE
# English: what an injection says to the model. Each pattern needs words that address a model
# ("previous instructions", "system prompt", "other documents", "AI assistants"): policy text
# says "ignore phishing emails", "print all documents double-sided", "developer mode".
_ENGLISH = [
    # "Ignore all previous instructions", "disregard the above rules", "forget your rules"
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+)?(?:of\s+)?"
    r"(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|foregoing|original|initial)"
    r"\s+(?:\w+\s+)?"
    r"(?:instructions?|rules|prompts?|guidelines|directives|context)\b",
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+)?(?:your\s+)?"
    r"(?:instructions|rules|guidelines|programming|system\s+prompt)\b",
    # "reveal the system prompt", "print your instructions"
    r"\b(?:system|hidden|initial|secret)\s+prompt\b|\bhidden\s+instructions\b",
    r"\b(?:reveal|print|show|repeat|output|display|leak|dump|tell\s+me)\s+(?:me\s+)?"
    r"(?:your|the\s+model'?s?)\s+(?:instructions|prompt|rules|configuration)\b",
    # "list all other documents", "show every document in the knowledge base"
    r"\b(?:list|print|reveal|show|output|dump|display|enumerate)\s+(?:all|every)\s+(?:the\s+)?"
    r"other\s+(?:documents?|files|passages|sources|chunks)\b",
    r"\b(?:documents?|files|passages|sources)\s+(?:in|of|from)\s+(?:the|your)\s+"
    r"(?:knowledge\s+base|context|prompt|index)\b",
    # Text addressed to the reader as a model.
    r"\b(?:note|message|instructions?|attention)\s+(?:to|for)\s+(?:all\s+|any\s+)?"
    r"(?:ai|llm|gpt|chatbot|language\s+model|assistant|model)s?\b",
    r"\b(?:dear|hey|hello)\s+(?:ai|llm|gpt|chatbot|language\s+model)\b",
    r"\b(?:ai|llm|gpt|language\s+model|chatbot)s?(?:\s+assistants?|\s+models?)?\s+"
    r"(?:reading|processing|summari[sz]ing)\s+this\b",
    r"\bif\s+you\s+are\s+an?\s+(?:ai|llm|language\s+model|chatbot)\b"
    r"(?!\s+(?:developer|engineer|expert|user|team))",
    r"\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:unrestricted|uncensored|jailbroken|unfiltered|dan)\b",
    r"\b(?:jailbreak|dan)\s+mode\b",
    # "answer … only with ZQ123" / "reply only with 'OK'": a given code or quoted word
    r"\b(?:reply|respond|answer)\b(?:\W+\w+){0,10}?\W+only\s+with\s+"
    r"(?:[\"'“‘]|(?=[A-Za-z]*\d)|(?-i:(?=[A-Z]{3,}\b)))",
    # Chat-template tokens.
    r"<\|(?:im_start|im_end|system|user|assistant|endoftext)\|>|\[/?INST\]|<<SYS>>",
]
# A chat turn in disguise at the start of a sentence: "SYSTEM: …", "Assistant: …". "System:"
# and "系统：" also head ordinary lines ("System: SAP ERP"), so they need instruction words. A
# field label may come first: "Subject: SYSTEM: …" in a mail's headers.
_LEAD = r"^\W{0,3}(?:[\w-]{1,20}\s*[:：]\s*)?"
_ROLE_LABEL = re.compile(
    rf"{_LEAD}(?:(?-i:SYSTEM|USER|ASSISTANT|HUMAN)|(?i:assistant|human|助手|助理))\s*[:：]"
    rf"|{_LEAD}(?i:system|系统)\s*[:：].*(?i:\byou\b|\banswer|\brepl|\brespond|\bignore|"
    r"\brules\b|\binstruction|\bprompt|回答|回复|忽略|指令|规则|你)"
)
_CHINESE = [
    # 忽略之前的所有指令 / 无视以上规则 / 忘记你的设定
    r"(?:忽略|无视|忽视|忘记|忘掉|不要理会|不要遵守)[^，。,.]{0,6}?"
    r"(?:之前|以上|上面|上述|先前|前面|此前|所有|全部|一切|你的|原有|原来)[^，。,.]{0,6}?"
    r"(?:指令|指示|规则|提示|设定|要求|命令)",
    r"系统提示|提示词",
    r"(?:输出|显示|列出|泄露|打印|透露|展示|告诉我)[^，。,.]{0,6}?(?:其他|其它|知识库中?的?所有|全部)"
    r"[^，。,.]{0,4}?(?:文档|文件|资料|段落)",
    r"你现在是|从现在(?:开始|起)[，,]?\s*你(?!们)",
    # 只回复XYZ: answering with a given code or word, not "只回复工作邮件"
    r"(?:只|仅)能?(?:回复|回答|输出)\s*[:：]?\s*[\"“「]?[A-Za-z0-9]",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _ENGLISH + _CHINESE), _I)

# Links and anything a renderer would fetch: Markdown images and links, HTML tags that load or
# run something, and bare URLs (also "www." and protocol-relative ones).
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)?")
_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)?")
_MD_REFERENCE = re.compile(r"^\s*\[[^\]\n]+\]:\s*\S+.*$", re.MULTILINE)
_FETCH_TAG = re.compile(
    r"<\s*/?\s*(?:img|a|script|iframe|frame|style|link|meta|object|embed|svg|video|audio|source|"
    r"form|input|button|base|image|picture)\b[^>]*>?",
    _I,
)
_HTML_TAG = re.compile(
    rf"{_FETCH_TAG.pattern}|<\s*/?\s*(?:body|html|div|span|p|br|table|td|tr|th)\b[^>]*>?", _I
)
_URL_REST = r"(?:[^\s<>\"'“”()\[\]]|\([^\s()]*\))"  # "(…)" inside a URL, not the one around it
_URL = re.compile(
    rf"(?:\b(?:https?|ftp|file|javascript|data|vbscript):{_URL_REST}+"
    rf"|(?<![\w.])//[\w-]+(?:\.[\w-]+)+{_URL_REST}*"
    rf"|\bwww\.[\w-]+(?:\.[\w-]+)+{_URL_REST}*)(?<![.,;:!?])",  # a full stop ends the sentence
    _I,
)


def is_injection(sentence: str) -> bool:
    """True when ``sentence`` speaks to the model that reads it: asks it to ignore its rules,
    reveal its prompt or other documents, answer only with something, or poses as a chat turn
    ("SYSTEM:", "Assistant:"), in English or Chinese."""
    return bool(_ROLE_LABEL.search(sentence) or _INJECTION.search(sentence))


def has_link(text: str) -> bool:
    """True when ``text`` holds a Markdown image or link, an HTML tag that loads or runs
    something, or a URL."""
    return any(p.search(text) for p in (_MD_IMAGE, _MD_LINK, _HTML_TAG, _URL, _MD_REFERENCE))


def strip_links(text: str) -> str:
    """``text`` without Markdown images, HTML tags and URLs; a Markdown link keeps its text.
    Line breaks are kept."""
    text = _MD_REFERENCE.sub("", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    text = _HTML_TAG.sub("", text)
    text = _URL.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", text) if text else text


def quotable_sentences(text: str) -> list[str]:
    """The sentences of a passage that an answer may quote: neither instructions to the model
    nor carrying a link, image or tag that fetches something (layout tags such as ``<br>`` are
    removed)."""
    kept = [
        strip_links(s).strip()
        for s in passage_sentences(text)
        if not is_injection(s)
        and not any(p.search(s) for p in (_MD_IMAGE, _MD_LINK, _FETCH_TAG, _URL, _MD_REFERENCE))
    ]
    return [s for s in kept if s]  # "<br>" alone leaves nothing to quote


def is_unsafe(sentence: str) -> bool:
    """True when a sentence must not be shown: an instruction to the model or a link."""
    return is_injection(sentence) or has_link(sentence)


def safe_label(text: str) -> str:
    """A document title or section heading fit to show and to put in a prompt: empty when it is
    an instruction to the model, else without its links."""
    if not text or is_injection(text):
        return ""
    return strip_links(text).strip()


def safe_text(text: str) -> str:
    """A passage without its injected sentences (``is_injection``) and links (``strip_links``);
    an unaffected passage is returned unchanged, layout and all."""
    injected = [s for s in passage_sentences(text) if is_injection(s)]
    if not injected and not has_link(text):
        return text
    out = text
    for sentence in injected:
        if sentence in out:
            out = out.replace(sentence, " ")
        else:  # the sentence spans a hard line break: remove it from the text re-flowed
            flat = " ".join(sentence.split())
            out = " ".join(out.split()).replace(flat, " ")
    return strip_links(out)

