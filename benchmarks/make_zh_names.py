"""Write the pool of Chinese names the Chinese name evaluation draws from (run once, by hand).

Names come from Faker's zh_CN and zh_TW person providers (surnames weighted by real frequency,
real given names; zh_TW in traditional characters), plus names with compound surnames, which
Faker barely has (only 欧阳 / 歐陽, 張簡, 范姜). Faker is a ``dev`` extra, so the pool is written
to ``benchmarks/data/zh_names.json`` and committed: the evaluation and the tests read that file
and never need Faker or the network.

Run from the repo root:  .venv/bin/python -m benchmarks.make_zh_names
(the committed pool was written with Faker 40.63.0; other versions may draw other names)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data/zh_names.json"
# Compound surnames still in use; Faker's zh_CN list has only 欧阳.
COMPOUND_SURNAMES = ("司马", "诸葛", "上官", "欧阳", "东方", "皇甫", "公孙", "慕容", "司徒", "夏侯")


def main(seed: int = 2025) -> None:
    from faker import Faker

    names: dict[str, list[str]] = {}
    for locale, count in (("zh_CN", 400), ("zh_TW", 120)):
        fake = Faker(locale)
        fake.seed_instance(seed)
        pool: list[str] = []
        while len(pool) < count:
            name = fake.name()
            if name not in pool:
                pool.append(name)
        names[locale] = pool
    fake = Faker("zh_CN")
    fake.seed_instance(seed + 1)
    rng = random.Random(seed)
    names["compound"] = sorted(
        {rng.choice(COMPOUND_SURNAMES) + fake.first_name() for _ in range(40)}
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in names.items()))


if __name__ == "__main__":
    main()
