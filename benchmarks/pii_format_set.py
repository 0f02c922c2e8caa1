"""Generated e-mail addresses and e-mail look-alikes in real-world forms (seeded, deterministic).

Each case is one value in one of its spellings, embedded in an English or Chinese sentence:
``Case(text, start, end, entity, fmt)``. E-mail addresses come in 19 forms (public, reserved
and internal suffixes, single-label hosts, IDN domains and local parts, upper case, plus
addressing, subdomains, ``<...>``, ``mailto:``, headers, glued to Han text, ...); e-mail
look-alikes (decorators, npm scopes, package@version, SSH remotes of a forge account, chat
handles, git refs, digests, at-rules, matrix products, prices) carry the look-alike's span and
``entity=""``: nothing in it may be masked. The other formats are in
``benchmarks.pii_number_set``. Used by ``benchmarks.pii_formats``; see there for the scoring.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """One value (or look-alike, ``entity == ""``) at ``text[start:end]``."""

    text: str
    start: int
    end: int
    entity: str
    fmt: str


FIRST = ["anna", "jan", "maria", "lukas", "sophie", "tom", "emma", "noah", "lea", "max", "olivia",
         "ben", "zhang", "li", "wang", "chen", "liu", "yang", "huang", "zhou"]  # fmt: skip
LAST = ["schmidt", "mueller", "weber", "fischer", "smith", "jones", "taylor", "brown", "wei",
        "na", "fang", "jie", "ming", "lei", "kowalska", "dubois", "martin", "novak"]  # fmt: skip
COMPANIES = ["voltaris", "northwind-robotics", "acme", "contoso", "fabrikam", "globex", "initech",
             "umbrella", "hooli", "wayne-ent"]  # fmt: skip
PUBLIC = ["com", "de", "co.uk", "cn", "com.cn", "fr", "io", "org", "net", "eu"]
RESERVED = ["local", "internal", "lan", "corp", "home.arpa", "example", "test", "invalid",
            "localhost"]  # fmt: skip
HOSTS = ["mailhost", "intranet", "exchange01", "mx", "postfix", "fileserver", "smtp-gw", "hq"]
IDN_DOMAINS = ["公司.中国", "例子.广告", "测试.公司", "北京银行.中国", "bücher.de", "müller-gmbh.de",
               "пример.рф", "société.fr", "例え.jp", "회사.한국"]  # fmt: skip
CJK_LOCALS = ["用户", "张伟", "李娜", "王芳", "财务部", "人事", "陈杰"]
ACCENT_LOCALS = ["josé.garcía", "zoë.müller", "françois", "jürgen.weiß", "иван.петров", "søren"]

EN_SENTENCES = [
    "Please send the signed form to {v} by Friday.",
    "For travel bookings contact {v} (cost centre 4711).",
    "Questions about the policy: {v}",
    "The account owner is {v}; escalate to the team lead if needed.",
    "Reply to {v}, who approves all expenses above EUR 500.",
    "- Contact: {v}\n- Room: B2.14",
    "Our auditor ({v}) reviewed the Q3 ledger.",
    "{v} is the address on file for the Munich office.",
]
ZH_SENTENCES = [
    "邮箱{v}。",
    "请将报销单发送至{v}，谢谢。",
    "联系人邮箱：{v}（工作日回复）",
    "如有疑问请发邮件到{v}咨询。",
    "差旅预订请联系{v}。",
    "审批结果会通过{v}通知申请人。",
]


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def _local(rng: random.Random) -> str:
    first, last = _name(rng)
    return rng.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}_{last}",
                       f"{first}{rng.randint(1, 99)}", f"{first}-{last}", last])  # fmt: skip


def _company(rng: random.Random) -> str:
    return rng.choice(COMPANIES)


# Each form makes (prefix, address, suffix): only the address is personal data; prefix and
# suffix are the text that wraps it ("mailto:", "<", ":~/reports/").
EmailForm = Callable[[random.Random], tuple[str, str, str]]


def _addr(r: random.Random, suffixes: list[str] = RESERVED + PUBLIC) -> str:
    return f"{_local(r)}@{_company(r)}.{r.choice(suffixes)}"


EMAIL_FORMS: dict[str, EmailForm] = {
    "public suffix": lambda r: ("", _addr(r, PUBLIC), ""),
    "reserved/internal suffix": lambda r: ("", _addr(r, RESERVED), ""),
    "internal subdomain": lambda r: (
        "", f"{_local(r)}@{r.choice(['hr', 'mail', 'it', 'eu.mail'])}.{_company(r)}."
        f"{r.choice(RESERVED + PUBLIC)}", ""),
    "single-label host": lambda r: ("", f"{_local(r)}@{r.choice(HOSTS)}", ""),
    "IDN domain": lambda r: ("", f"{_local(r)}@{r.choice(IDN_DOMAINS)}", ""),
    "IDN local part": lambda r: (
        "", f"{r.choice(CJK_LOCALS + ACCENT_LOCALS)}@{r.choice(IDN_DOMAINS + ['corp.local'])}",
        ""),
    "upper case": lambda r: ("", _addr(r).upper(), ""),
    "plus addressing": lambda r: (
        "", f"{_local(r)}+{r.choice(['travel', 'hr', 'newsletter', 'q3'])}@{_company(r)}."
        f"{r.choice(RESERVED + PUBLIC)}", ""),
    "in angle brackets": lambda r: ("<", _addr(r), ">"),
    "mailto link": lambda r: (
        "mailto:", _addr(r), r.choice(["", "?subject=Travel%20request", "?cc=team"])),
    "header": lambda r: (
        r.choice(['From: "{n}" <', "To: {n} <", "Cc: ", "Reply-To: "]).format(
            n=" ".join(p.capitalize() for p in _name(r))),
        _addr(r), ""),
    "numeric local (QQ, mobile)": lambda r: (
        "", f"{r.choice([str(r.randint(10**5, 10**10)), '13' + str(r.randint(10**8, 10**9 - 1))])}"
        f"@{r.choice(['qq.com', '139.com', '163.com', 'corp.local'])}", ""),
    "IP literal": lambda r: (
        "", f"{_local(r)}@[10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}]", ""),
    "full-width at sign": lambda r: (
        "", f"{_local(r)}＠{_company(r)}.{r.choice(['cn', 'com.cn', 'local'])}", ""),
    "personal SSH login": lambda r: (
        "scp report.pdf ", f"{_local(r)}@{r.choice(['build01', 'fs.corp.local', 'jump.hq.lan'])}",
        r.choice([":~/reports/", ":/srv/share/"])),
    "URL userinfo": lambda r: (
        "https://", f"{_local(r)}@{r.choice(['gitlab', 'wiki', 'nas'])}.{_company(r)}."
        f"{r.choice(RESERVED)}", "/team/docs"),
    "dotted local, hyphenated domain": lambda r: (
        "", f"{_local(r)}.{r.choice(['ext', 'admin', 'old'])}@{_company(r)}-"
        f"{r.choice(['eu', 'asia'])}.{r.choice(RESERVED + PUBLIC)}", ""),
}  # fmt: skip


def email_cases(per_form: int = 24, seed: int = 17) -> list[Case]:
    """``per_form`` addresses of each form, half in English and half in Chinese sentences."""
    rng = random.Random(seed)
    cases = []
    for fmt, make in EMAIL_FORMS.items():
        for i in range(per_form):
            prefix, value, suffix = make(rng)
            template = rng.choice(ZH_SENTENCES if i % 2 else EN_SENTENCES)
            head, tail = template.split("{v}")
            start = len(head) + len(prefix)
            text = head + prefix + value + suffix + tail
            cases.append(Case(text, start, start + len(value), "EMAIL_ADDRESS", fmt))
    return cases


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _ver(r: random.Random) -> str:
    a, b, c = r.randint(0, 20), r.randint(0, 30), r.randint(0, 40)
    return r.choice([f"{a}.{b}", f"{a}.{b}.{c}", f"{a + 1}.{b}.{c}-beta.{c % 5 + 1}", f"{a + 1}",
                     f"{a}.{b}.{c}rc1"])  # fmt: skip


PACKAGES = ["numpy", "left-pad", "lodash", "react", "typescript", "vite", "express", "pandas",
            "python", "node", "openjdk", "eslint"]  # fmt: skip
SCOPES = ["@types/node", "@angular/core", "@babel/preset-env", "@vue/cli", "@scope/pkg",
          "@aws-sdk/client-s3"]  # fmt: skip
DECORATORS = ["@dataclass", "@property", "@staticmethod", "@lru_cache(maxsize=128)",
              '@app.route("/travel")', '@pytest.fixture(scope="module")', "@Override",
              "@Autowired", "@functools.wraps(fn)", "@abstractmethod"]  # fmt: skip
AT_RULES = ["@media (max-width: 600px)", "@import url(theme.css)", "@font-face",
            "@keyframes fade", "@param {string} name", "@returns", "@author Team", "@since 1.2",
            "DECLARE @total INT"]  # fmt: skip
RANGES = ["^1.2.0", "~5.3.3", ">=2", "npm:other-pkg@1.0.0", "git+https://github.com/org/repo",
          "workspace:*", "file:../lib"]  # fmt: skip
FORGES = ["github.com", "gitlab.corp.local", "git.hq.lan", "bitbucket.org"]


def _remote(r: random.Random) -> str:
    repo = f"{_company(r)}/{r.choice(['app', 'docs', 'infra'])}.git"
    return r.choice([f"git@{h}:{repo}" for h in FORGES]
                    + [f"ssh://git@git.{_company(r)}.lan:2222/team/repo.git"])  # fmt: skip


def _handle(r: random.Random) -> str:
    return f"@{r.choice(FIRST)}{r.choice(['', '.' + r.choice(LAST), r.choice(LAST)])}"


def _git_ref(r: random.Random) -> str:
    return r.choice([f"HEAD@{{{r.randint(1, 9)}}}", f"stash@{{{r.randint(0, 5)}}}",
                     "main@{upstream}", "master@{2.days.ago}"])  # fmt: skip


def _price(r: random.Random) -> str:
    return r.choice([f"{r.randint(2, 20)} @ ${r.randint(1, 99)}.99",
                     f"{r.randint(2, 9)}@{r.randint(2, 9)} EUR", "meet @ 3pm",
                     "10 units @ 12.50"])  # fmt: skip


# Look-alike forms: (prefix, look-alike, suffix), as for EMAIL_FORMS.
LOOKALIKE_FORMS: dict[str, EmailForm] = {
    "decorator": lambda r: ("", r.choice(DECORATORS), ""),
    "npm scope": lambda r: (r.choice(["npm i -D ", "import x from '", ""]), r.choice(SCOPES), ""),
    "package@version": lambda r: (
        r.choice(["pip install ", "npm install ", "pnpm add ", "use "]),
        f"{r.choice(PACKAGES)}@{_ver(r)}", ""),
    "scoped package@version": lambda r: ("npm install ", f"{r.choice(SCOPES)}@{_ver(r)}", ""),
    "package@tag": lambda r: (
        "npx ", f"{r.choice(PACKAGES + SCOPES)}@"
        f"{r.choice(['latest', 'next', 'beta', 'canary', 'lts'])}", ""),
    "package@range or protocol": lambda r: ("", f"{r.choice(PACKAGES)}@{r.choice(RANGES)}", ""),
    "SSH remote (forge account)": lambda r: ("git clone ", _remote(r), ""),
    "chat handle": lambda r: (r.choice(["cc ", "thanks ", "请", "ping "]), _handle(r), " "),
    "team mention": lambda r: (
        "", r.choice(["@everyone", "@here", "@channel", "@devops-team", "@all"]), ""),
    "git ref": lambda r: ("git reset ", _git_ref(r), ""),
    "container digest": lambda r: (
        "docker pull ", f"{r.choice(['nginx', 'postgres', 'redis'])}@sha256:{_hex(r, 64)}", ""),
    "image variant": lambda r: (
        "", f"{r.choice(['logo', 'icon', 'banner'])}@{r.choice(['2x', '3x', '1.5x'])}."
        f"{r.choice(['png', 'webp', 'jpg'])}", ""),
    "CSS / doc at-rule": lambda r: ("", r.choice(AT_RULES), ""),
    "matrix product": lambda r: ("y = ", r.choice(["q@k.T", "X@W", "A @ B", "x@y"]), ""),
    "price or time": lambda r: ("", _price(r), ""),
    "maven artifact": lambda r: (
        "implementation '", f"com.{_company(r).replace('-', '')}:lib:{r.randint(1, 9)}.0@"
        f"{r.choice(['aar', 'jar'])}", "'"),
}  # fmt: skip


def lookalike_cases(per_form: int = 20, seed: int = 23) -> list[Case]:
    """``per_form`` look-alikes of each form, in English or Chinese sentences."""
    rng = random.Random(seed)
    en = ["See {v} in the setup notes.", "The build log shows {v} twice.", "{v}",
          "Step 3: run {v} before deploying."]  # fmt: skip
    zh = ["请参考{v}的说明。", "部署前执行 {v} 即可。"]
    cases = []
    for fmt, make in LOOKALIKE_FORMS.items():
        for i in range(per_form):
            prefix, value, suffix = make(rng)
            template = rng.choice(zh if i % 3 == 2 else en)
            head, tail = template.split("{v}")
            start = len(head) + len(prefix)
            text = head + prefix + value + suffix + tail
            cases.append(Case(text, start, start + len(value), "", fmt))
    return cases
