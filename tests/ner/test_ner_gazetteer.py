"""The hand-written gazetteer data/names.tsv: it loads, its forms are folded, and its names reach the
tagger's `gz=` and `np=` features (no ../shared needed)."""

from __future__ import annotations

from collections import Counter

from marsad.ner.features import Featurizer
from marsad.ner.lexicon import NAME_TYPES, NAMES, Lexicon, load_lexicon, load_names
from marsad.text.normalize import normalize_form


def test_names_file_loads_every_row_with_a_known_type():
    names = load_names()
    rows = [line for line in NAMES.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip() and not line.startswith("#")]
    assert len(names) == len(rows) > 1000  # no row lost to a typo in its type
    kinds = Counter(kind for _, kind in names)
    assert set(kinds) == NAME_TYPES and min(kinds.values()) > 100
    assert all(words and all(w == normalize_form(w) and " " not in w for w in words) for words, _ in names)


def test_rows_are_folded_and_bad_rows_skipped(tmp_path):
    path = tmp_path / "names.tsv"
    path.write_text("name\ttype\n# a section\nألبرت أينشتاين\tPERS\nمؤسسة  تجريبية\tORG\n"
                    "فالنسيا\tCLUB\n\tLOC\n", encoding="utf-8")
    assert load_names(path) == [(("البرت", "اينشتاين"), "PERS"), (("مؤسسه", "تجريبيه"), "ORG")]


def test_listed_multiword_name_gives_gazetteer_features():
    lexicon = Lexicon()
    for words, kind in load_names():
        lexicon.add_phrase(words, kind)
    featurizer = Featurizer(lexicon, {}, groups=("pos",))
    feats = featurizer.sentence(["فاز", "مانشستر", "يونايتد", "على", "ضيفه", "أمس"])
    assert "gz=B-ORG" in feats[1] and "gz=I-ORG" in feats[2]
    assert "np=ORG:F" in feats[1] and "np=ORG:L" in feats[2]
    assert "1gz=I-ORG" in feats[1] and "-1gz=B-ORG" in feats[2]
    assert not any(f.startswith("gz=") for f in feats[0] + feats[3])
    # A clitic on the first word still matches; a person with a hamza spelling is folded to the list's form.
    feats = featurizer.sentence(["وقال", "ولمانشستر", "يونايتد", "إن", "ألبرت", "أينشتاين", "عالم"])
    assert "gz=B-ORG" in feats[1] and "gz=B-PERS" in feats[4] and "gz=I-PERS" in feats[5]
    bare = Featurizer(Lexicon(), {}, groups=("pos",)).sentence(["فاز", "مانشستر", "يونايتد"])
    assert not any(f.startswith(("gz=", "np=")) for tok in bare for f in tok)


def test_load_lexicon_adds_the_names_after_the_knowledge_base():
    with_names = load_lexicon()
    without = load_lexicon(names=None)
    phrase = (("مانشستر", "يونايتد"), "ORG")
    assert phrase in with_names.phrases["مانشستر"]
    assert phrase not in without.phrases.get("مانشستر", [])
    assert len(with_names.phrases) > len(without.phrases)


def test_phrases_are_tried_longest_first_then_in_the_order_added():
    lexicon = Lexicon()
    for words, kind in [(("وزاره",), "ORG"), (("وزاره", "الخارجيه"), "ORG"), (("وزاره", "الدفاع"), "ORG"),
                        (("وزاره", "الخارجيه", "المصريه"), "ORG"), (("وزاره", "الخارجيه"), "ORG"),
                        (("وزاره", "الخارجيه"), "LOC")]:
        lexicon.add_phrase(words, kind)
    assert lexicon.phrases["وزاره"] == [
        (("وزاره", "الخارجيه", "المصريه"), "ORG"), (("وزاره", "الخارجيه"), "ORG"), (("وزاره", "الدفاع"), "ORG"),
        (("وزاره", "الخارجيه"), "LOC"), (("وزاره",), "ORG")]  # a repeated row is listed once
    assert lexicon.positions["الخارجيه"] == {"ORG:I", "ORG:L", "LOC:L"}


def test_compiled_lexicon_is_cached_and_rebuilt_when_the_gazetteer_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("MARSAD_NO_CACHE", raising=False)
    names = tmp_path / "names.tsv"
    names.write_text("name\ttype\nزيد الاختباري\tPERS\n", encoding="utf-8")
    first = load_lexicon(names=names)
    caches = list((tmp_path / "cache" / "marsad").glob("ner-lexicon-*.pickle"))
    assert len(caches) == 1 and (("زيد", "الاختباري"), "PERS") in first.phrases["زيد"]
    again = load_lexicon(names=names)  # read back from the cache, not rebuilt
    assert again is not first and again.phrases["زيد"] == first.phrases["زيد"]
    names.write_text("name\ttype\nعمرو الاختباري\tORG\n", encoding="utf-8")
    changed = load_lexicon(names=names)
    assert (("زيد", "الاختباري"), "PERS") not in changed.phrases.get("زيد", [])
    assert (("عمرو", "الاختباري"), "ORG") in changed.phrases["عمرو"]
    assert len(list((tmp_path / "cache" / "marsad").glob("ner-lexicon-*.pickle"))) == 2
