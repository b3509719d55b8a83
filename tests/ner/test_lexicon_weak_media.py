"""A news medium's weak name ("الشرق الأوسط" of Asharq Al-Awsat, the Middle East elsewhere) is bound to the
quote marks or media noun that set it off, so it gives the tagger no evidence of an organisation."""

from __future__ import annotations

from marsad.ner.lexicon import load_lexicon
from marsad.text.normalize import normalize_form


def test_a_mediums_weak_name_is_no_organisation_for_the_tagger():
    lexicon = load_lexicon()
    words = tuple(normalize_form(w) for w in ("الشرق", "الأوسط"))
    kinds = {kind for phrase, kind in lexicon.phrases.get(words[0], []) if phrase == words}
    assert "LOC" in kinds and "ORG" not in kinds, kinds
