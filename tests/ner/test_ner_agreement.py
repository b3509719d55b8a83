"""scripts/ner_agreement.py: sentences matched on folded letters, names compared exactly or with a
clitic left outside, per type (synthetic sentences; the real corpora are not needed)."""

from __future__ import annotations

import importlib

from marsad.ner.corpus import Sentence

agreement_script = importlib.import_module("ner_agreement")  # scripts/ is on pytest's path

# ANERcorp keeps و on the name's token; the other annotation splits it off and spells أ as ا.
GOLD = Sentence(["زار", "وزير", "الخارجية", "وأنقرة", "مع", "الأمم", "المتحدة", "."],
                ["O", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O"])
OTHER = Sentence(["زار", "وزير", "الخارجية", "و", "انقرة", "مع", "الامم", "المتحدة", "."],
                 ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O"])


def _other(*sentences: Sentence) -> dict:
    return dict(agreement_script.letter_spans(s) for s in sentences)


def test_same_letters_match_across_tokenisation_and_spelling() -> None:
    assert agreement_script.letter_spans(GOLD)[0] == agreement_script.letter_spans(OTHER)[0]


def test_exact_comparison_misses_the_split_clitic_and_counts_types_apart() -> None:
    counts = agreement_script.agreement([GOLD], _other(OTHER), slack=0)
    assert counts["sentences"]["matched"] == 1
    assert counts["gold"] == {"LOC": 1, "ORG": 1}
    assert counts["other"] == {"ORG": 1, "LOC": 2}
    assert sum(counts["both"].values()) == 0  # و outside the place; the UN typed LOC, not ORG


def test_slack_accepts_a_clitic_left_outside_but_not_a_later_end() -> None:
    counts = agreement_script.agreement([GOLD], _other(OTHER), slack=3)
    assert counts["both"]["LOC"] == 1 and counts["both"]["ORG"] == 0
    shorter = Sentence(OTHER.tokens, ["O", "O", "O", "O", "B-LOC", "O", "B-ORG", "O", "O"])
    counts = agreement_script.agreement([GOLD], _other(shorter), slack=3)
    assert counts["both"]["ORG"] == 0  # ends a word early: not the same name


def test_sentences_the_other_annotation_lacks_are_left_out() -> None:
    unrelated = Sentence(["قال", "المتحدث", "."], ["O", "O", "O"])
    counts = agreement_script.agreement([GOLD], _other(unrelated), slack=3)
    assert counts["sentences"]["matched"] == 0 and not counts["gold"]


def test_fine_types_map_onto_the_four() -> None:
    assert agreement_script.FANE_TYPES["Politician"] == "PERS"
    assert agreement_script.FANE_TYPES["Nation"] == "LOC"
    assert agreement_script.FANE_TYPES["Sports"] == "ORG"
    assert agreement_script.FANE_TYPES["Book"] == "MISC"
