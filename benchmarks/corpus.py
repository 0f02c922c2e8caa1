"""A deterministic synthetic corpus of company documents for ingest benchmarks.

Business prose assembled from templates with varied topics, numbers, places and some planted
personal data (so the anonymizer does real work), written as .txt, .md, .html and .docx.
"""

from __future__ import annotations

import random
from pathlib import Path

TOPICS = ["travel", "expenses", "security", "onboarding", "procurement", "facilities", "payroll",
          "benefits", "compliance", "customer support", "product release", "quality assurance"]
CITIES = ["Munich", "Berlin", "Hamburg", "Shanghai", "London", "New York", "Lisbon", "Vienna"]
PRODUCTS = ["Atlas Picker 3", "Nimbus Sorter", "Helios Arm 2", "Orion Vision Kit", "Vega Dock"]
NAMES = ["Maria Gonzalez", "James Miller", "Anna Schmidt", "Li Wei", "Sophie Martin",
         "Oliver Brown", "Lukas Weber", "Emma Dubois", "Raj Patel", "Chen Jing"]
SENTENCES = [
    "Employees in the {city} office must submit {topic} requests at least {n} days in advance.",
    "The {topic} budget for {year} is EUR {amount:,} and is reviewed every quarter.",
    "Questions about {topic} go to {name} ({email}, phone {phone}).",
    "From {month} {year}, all {topic} records are kept for {n} years in the archive.",
    "The {product} team reported that {topic} tickets dropped by {pct} percent after the change.",
    "Managers approve {topic} items above EUR {amount:,}; smaller items need no approval.",
    "Contractors working on {product} follow the same {topic} rules as employees.",
    "Training on {topic} is mandatory within {n} days of joining and repeated every {m} months.",
    "Exceptions to the {topic} policy require written approval from the head of {city} operations.",
    "Incidents related to {topic} must be reported within {n} hours to the service desk.",
]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _sentence(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    return rng.choice(SENTENCES).format(
        city=rng.choice(CITIES), topic=rng.choice(TOPICS), n=rng.randint(2, 60),
        m=rng.randint(6, 24), year=rng.randint(2021, 2027), amount=rng.randint(5, 900) * 100,
        name=name, email=name.lower().replace(" ", ".") + "@example.com",
        phone=f"+49 89 {rng.randint(1000, 9999)} {rng.randint(100, 999)}",
        month=rng.choice(MONTHS), product=rng.choice(PRODUCTS), pct=rng.randint(3, 60),
    )


def _document(rng: random.Random) -> tuple[str, list[tuple[str, list[str]]]]:
    topic = rng.choice(TOPICS)
    title = f"{topic.title()} guideline {rng.randint(100, 999)}"
    sections = []
    for s in range(rng.randint(1, 3)):
        paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 6)))
                      for _ in range(rng.randint(1, 2))]
        sections.append((f"Section {s + 1}: {rng.choice(TOPICS).title()}", paragraphs))
    return title, sections


def write_corpus(target: Path, n_docs: int = 2000, seed: int = 7) -> list[Path]:
    """Write ``n_docs`` documents into ``target``; returns their paths."""
    import docx

    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_docs):
        title, sections = _document(rng)
        kind = rng.choices(["txt", "md", "html", "docx"], weights=[5, 2, 2, 1])[0]
        path = target / f"doc_{i:05d}.{kind}"
        if kind == "txt":
            body = "\n\n".join(f"{h}\n\n" + "\n\n".join(ps) for h, ps in sections)
            path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        elif kind == "md":
            body = "\n\n".join(f"## {h}\n\n" + "\n\n".join(ps) for h, ps in sections)
            path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
        elif kind == "html":
            body = "".join(f"<h2>{h}</h2>" + "".join(f"<p>{p}</p>" for p in ps) for h, ps in sections)
            path.write_text(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                            f"{body}</body></html>", encoding="utf-8")
        else:
            document = docx.Document()
            document.add_heading(title, level=1)
            for h, ps in sections:
                document.add_heading(h, level=2)
                for p in ps:
                    document.add_paragraph(p)
            document.save(str(path))
        paths.append(path)
    return paths
