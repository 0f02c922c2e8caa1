"""Generated batteries of real-world formats for the pattern recognizers (seeded, deterministic).

Each case is one value in one of its spellings, embedded in an English or Chinese sentence:
``Case(text, start, end, entity, fmt)``. E-mail addresses come in 19 forms (public, reserved
and internal suffixes, single-label hosts, IDN domains and local parts, upper case, plus
addressing, subdomains, ``<...>``, ``mailto:``, headers, glued to Han text, ...); e-mail
look-alikes (decorators, npm scopes, package@version, SSH remotes of a forge account, chat
handles, git refs, digests, at-rules, matrix products, prices) carry the look-alike's span and
``entity=""``: nothing in it may be masked. Phone numbers of DE, CN, US and UK in national and
international spellings (each one valid for phonenumbers), IBANs of DE, GB and FR with and
without spaces (mod-97 check digits computed), CN resident IDs ending in X (check character
computed) and Visa, Mastercard, Amex (4-6-5) and UnionPay (19 digits) numbers (Luhn computed).

Used by ``benchmarks.pii_formats``; see there for the scoring.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from ingest.pii_recognizers import cn_id_check_char


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


# Each e-mail form: (name, maker returning (prefix, address, suffix) where only the address is
# personal data and prefix / suffix wrap it, and whether it may go into a Chinese sentence).
EmailForm = Callable[[random.Random], tuple[str, str, str]]
EMAIL_FORMS: dict[str, EmailForm] = {
    "public suffix": lambda r: ("", f"{_local(r)}@{_company(r)}.{r.choice(PUBLIC)}", ""),
    "reserved/internal suffix": lambda r: ("", f"{_local(r)}@{_company(r)}.{r.choice(RESERVED)}", ""),
    "internal subdomain": lambda r: (
        "", f"{_local(r)}@{r.choice(['hr', 'mail', 'it', 'eu.mail'])}.{_company(r)}."
        f"{r.choice(RESERVED + PUBLIC)}", ""),
    "single-label host": lambda r: ("", f"{_local(r)}@{r.choice(HOSTS)}", ""),
    "IDN domain": lambda r: ("", f"{_local(r)}@{r.choice(IDN_DOMAINS)}", ""),
    "IDN local part": lambda r: (
        "", f"{r.choice(CJK_LOCALS + ACCENT_LOCALS)}@{r.choice(IDN_DOMAINS + ['corp.local'])}", ""),
    "upper case": lambda r: ("", f"{_local(r)}@{_company(r)}.{r.choice(RESERVED + PUBLIC)}".upper(), ""),
    "plus addressing": lambda r: (
        "", f"{_local(r)}+{r.choice(['travel', 'hr', 'newsletter', 'q3'])}@{_company(r)}."
        f"{r.choice(RESERVED + PUBLIC)}", ""),
    "in angle brackets": lambda r: ("<", f"{_local(r)}@{_company(r)}.{r.choice(RESERVED + PUBLIC)}", ">"),
    "mailto link": lambda r: (
        "mailto:", f"{_local(r)}@{_company(r)}.{r.choice(RESERVED + PUBLIC)}",
        r.choice(["", "?subject=Travel%20request", "?cc=team"])),
    "header": lambda r: (
        r.choice(['From: "{n}" <', "To: {n} <", "Cc: ", "Reply-To: "]).format(
            n=" ".join(p.capitalize() for p in _name(r))),
        f"{_local(r)}@{_company(r)}.{r.choice(RESERVED + PUBLIC)}", ""),
    "numeric local (QQ, mobile)": lambda r: (
        "", f"{r.choice([str(r.randint(10**5, 10**10)), '13' + str(r.randint(10**8, 10**9 - 1))])}"
        f"@{r.choice(['qq.com', '139.com', '163.com', 'corp.local'])}", ""),
    "IP literal": lambda r: ("", f"{_local(r)}@[10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}]", ""),
    "full-width at sign": lambda r: ("", f"{_local(r)}＠{_company(r)}.{r.choice(['cn', 'com.cn', 'local'])}", ""),
    "personal SSH login": lambda r: (
        "scp report.pdf ", f"{_local(r)}@{r.choice(['build01', 'fs.corp.local', 'jump.hq.lan'])}",
        r.choice([":~/reports/", ":/srv/share/"])),
    "URL userinfo": lambda r: (
        "https://", f"{_local(r)}@{r.choice(['gitlab', 'wiki', 'nas'])}.{_company(r)}.{r.choice(RESERVED)}",
        "/team/docs"),
    "dotted local, hyphenated domain": lambda r: (
        "", f"{_local(r)}.{r.choice(['ext', 'admin', 'old'])}@{_company(r)}-{r.choice(['eu', 'asia'])}."
        f"{r.choice(RESERVED + PUBLIC)}", ""),
}


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


def _ver(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(0, 20)}.{rng.randint(0, 30)}",
                       f"{rng.randint(0, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}",
                       f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-beta.{rng.randint(1, 5)}",
                       f"{rng.randint(1, 30)}", f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}rc1"])  # fmt: skip


PACKAGES = ["numpy", "left-pad", "lodash", "react", "typescript", "vite", "express", "pandas",
            "python", "node", "openjdk", "eslint"]  # fmt: skip
SCOPES = ["@types/node", "@angular/core", "@babel/preset-env", "@vue/cli", "@scope/pkg", "@aws-sdk/client-s3"]
# Look-alike forms: (name, maker returning (prefix, look-alike, suffix)).
LOOKALIKE_FORMS: dict[str, EmailForm] = {
    "decorator": lambda r: ("", r.choice(["@dataclass", "@property", "@staticmethod", "@lru_cache(maxsize=128)",
                                          "@app.route(\"/travel\")", "@pytest.fixture(scope=\"module\")",
                                          "@Override", "@Autowired", "@functools.wraps(fn)", "@abstractmethod"]), ""),
    "npm scope": lambda r: (r.choice(["npm i -D ", "import x from '", ""]), r.choice(SCOPES), ""),
    "package@version": lambda r: (r.choice(["pip install ", "npm install ", "pnpm add ", "use "]),
                                  f"{r.choice(PACKAGES)}@{_ver(r)}", ""),
    "scoped package@version": lambda r: ("npm install ", f"{r.choice(SCOPES)}@{_ver(r)}", ""),
    "package@tag": lambda r: ("npx ", f"{r.choice(PACKAGES + SCOPES)}@{r.choice(['latest', 'next', 'beta', 'canary', 'lts'])}", ""),
    "package@range or protocol": lambda r: ("", f"{r.choice(PACKAGES)}@{r.choice(['^1.2.0', '~5.3.3', '>=2', 'npm:other-pkg@1.0.0', 'git+https://github.com/org/repo', 'workspace:*', 'file:../lib'])}", ""),
    "SSH remote (forge account)": lambda r: (
        "git clone ", r.choice([f"git@{h}:{_company(r)}/{r.choice(['app', 'docs', 'infra'])}.git"
                                for h in ['github.com', 'gitlab.corp.local', 'git.hq.lan', 'bitbucket.org']]
                               + [f"ssh://git@git.{_company(r)}.lan:2222/team/repo.git"]), ""),
    "chat handle": lambda r: (r.choice(["cc ", "thanks ", "请", "ping "]),
                              f"@{r.choice(FIRST)}{r.choice(['', '.' + r.choice(LAST), r.choice(LAST)])}", " "),
    "team mention": lambda r: ("", r.choice(["@everyone", "@here", "@channel", "@devops-team", "@all"]), ""),
    "git ref": lambda r: ("git reset ", r.choice([f"HEAD@{{{r.randint(1, 9)}}}", f"stash@{{{r.randint(0, 5)}}}",
                                                  "main@{upstream}", "master@{2.days.ago}"]), ""),
    "container digest": lambda r: ("docker pull ", f"{r.choice(['nginx', 'postgres', 'redis'])}@sha256:{_hex(r, 64)}", ""),
    "image variant": lambda r: ("", f"{r.choice(['logo', 'icon', 'banner'])}@{r.choice(['2x', '3x', '1.5x'])}."
                                    f"{r.choice(['png', 'webp', 'jpg'])}", ""),
    "CSS / doc at-rule": lambda r: ("", r.choice(["@media (max-width: 600px)", "@import url(theme.css)", "@font-face",
                                                  "@keyframes fade", "@param {string} name", "@returns",
                                                  "@author Team", "@since 1.2", "DECLARE @total INT"]), ""),
    "matrix product": lambda r: ("y = ", r.choice(["q@k.T", "X@W", "A @ B", "x@y"]), ""),
    "price or time": lambda r: ("", r.choice([f"{r.randint(2, 20)} @ ${r.randint(1, 99)}.99", f"{r.randint(2, 9)}@{r.randint(2, 9)} EUR",
                                              "meet @ 3pm", "10 units @ 12.50"]), ""),
    "maven artifact": lambda r: ("implementation '", f"com.{_company(r).replace('-', '')}:lib:{r.randint(1, 9)}.0@{r.choice(['aar', 'jar'])}", "'"),
}


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


# ---- other formats -------------------------------------------------------------------------

def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def _phone(rng: random.Random, region: str, make: Callable[[random.Random], tuple[str, str]]) -> str:
    """A spelling from ``make`` whose E.164 form (second item) phonenumbers calls valid."""
    while True:
        spelled, e164 = make(rng)
        if _valid(e164, region):
            return spelled


def _de(r: random.Random) -> tuple[str, str]:
    area, sub = r.choice([("30", 7), ("30", 8), ("89", 7), ("40", 8), ("69", 7), ("221", 6)])
    sub_n = str(r.randint(2, 9)) + _digits(r, sub - 1)
    return area + " " + sub_n, f"+49{area}{sub_n}"


def _de_mobile(r: random.Random) -> tuple[str, str]:
    pre = r.choice(["151", "160", "170", "171", "176"])
    sub = _digits(r, 7 if pre in ("160",) else 8 if pre == "176" else 7 + (pre == "151"))
    return pre + " " + sub, f"+49{pre}{sub}"


def _split(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def _cn_fixed(r: random.Random) -> tuple[str, str, str]:
    area = r.choice(["10", "21", "20", "755", "571", "28"])
    sub = str(r.randint(2, 8)) + _digits(r, 7 if len(area) == 2 else 7)
    return area, sub, f"+86{area}{sub}"


def _us(r: random.Random) -> tuple[str, str, str]:
    area = r.choice(["212", "415", "312", "617", "206", "646"])
    exch = str(r.randint(2, 9)) + _digits(r, 2)
    line = _digits(r, 4)
    return area, exch + line, f"+1{area}{exch}{line}"


def _uk(r: random.Random) -> tuple[str, str, str]:
    area, sub = r.choice([("20", "7946" + _digits(r, 4)), ("161", "496" + _digits(r, 4)),
                          ("7700", "900" + _digits(r, 3)), ("113", "496" + _digits(r, 4)),
                          ("7911", str(r.randint(1, 9)) + _digits(r, 5))])  # fmt: skip
    return area, sub, f"+44{area}{sub}"


def _phone_formats() -> dict[str, Callable[[random.Random], str]]:
    def de(fmt: Callable[[str, str], str], mobile: bool = False) -> Callable[[random.Random], str]:
        def make(r: random.Random) -> tuple[str, str]:
            spaced, e164 = (_de_mobile if mobile else _de)(r)
            area, sub = spaced.split(" ")
            return fmt(area, sub), e164
        return lambda r: _phone(r, "DE", make)

    def other(region: str, gen: Callable[[random.Random], tuple[str, str, str]],
              fmt: Callable[[str, str], str]) -> Callable[[random.Random], str]:
        def make(r: random.Random) -> tuple[str, str]:
            area, sub, e164 = gen(r)
            return fmt(area, sub), e164
        return lambda r: _phone(r, region, make)

    def cn_mobile(fmt: Callable[[str], str]) -> Callable[[random.Random], str]:
        def make(r: random.Random) -> tuple[str, str]:
            d = f"1{r.choice('3456789')}{r.randint(0, 9)}{_digits(r, 8)}"
            return fmt(d), f"+86{d}"
        return lambda r: _phone(r, "CN", make)

    return {
        "DE +49 30 1234567": de(lambda a, s: f"+49 {a} {s}"),
        "DE 030/1234567": de(lambda a, s: f"0{a}/{s}"),
        "DE 0049 (0)30 123 45 67": de(lambda a, s: f"0049 (0){a} {_split(s, (3, 2, 2))}"),
        "DE +49 (0)30 12345678": de(lambda a, s: f"+49 (0){a} {s}"),
        "DE 030 12345678": de(lambda a, s: f"0{a} {s}"),
        "DE +49-89-4161-7725": de(lambda a, s: f"+49-{a}-{_split(s, (4,), '-')}"),
        "DE mobile 0170 1234567": de(lambda a, s: f"0{a} {s}", mobile=True),
        "DE mobile +49 170 1234567": de(lambda a, s: f"+49 {a} {s}", mobile=True),
        "CN +86 138 0013 8000": cn_mobile(lambda d: f"+86 {d[:3]} {d[3:7]} {d[7:]}"),
        "CN 13800138000": cn_mobile(lambda d: d),
        "CN 138-0013-8000": cn_mobile(lambda d: f"{d[:3]}-{d[3:7]}-{d[7:]}"),
        "CN 010-12345678": other("CN", _cn_fixed, lambda a, s: f"0{a}-{s}"),
        "CN (010) 1234 5678": other("CN", _cn_fixed, lambda a, s: f"(0{a}) {s[:4]} {s[4:]}"),
        "CN +86 10 1234 5678": other("CN", _cn_fixed, lambda a, s: f"+86 {a} {s[:4]} {s[4:]}"),
        "CN +86-10-12345678": other("CN", _cn_fixed, lambda a, s: f"+86-{a}-{s}"),
        "US +1 (212) 555-0100": other("US", _us, lambda a, s: f"+1 ({a}) {s[:3]}-{s[3:]}"),
        "US 212.555.0100": other("US", _us, lambda a, s: f"{a}.{s[:3]}.{s[3:]}"),
        "US (212) 555-0100": other("US", _us, lambda a, s: f"({a}) {s[:3]}-{s[3:]}"),
        "US 212-555-0100": other("US", _us, lambda a, s: f"{a}-{s[:3]}-{s[3:]}"),
        "US 1-212-555-0100": other("US", _us, lambda a, s: f"1-{a}-{s[:3]}-{s[3:]}"),
        "US +1 212 555 0100": other("US", _us, lambda a, s: f"+1 {a} {s[:3]} {s[3:]}"),
        "UK +44 20 7946 0958": other("GB", _uk, lambda a, s: f"+44 {a} {_split(s, (4,) if len(a) == 2 else (3,) if len(a) == 3 else (6,))}"),
        "UK 020 7946 0958": other("GB", _uk, lambda a, s: f"0{a} {_split(s, (4,) if len(a) == 2 else (3,) if len(a) == 3 else (6,))}"),
        "UK (020) 7946 0958": other("GB", _uk, lambda a, s: f"(0{a}) {_split(s, (4,) if len(a) == 2 else (3,) if len(a) == 3 else (6,))}"),
        "UK +44 (0)20 7946 0958": other("GB", _uk, lambda a, s: f"+44 (0){a} {_split(s, (4,) if len(a) == 2 else (3,) if len(a) == 3 else (6,))}"),
    }


PHONE_EN = ["Call the front desk on {v} after 9 am.", "Phone: {v}", "Reach the Munich office at {v}.",
            "Emergency contact {v} (24/7).", "Tel. {v} / fax on request", "The hotline {v} is staffed weekdays."]
PHONE_ZH = ["联系电话：{v}。", "请拨打{v}联系前台。", "办公室电话{v}，工作日接听。", "紧急联系人电话 {v}"]


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def _iban_maker(country: str, spaced: bool, lower: bool = False) -> Callable[[random.Random], str]:
    def make(r: random.Random) -> str:
        if country == "DE":
            bban = _digits(r, 18)
        elif country == "GB":
            bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + _digits(r, 14)
        else:
            bban = _digits(r, 10) + "".join(r.choice(string.ascii_uppercase + string.digits)
                                            for _ in range(11)) + _digits(r, 2)  # fmt: skip
        iban = _iban(country, bban)
        out = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if spaced else iban
        return out.lower() if lower else out
    return make


def _cn_id_x(r: random.Random) -> str:
    while True:
        body = (r.choice(["110101", "310104", "440305", "330106", "510107", "420102", "610113"])
                + f"{r.randint(1950, 2005)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
                + _digits(r, 3))  # fmt: skip
        if cn_id_check_char(body) == "X":
            return body + "X"


def _luhn(prefix: str, length: int, r: random.Random) -> str:
    body = prefix + _digits(r, length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _card(prefixes: list[str], length: int, sizes: tuple[int, ...], sep: str) -> Callable[[random.Random], str]:
    return lambda r: _split(_luhn(r.choice(prefixes), length, r), sizes, sep) if sep else _luhn(
        r.choice(prefixes), length, r)


OTHER_FORMATS: dict[str, dict[str, Callable[[random.Random], str]]] = {
    "PHONE_NUMBER": _phone_formats(),
    "IBAN_CODE": {
        "DE spaced": _iban_maker("DE", True), "DE compact": _iban_maker("DE", False),
        "GB spaced": _iban_maker("GB", True), "GB compact": _iban_maker("GB", False),
        "FR spaced": _iban_maker("FR", True), "FR compact": _iban_maker("FR", False),
        "DE lower case compact": _iban_maker("DE", False, lower=True),
    },
    "CN_RESIDENT_ID": {
        "final X": _cn_id_x,
        "final lower-case x": lambda r: _cn_id_x(r).lower(),
        "grouped 6-8-4, final X": lambda r: _split(_cn_id_x(r), (6, 8, 4)),
    },
    "CREDIT_CARD": {
        "Visa 4-4-4-4 spaces": _card(["4"], 16, (4, 4, 4, 4), " "),
        "Visa 4-4-4-4 dashes": _card(["4"], 16, (4, 4, 4, 4), "-"),
        "Visa compact": _card(["4"], 16, (), ""),
        "Mastercard spaces": _card(["51", "52", "53", "54", "55", "2221", "2720"], 16, (4, 4, 4, 4), " "),
        "Mastercard dashes": _card(["51", "55", "2221", "2500"], 16, (4, 4, 4, 4), "-"),
        "Amex 4-6-5 spaces": _card(["34", "37"], 15, (4, 6, 5), " "),
        "Amex 4-6-5 dashes": _card(["34", "37"], 15, (4, 6, 5), "-"),
        "UnionPay 19 digits compact": _card(["62"], 19, (), ""),
        "UnionPay 19 digits 4-4-4-4-3": _card(["62"], 19, (4, 4, 4, 4, 3), " "),
        "UnionPay 19 digits 6-13": _card(["62"], 19, (6, 13), " "),
        "UnionPay 16 dashes": _card(["62"], 16, (4, 4, 4, 4), "-"),
    },
}
OTHER_EN = {
    "IBAN_CODE": ["Pay to IBAN {v} by the end of May.", "Bank details: {v} (Voltaris GmbH).", "IBAN: {v}"],
    "CN_RESIDENT_ID": ["Applicant ID {v} was verified.", "ID card: {v}"],
    "CREDIT_CARD": ["Charge the card {v} for the deposit.", "Card number: {v}, expires 09/28."],
}
OTHER_ZH = {
    "IBAN_CODE": ["收款账号{v}。", "请汇款至 {v}，备注发票号。"],
    "CN_RESIDENT_ID": ["身份证号{v}。", "证件号码：{v}，有效期至2030年。"],
    "CREDIT_CARD": ["信用卡号{v}，请核对。", "银行卡：{v}"],
}


def format_cases(per_format: int = 20, seed: int = 31) -> list[Case]:
    """``per_format`` values of every non-e-mail format, alternating English and Chinese."""
    rng = random.Random(seed)
    cases = []
    for entity, formats in OTHER_FORMATS.items():
        en = PHONE_EN if entity == "PHONE_NUMBER" else OTHER_EN[entity]
        zh = PHONE_ZH if entity == "PHONE_NUMBER" else OTHER_ZH[entity]
        for fmt, make in formats.items():
            for i in range(per_format):
                value = make(rng)
                head, tail = rng.choice(zh if i % 2 else en).split("{v}")
                text = head + value + tail
                cases.append(Case(text, len(head), len(head) + len(value), entity, fmt))
    return cases
