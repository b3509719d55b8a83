"""scripts/ner_consistency.py: a name's other occurrences checked against its usual type, names inside
longer names and strings seen once left out (synthetic sentences; the real corpora are not needed)."""

from __future__ import annotations

import importlib

from marsad.ner.corpus import Sentence

consistency_script = importlib.import_module("ner_consistency")  # scripts/ is on pytest's path


def test_unannotated_repeat_of_an_organisation_counts_against_it() -> None:
    sentences = [
        Sentence(["قالت", "حماس", "."], ["O", "B-ORG", "O"]),
        Sentence(["رفضت", "حماس", "ذلك", "."], ["O", "O", "O", "O"]),
        Sentence(["رفضت", "حماس", "ذلك", "."], ["O", "B-ORG", "O", "O"]),
    ]
    assert consistency_script.consistency(sentences) == {"ORG": (2, 3)}


def test_occurrence_inside_a_longer_name_is_not_counted() -> None:
    sentences = [
        Sentence(["زار", "عمان", "."], ["O", "B-LOC", "O"]),
        Sentence(["زار", "عمان", "."], ["O", "B-LOC", "O"]),
        # عمان inside the organisation's name is no evidence about عمان alone
        Sentence(["بنك", "عمان", "."], ["B-ORG", "I-ORG", "O"]),
    ]
    assert consistency_script.consistency(sentences) == {"LOC": (2, 2)}


def test_string_seen_once_says_nothing() -> None:
    sentences = [Sentence(["قال", "زيد", "."], ["O", "B-PERS", "O"])]
    assert consistency_script.consistency(sentences) == {}


def test_unreadable_file_is_one_line_and_exit_2(capsys) -> None:
    assert consistency_script.main(["/nonexistent/anercorp.txt"]) == 2
    assert capsys.readouterr().err.startswith("error: cannot read")
