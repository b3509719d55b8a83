"""Round-five lexicon rules, on sentences written for these tests: a pattern word after a gap is looked
for past a false first candidate (backtracking); the senses of
round5_recall.yaml (backing down told by a noun, ground gained in a fight, persuading, commitments
made, hardware sent, agreement in the passive) fire on their constructions and not on look-alikes."""

from eventdocs import code_events, event_sides

from marsad.events.lexicon import Lexicon
from marsad.text.tokens import tokenize

IRAN = {"id": "iran", "type": "GPE", "en": "Iran", "iso3": "IRN", "code": "IRN", "forms": ["طهران"]}
FRANCE = {"id": "fra", "type": "GPE", "en": "France", "iso3": "FRA", "code": "FRA", "forms": ["فرنسا"]}
GERMANY = {"id": "deu", "type": "GPE", "en": "Germany", "iso3": "DEU", "code": "DEU", "forms": ["ألمانيا"]}
RUSSIA = {"id": "rus", "type": "GPE", "en": "Russia", "iso3": "RUS", "code": "RUS", "forms": ["روسيا"]}
ARMY = {"id": "army", "type": "ORG", "en": "Malian Army", "iso3": "MLI", "code": "MLIMIL", "forms": ["الجيش المالي"]}
REBELS = {"id": "reb", "type": "ORG", "en": "Azawad Movement", "iso3": "MLI", "code": "MLIREB",
          "forms": ["حركة أزواد"]}
_ALL = (IRAN, FRANCE, GERMANY, RUSSIA, ARMY, REBELS)


def _ids(text: str) -> list[str]:
    return [t.entry.id for t in Lexicon.load().match(tokenize(text))]


def _sides(doc):
    return event_sides(doc, _ALL)


def test_a_pattern_word_after_a_gap_is_found_past_a_false_first_candidate():
    # the first من (بدعم من) stands inside the gap: the pattern's من is the second one
    text = "وتمكنت القوات بدعم من الطائرات من استعادة السيطرة على البلدة."
    trig = next(t for t in Lexicon.load().match(tokenize(text)) if t.entry.id == "occupy_control")
    assert text[trig.start:trig.end].startswith("تمكنت") and text[trig.start:trig.end].endswith("السيطرة")


def test_adjacent_pattern_words_still_need_each_other():
    # two words written next to each other in a pattern stay next to each other in the text
    assert "occupy_control" not in _ids("وتحدث عن استعادة، السيطرة الكاملة على الأسعار")
    assert "occupy_control" in _ids("وتحدث عن استعادة السيطرة على المدينة")


def test_backing_down_told_by_its_noun_names_the_owner_of_the_conditions():
    doc = code_events("وأشار المسؤول إلى تراجع واضح في شروط طهران السابقة.", [IRAN])
    assert any(code == "08" and src == "iran" for code, src, _ in _sides(doc))


def test_gaining_ground_in_battle_is_fighting_but_progress_in_talks_is_not():
    doc = code_events("وأحرز الجيش المالي تقدما في المعارك ضد حركة أزواد شمال البلاد.", [ARMY, REBELS])
    assert ("19", "army", "reb") in _sides(doc)
    assert "battlefield_advance" not in _ids("وأحرز الطرفان تقدما في المفاوضات الجارية")
    assert "battlefield_advance" in _ids("وقال إن الجيش يحقق انتصارات كبيرة في الشمال")
    assert "battlefield_advance" not in _ids("بعدما حقق الفريق انتصاره الرابع على التوالي")


def test_trying_to_persuade_is_an_appeal_to_the_one_persuaded():
    doc = code_events("وحاولت فرنسا إقناع ألمانيا بقبول الخطة الجديدة.", [FRANCE, GERMANY])
    assert ("02", "fra", "deu") in _sides(doc)
    assert "persuade" in _ids("وسعى الوزير لإقناع نظيره بالمشروع")


def test_commitments_made_and_hardware_sent_are_told_by_a_noun_and_its_relative_verb():
    assert "commitments_made" in _ids("بعد وعود قطعتها الحكومة أمام البرلمان")
    doc = code_events("وقال إن الأسلحة الحديثة التي أرسلتها روسيا وصلت إلى الجيش المالي.", [RUSSIA, ARMY])
    assert any(code == "06" and src == "rus" for code, src, _ in _sides(doc))
    assert "sent_hardware" not in _ids("وقال إن الرسائل التي أرسلتها روسيا وصلت")


def test_agreement_in_the_passive_is_an_agreement_but_what_was_agreed_refers_back():
    assert "agreed_passive" in _ids("وأضاف أنه تم الاتفاق مع الجانب الفرنسي على حل المشكلة")
    assert "agreed_passive" in _ids("وقال إنه جرى الاتفاق بين الطرفين على تبادل الأسرى")
    assert "agreed_passive" not in _ids("وسيتم تنفيذ كل ما تم الاتفاق عليه مع الحكومة")


def test_giving_aid_told_by_its_verbal_noun_is_aid():
    doc = code_events("وتواصل روسيا تقديم المساعدات الغذائية إلى مالي.",
                      [RUSSIA, {"id": "mali", "type": "GPE", "en": "Mali", "iso3": "MLI", "code": "MLI",
                                "forms": ["مالي"]}])
    assert ("07", "rus", "mali") in event_sides(doc, (*_ALL, {"id": "mali", "en": "Mali"}))


def test_refusing_in_the_past_is_a_rejection():
    doc = code_events("ولم تقبل فرنسا الشروط التي وضعتها ألمانيا للاتفاق.", [FRANCE, GERMANY])
    assert any(code == "12" and src == "fra" for code, src, _ in _sides(doc))
