"""Case restoration (ingest.pii_case): text typed in one case, rewritten in ordinary case with
every offset kept, so that the anonymizer can read names in it."""

import pytest

from ingest.pii_case import is_english_word, restore_case


@pytest.mark.parametrize(
    ("text", "restored"),
    [
        ("PLEASE SEND THE CONTRACT TO MS ANNA KOWALSKA BEFORE FRIDAY.",
         "Please send the contract to Ms Anna Kowalska before friday."),
        ("I WANT TO ADD IRENKE SÖRÖS AS A BENEFICIARY TO MY ACCOUNT",
         "I want to add Irenke Sörös as a beneficiary to my account"),
        ("HAVE YOU BEEN TO A RAVIL G YEFIMOV CONCERT BEFORE?",
         "Have you been to a Ravil G Yefimov concert before?"),
        # A well-known place is a frequent English word too; in lower case it is not a name.
        ("ELÍNBORG GUÐMUNDSDÓTTIR JOINS THE SHANGHAI TEAM.",
         "Elínborg Guðmundsdóttir joins the shanghai team."),
        # Apostrophes and hyphens: contractions, possessives, "O'", double-barrelled names.
        ("O'BRIEN AND JEAN-LUC'S E-MAIL. DON'T I'M",
         "O'Brien and Jean-Luc's e-mail. Don't I'm"),
        # A frequent word that is also a surname stays a name after a given name only.
        ("JOHN BROWN SENT BROWN BOXES", "John Brown sent brown boxes"),
        ("MOIRA PAGAN SHOUTED", "Moira Pagan shouted"),
        # After a naming cue, too; and a single "A" after a given name is an initial.
        ("HER MAIDEN NAME IS KEY", "Her maiden name is Key"),
        ("NAME:    MARTIM A PEREIRA", "Name:    Martim A Pereira"),
        ("I HAVE A DOG", "I have a dog"),
        # Titles and legal forms get their usual spelling; acronyms stay, but not after a title.
        ("DR. WEI ZHANG OF VOLTARIS ROBOTICS GMBH, CFO OF QZV LTD",
         "Dr. Wei Zhang of Voltaris robotics GmbH, cfo of QZV Ltd"),
        # Lower-case text: names and places get their capitals back, common words stay.
        ("my name is vitoria and i work in porto alegre",
         "My name is Vitoria and I work in Porto Alegre"),
        ("they had 6: silvana, adam and caleb.", "They had 6: Silvana, Adam and Caleb."),
        # A dialogue: every speaker label starts a line.
        ("ANNA: WHERE IS IT?\nBEN: HERE.", "Anna: Where is it?\nBen: Here."),
    ],
)  # fmt: skip
def test_restores_ordinary_case_keeping_offsets(text, restored):
    assert restore_case(text) == restored
    assert len(restored) == len(text)


def test_only_all_caps_runs_are_restored_in_mixed_text():
    text = "Dear MS ANNA KOWALSKA, the EU office in Berlin is open."
    assert restore_case(text) == "Dear Ms Anna Kowalska, the EU office in Berlin is open."


@pytest.mark.parametrize(
    "text",
    [
        "Ordinary text, nothing to do.",
        "Only IT shouts here.",  # a single capitalised word is not a run
        "1234 5678",
        "",
    ],
)
def test_returns_none_when_nothing_needs_restoring(text):
    assert restore_case(text) is None


def test_addresses_codes_and_odd_letters_are_left_alone():
    text = "MAIL ANNA@EXAMPLE.COM OR SEE WWW.EXAMPLE.COM, REF DB8; STRASSE"
    restored = restore_case(text)
    assert restored is not None and len(restored) == len(text)
    assert "ANNA@EXAMPLE.COM" in restored and "WWW.EXAMPLE.COM" in restored
    assert "DB8" in restored
    # "ß" upper-cases to two letters; a letter whose case change has another length is kept.
    assert len(restore_case("STRAßE UND ANNA KOWALSKA")) == len("STRAßE UND ANNA KOWALSKA")


def test_english_words_are_not_names():
    assert is_english_word("Salesperson") and is_english_word("support")
    assert is_english_word("Contract's")
    assert not is_english_word("Kowalska") and not is_english_word("Brown")
