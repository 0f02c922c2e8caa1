"""Generated phone, IBAN, CN resident ID and card numbers in real-world spellings (seeded).

Phone numbers of DE, CN, US and UK in national and international spellings (each one valid for
phonenumbers), IBANs of DE, GB and FR with and without spaces (mod-97 check digits computed; CN
has no IBAN), CN resident IDs ending in X (check character computed) and Visa, Mastercard, Amex
(4-6-5) and UnionPay (19 digits) numbers (Luhn computed), each in an English or Chinese
sentence. Used by ``benchmarks.pii_formats``.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import phonenumbers

from benchmarks.pii_format_set import Case
from ingest.pii_recognizers import cn_id_check_char

def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def _phone(
    rng: random.Random, region: str, make: Callable[[random.Random], tuple[str, str]]
) -> str:
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


def _uk_sub(area: str, sub: str) -> str:
    """The subscriber part as UK numbers are written: 7946 0958, 496 0000, 900123."""
    return _split(sub, {2: (4,), 3: (3,)}.get(len(area), (6,)))


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
        "UK +44 20 7946 0958": other("GB", _uk, lambda a, s: f"+44 {a} {_uk_sub(a, s)}"),
        "UK 020 7946 0958": other("GB", _uk, lambda a, s: f"0{a} {_uk_sub(a, s)}"),
        "UK (020) 7946 0958": other("GB", _uk, lambda a, s: f"(0{a}) {_uk_sub(a, s)}"),
        "UK +44 (0)20 7946 0958": other("GB", _uk, lambda a, s: f"+44 (0){a} {_uk_sub(a, s)}"),
    }


PHONE_EN = ["Call the front desk on {v} after 9 am.", "Phone: {v}",
            "Reach the Munich office at {v}.", "Emergency contact {v} (24/7).",
            "Tel. {v} / fax on request", "The hotline {v} is staffed weekdays."]  # fmt: skip
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


def _card(
    prefixes: list[str], length: int, sizes: tuple[int, ...], sep: str
) -> Callable[[random.Random], str]:
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
        "Mastercard spaces": _card(
            ["51", "52", "53", "54", "55", "2221", "2720"], 16, (4, 4, 4, 4), " "
        ),
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
    "IBAN_CODE": [
        "Pay to IBAN {v} by the end of May.", "Bank details: {v} (Voltaris GmbH).", "IBAN: {v}"
    ],
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
