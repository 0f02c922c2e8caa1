"""E-mail addresses on any domain, and the look-alikes that are not addresses.

Presidio's recognizer only accepts domains whose suffix is on the public-suffix list, so the
addresses company documents are full of (``anna@corp.local``, ``it@hr.internal``,
``j.doe@mailhost``, ``zhang.wei@公司.中国``) were stored unmasked. Here any domain counts: public
and reserved suffixes, single-label hosts, internationalised domains and local parts, an IP
literal. What is rejected is decided by shape, not by a suffix list:

* no local part: decorators, npm scopes, chat handles, CSS and JSDoc at-rules (``@dataclass``,
  ``@types/node``, ``@zhangwei``, ``@media``);
* a version after the ``@``: ``numpy@1.26``, ``left-pad@1.3.0``, ``@scope/pkg@2.0.0-rc.1``;
* a single-label "host" that is a package tag, protocol or digest (``pkg@latest``,
  ``pkg@npm:other``, ``image@sha256:...``), or followed by ``+`` (``pkg@git+https://...``);
* image variants (``logo@2x.png``) and one-letter top labels (``q@k.T``: matrix products);
* SSH and URL remotes of a forge's shared account (``git@github.com:org/repo.git``,
  ``ssh://git@host/repo``): ``git`` is no person. A personal login in the same place
  (``anna.schmidt@build01:~/reports``) is masked like an address.

Chat handles (``@zhangwei``) are personal data, a pseudonym, but by shape they are the
decorators and scopes above; they are not masked by pattern. A handle written as a name
(``@Anna Schmidt``, ``@张伟``) is found by the name recognizers.

CJK boundaries: an ASCII local part glued to Han text starts at its first ASCII character
(``邮箱zhang@example.com。``); a Han local part is the whole Han run before the ``@`` (it
cannot be told from the word before it, so that word is masked too). A Han domain label at the
end that runs on into the sentence (``公司.中国请回复``) is cut after the longest public suffix
it starts with (tldextract's bundled snapshot, never fetched); an ASCII label stops at the first
Han character.
"""

from __future__ import annotations

from functools import cache

import regex
import tldextract
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Bopomofo}"
# A word character that is not CJK: Latin (with accents), Greek, Cyrillic, digits, marks.
_WORD = rf"[[\p{{L}}\p{{N}}\p{{M}}_]--[{_CJK}]]"
_SPECIAL = r"[!#$%&'*+=?^`{|}~\-]"
_ASCII_LOCAL = rf"{_WORD}(?:{_WORD}|{_SPECIAL})*(?:\.(?:{_WORD}|{_SPECIAL})+)*"
_CJK_LOCAL = rf"[{_CJK}]+(?:\.[{_CJK}]+)*"
_ASCII_LABEL = rf"[[\p{{L}}\p{{N}}\p{{M}}]--[{_CJK}]](?:[[\p{{L}}\p{{N}}\p{{M}}\-]--[{_CJK}]]*"
_ASCII_LABEL += rf"[[\p{{L}}\p{{N}}\p{{M}}]--[{_CJK}]])?"
_CJK_LABEL = rf"[{_CJK}][{_CJK}\-]*"
_LABEL = rf"(?:{_ASCII_LABEL}|{_CJK_LABEL})"
_EMAIL = regex.compile(
    rf"(?V1)(?<!{_WORD})"
    rf"(?P<local>{_ASCII_LOCAL}|(?<![{_CJK}]){_CJK_LOCAL})[@＠]"
    rf"(?P<domain>\[[0-9A-Fa-f:.]+\]|{_LABEL}(?:\.{_LABEL})*)"
)
_HAS_CJK = regex.compile(rf"[{_CJK}]")
_IPV4 = regex.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}")
# Every label starts with a digit (the first may with a "v"): a version, not a host.
_VERSION = regex.compile(r"v?\d[\w\-]*(?:\.\d[\w\-]*)*", regex.IGNORECASE)
_VERSION_LOCAL = regex.compile(r"\d+(?:\.\d+)+")
_RETINA = regex.compile(r"\d+(?:\.\d+)?x\.", regex.IGNORECASE)  # logo@2x.png
# Single-label "hosts" that are package tags, protocols or digests, never a mail host.
NOT_HOSTS = frozenset(
    "latest next beta alpha canary rc stable lts nightly experimental edge insiders preview "
    "main master head tip dev npm file link workspace github gitlab bitbucket git http https "
    "patch portal jsr sha1 sha224 sha256 sha384 sha512 md5 none jar aar war pom zip tgz".split()
)
# Reserved (RFC 2606, 6761, 8375) and de-facto internal top-level labels.
RESERVED_SUFFIXES = frozenset(
    "local internal lan corp home arpa example test invalid localhost intranet private".split()
)
# Shared accounts of code forges: "git@github.com:org/repo.git" names no person.
FORGE_ACCOUNTS = frozenset({"git", "hg", "svn", "gitea", "gitlab", "forgejo", "aur", "gogs"})


@cache
def _top_labels() -> tuple[frozenset[str], frozenset[str]]:
    """Top-level labels of the public-suffix snapshot bundled with tldextract (never fetched),
    and the public suffixes written in CJK characters."""
    extract = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )
    extract("example.com")  # loads the snapshot
    suffixes = extract._get_tld_extractor().tlds()  # noqa: SLF001  # no public accessor
    tops = frozenset(s.rpartition(".")[2].casefold() for s in suffixes) | RESERVED_SUFFIXES
    return tops, frozenset(s for s in suffixes if _HAS_CJK.search(s))


def _suffixes() -> frozenset[str]:
    return _top_labels()[1]


def _cut_cjk_tail(domain: str) -> str:
    """Cut a last Han label that runs on into the sentence after its public suffix."""
    head, _, last = domain.rpartition(".")
    if not head or not _HAS_CJK.match(last):
        return domain
    suffixes = _suffixes()
    for n in range(len(last), 0, -1):
        if last[:n] in suffixes:
            return f"{head}.{last[:n]}"
    return domain


def _plausible_for_cjk_local(domain: str) -> bool:
    """A Han local part runs on from the word before it, so ask more of its domain: CJK
    labels, or several labels ending in a public or reserved top-level label."""
    if _HAS_CJK.search(domain) or domain.startswith("["):
        return True
    head, _, top = domain.rpartition(".")
    return bool(head) and top.casefold() in _top_labels()[0]


def _is_remote(text: str, start: int, end: int) -> bool:
    """``user@host:path`` (scp/SSH) or ``scheme://user@host`` (URL userinfo)."""
    after = text[end : end + 2]
    return (len(after) == 2 and after[0] == ":" and not after[1].isspace()) or text[
        max(0, start - 3) : start
    ] == "://"


def find_emails(text: str) -> list[tuple[int, int]]:
    """Character spans of the e-mail addresses in ``text`` (see the module docstring)."""
    spans: list[tuple[int, int]] = []
    if "@" not in text and "＠" not in text:
        return spans
    for m in _EMAIL.finditer(text):
        local, domain = m.group("local"), m.group("domain")
        # A host given by its address ("anna@10.0.0.5") is a login: kept as found.
        if not domain.startswith("[") and not _IPV4.fullmatch(domain):
            domain = _cut_cjk_tail(domain)
            labels = domain.split(".")
            if _VERSION.fullmatch(domain) or _RETINA.match(domain):
                continue
            if len(labels) == 1:
                after = m.start("domain") + len(domain)
                if domain.lower() in NOT_HOSTS or len(domain) < 2 or text[after : after + 1] == "+":
                    continue
            elif len(labels[-1]) < 2:
                continue
        if _VERSION_LOCAL.fullmatch(local):
            continue  # "lib:6.0@aar"
        if _HAS_CJK.match(local) and not _plausible_for_cjk_local(domain):
            continue  # "请@max.mueller", "参考@dataclass": a word before a handle
        start, end = m.start(), m.start("domain") + len(domain)
        if local.lower() in FORGE_ACCOUNTS and _is_remote(text, start, end):
            continue
        spans.append((start, end))
    return spans


def normalize_email(value: str) -> str:
    """The vault key of an address: lower case, a full-width ``＠`` read as ``@``."""
    return value.replace("＠", "@").casefold()


class AnyDomainEmailRecognizer(EntityRecognizer):
    """EMAIL_ADDRESS on any domain, scored 1.0 (as Presidio scores a validated address)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["EMAIL_ADDRESS"], name="AnyDomainEmailRecognizer"
        )

    def load(self) -> None:  # noqa: D102
        _top_labels()

    def analyze(  # noqa: D102
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "EMAIL_ADDRESS" not in entities:
            return []
        return [
            RecognizerResult(
                "EMAIL_ADDRESS", start, end, 1.0,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: "AnyDomainEmailRecognizer",
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )  # fmt: skip
            for start, end in find_emails(text)
        ]
