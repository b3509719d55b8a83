from marsad.events.cameo import load_table
from marsad.events.lexicon import Lexicon
from marsad.text.tokens import tokenize


def _match(text):
    return Lexicon.load().match(tokenize(text))


def test_every_entry_has_a_known_code_and_forms():
    lexicon = Lexicon.load()
    table = load_table()
    assert len(lexicon.entries) >= 35
    for entry in lexicon.entries:
        assert entry.code in table or entry.code[:2] in table
    codes = {e.code for e in lexicon.entries}
    assert {"040", "042", "043", "051", "057", "111", "163", "173", "190", "195"} <= codes


def test_clitics_and_future():
    trig = _match("وسيلتقي الوزير نظيره")[0]
    assert trig.entry.code == "040" and trig.future_clitic
    assert trig.start == 1  # و is left out of the trigger span
    assert not _match("والتقى الوزير نظيره")[0].future_clitic


def test_verbal_noun_with_pronoun_suffix():
    trig = _match("خلال لقائه الوزير")[0]
    assert trig.entry.code == "040" and trig.kind == "noun" and trig.enclitic == "ه"


def test_longest_pattern_wins():
    trigs = _match("ودعا الرئيس خلال اللقاء نظيره إلى زيارة القاهرة")
    assert [t.entry.code for t in trigs] == ["036"]
    assert _match("ودعا الرئيس إلى وقف الحرب")[0].entry.code == "020"


def test_nisba_adjective_is_not_a_meeting():
    assert _match("الوضع الاجتماعي صعب") == []


def test_bad_entries_fail_at_load(tmp_path):
    import pytest

    from marsad.events.lexicon import _load_cached

    (tmp_path / "bad.yaml").write_text("- {id: x, code: '042', verbs: [زار], colour: red}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown keys"):
        _load_cached(tmp_path)
    (tmp_path / "bad.yaml").write_text("- {id: x, code: '999', verbs: [زار]}\n", encoding="utf-8")
    _load_cached.cache_clear()
    with pytest.raises(ValueError, match="not in the table"):
        _load_cached(tmp_path)
    _load_cached.cache_clear()


def test_ta_marbuta_is_not_a_pronoun_and_article_blocks_verbs():
    assert _match("قال المتحدث باسم وزارة الدفاع") == []  # not و + زار + ه
    assert _match("البحث جار عن حل") == []  # البحث is a search, not بحث "discussed"
    assert _match("بحث الوزيران العلاقات")[0].entry.code == "046"
