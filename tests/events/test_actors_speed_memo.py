"""The per-word memos that keep actor recognition fast must not change what it finds: a word's readings
are the same cold and warm, a sentence's actors the same on a second call, and cue lists made anew
(another `Cues` object) are never answered from the memo of the old ones. Sentences written for these
tests."""

from __future__ import annotations

from dataclasses import replace

from eventdocs import build_doc

from marsad.doc import Token
from marsad.events.actors import MentionIndex, sentence_actors, sentence_tokens
from marsad.events.cues import load_cues
from marsad.events.phrases import match_word, norm_variants, word_variants

CUES = load_cues()
HOMS = {"id": "gpe.homs", "type": "GPE", "en": "Homs", "iso3": "SYR", "forms": ["حمص"]}


def _word(norm: str, kind: str = "word") -> Token:
    return Token(0, 0, len(norm), norm, norm, kind=kind)


def _codes(doc, cues=CUES, home: str | None = None) -> list[tuple[int, int, str | None]]:
    found = sentence_actors(doc, sentence_tokens(doc)[0], cues, home, MentionIndex.build(doc))
    return [(a.first, a.last, a.actor.actor_code) for a in found]


def test_word_readings_fold_proclitics_and_the_dropped_alef_after_lam():
    assert word_variants(_word("وللتحالف")) == [("", "وللتحالف"), ("و", "للتحالف"), ("ول", "التحالف"),
                                                ("ول", "لتحالف")]
    assert word_variants(_word("الجيش")) == [("", "الجيش")]
    assert word_variants(_word("،", kind="punct")) == []
    assert norm_variants("وللتحالف") == norm_variants("وللتحالف")  # memoised, same answer warm


def test_match_word_gives_the_first_reading_found():
    assert match_word(_word("وبالجيش"), frozenset({"الجيش", "بالجيش"})) == ("و", "بالجيش")
    assert match_word(_word("الجيش", kind="punct"), frozenset({"الجيش"})) is None


def test_a_sentence_has_the_same_actors_cold_and_warm():
    text = "وقصفت قوات المعارضة أحياء في حمص، وقال المتظاهرون إن قواته انسحبت."
    first = _codes(build_doc(text, [HOMS]))
    assert ("SYRREB" in [c for _, _, c in first]) and first == _codes(build_doc(text, [HOMS]))


def test_new_cue_lists_are_not_answered_from_the_memo_of_the_old_ones():
    text = "وتظاهر الحرفيون في حمص."
    assert "SYRLAB" not in [c for _, _, c in _codes(build_doc(text, [HOMS]))]
    crafts = replace(CUES, unnamed_actors={**CUES.unnamed_actors, "الحرفيون": "LAB"})
    assert "SYRLAB" in [c for _, _, c in _codes(build_doc(text, [HOMS]), crafts)]
    assert "SYRLAB" not in [c for _, _, c in _codes(build_doc(text, [HOMS]))]
