"""Lexicon round two: context words kept out of triggers, a quotation opening on a pattern's word, and
the paradigms for pointing the finger (إلى), launching a war, striking positions and lending a hand.

Every sentence is written for these tests. Lexicon-level cases check `Lexicon.match`; coder-level
cases run the event coder on a hand-built document (see eventdocs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventdocs import code_events

from marsad.events.lexicon import Lexicon, _compile_entry
from marsad.text.tokens import tokenize


def _triggers(text: str) -> list[tuple[str, str, str]]:
    """(code, entry id, matched text) of every trigger in `text`."""
    return [(t.entry.code, t.entry.id, text[t.start:t.end]) for t in Lexicon.load().match(tokenize(text))]


# (sentence, code prefix, the exact trigger text): the actor word after a context pattern, or inside a
# pattern that used to name it, is never part of the trigger.
EXACT = [
    ("وتتولى بعثة أوروبية تدريب القوات البحرية الليبية", "062", "تدريب"),
    ("وتعهدت الدول المانحة بتدريب الشرطة المحلية", "062", "تدريب"),
    ("وقال إن الخبراء سيبدؤون تدريب جنود الجيش الجديد", "062", "تدريب"),
    ("وقتل مدنيون في غارات التحالف على القرية", "195", "غارات"),
    ("وسقط جرحى جراء غارات لطيران النظام", "195", "غارات"),
]


@pytest.mark.parametrize("text, code, trigger", EXACT, ids=[e[2] + str(i) for i, e in enumerate(EXACT)])
def test_actor_words_stay_out_of_triggers(text, code, trigger):
    found = [matched for c, _, matched in _triggers(text) if c.startswith(code)]
    assert found == [trigger], _triggers(text)


# (sentence, code prefix, a word the trigger must contain)
FORMS = [
    # pointing the finger in every person; the accused follows إلى
    ("ووجهت المعارضة أصابع الاتهام إلى الأجهزة الأمنية", "112", "وجهت"),
    ("ويوجهون اللوم إلى الحكومة في كل أزمة", "112", "يوجهون"),
    ("ووجها اتهامات مباشرة إلى الشركة", "112", "وجها"),
    ("موجها أصابع الاتهام إلى جهات خارجية", "112", "موجها"),
    ("ورفض توجيه الاتهامات إلى أي طرف", "112", "توجيه"),
    # launching a war or an offensive with أطلق, also when the object opens a quotation
    ("وأطلق الرئيس النيجيري حربا على الجماعات المسلحة", "190", "أطلق"),
    ("وأطلقت الحكومة «حربا شاملة» على المهربين", "190", "حربا"),
    ("ويطلق المتمردون هجوما جديدا كل ربيع", "190", "يطلق"),
    ("والجيش أطلق عملية عسكرية في الجنوب", "190", "أطلق"),
    # striking military positions
    ("وضربت المدفعية مواقع المتمردين في الجبال", "190", "ضربت"),
    ("ويضربون معاقل الجماعة كل ليلة", "190", "يضربون"),
    ("وتواصل ضرب مخازن الأسلحة قرب الحدود", "190", "ضرب"),
    # lending a helping hand
    ("ومدت الكويت يد العون إلى المتضررين من الفيضانات", "070", "مدت"),
    ("ويقدمون يد المساعدة للنازحين", "070", "يقدمون"),
    ("ودعا إلى تقديم يد العون للاجئين", "070", "تقديم"),
    # welcome told by the noun with its owner between (ترحيب X بـ)
    ("وأعلنت الخارجية ترحيب الأردن بالاتفاق", "051", "ترحيب"),
    ("وسط ترحيب دولي واسع بالخطوة", "051", "ترحيب"),
    # refusing, said with لن; marches going out
    ("وقال الوزير إن بلاده لن تقبل أي شروط مسبقة", "120", "لن تقبل"),
    ("ونحن لن نرضى بهذا الحل", "120", "لن نرضى"),
    ("ودعت النقابات إلى خروج مسيرات في كل المحافظات", "141", "خروج مسيرات"),
]


@pytest.mark.parametrize("text, code, word", FORMS, ids=[f[2] + str(i) for i, f in enumerate(FORMS)])
def test_round_two_forms_are_coded(text, code, word):
    found = [matched for c, _, matched in _triggers(text) if c.startswith(code)]
    assert found, f"no {code} trigger in {text!r}: {_triggers(text)}"
    assert any(word in matched for matched in found)


# (sentence, entry id that must NOT be triggered)
LOOKALIKES = [
    ("وأطلق سراح الأسرى بعد انتهاء العملية العسكرية", "launch_war_paradigm"),  # a release
    ("وأطلقت الشرطة سراح المعتقلين بعد الحملة العسكرية", "launch_war_paradigm"),
    ("وضرب الوزير مثلا بالمواقع الأثرية", "strike_positions"),  # ضرب مثلا
    ("وضربت العاصفة المدينة", "strike_positions"),
    ("وحضر المشورة والتدريب للقوات الأمنية خبراء", "train_forces"),  # not the genitive of تدريب
    ("وأعلن عن دورة تدريب للموظفين", "train_forces"),
    ("وتوجه الوزير إلى المطار لاستقبال الوفد", "accuse_point"),  # توجه إلى: heading somewhere
]


@pytest.mark.parametrize("text, entry", LOOKALIKES)
def test_round_two_lookalikes_are_not_coded(text, entry):
    assert entry not in [e for _, e, _ in _triggers(text)], _triggers(text)


@pytest.mark.parametrize("pattern", ["(القوات) تدريب", "تدريب (القوات) الأمنية", "تدريب ~ (القوات)"])
def test_malformed_context_patterns_are_refused(pattern):
    with pytest.raises(ValueError):
        _compile_entry({"id": "x", "code": "062", "patterns": [pattern]}, Path("test.yaml"))


def test_a_quote_mark_between_words_still_stops_a_gap():
    """Only a quotation opening right on the pattern's next word is crossed, not one in the gap."""
    assert "launch_war_paradigm" not in [e for _, e, _ in _triggers("وأطلق الرئيس «تحذيرا» ثم حربا على")]


# (sentence, code of the predicate in the gap, code of the heavier pattern around it): both are triggers
IN_GAP = [
    ("واتفق الوزيران في اتصال هاتفي مساء الخميس على العمل معا", "041", "030"),
    ("ووقع الجانبان خلال زيارة رسمية اتفاقية للتعاون", "042", "057"),
]


@pytest.mark.parametrize("text, inner, outer", IN_GAP, ids=[g[1] for g in IN_GAP])
def test_an_indefinite_predicate_in_a_gap_is_its_own_trigger(text, inner, outer):
    codes = [c for c, _, _ in _triggers(text)]
    assert inner in codes and outer in codes, codes


def test_a_definite_predicate_in_a_gap_gives_way():
    """"خلال اللقاء" inside "دعا … إلى زيارة" refers back to the meeting already told."""
    codes = [c for c, _, _ in _triggers("ودعا الرئيس خلال اللقاء نظيره الكيني إلى زيارة نيروبي")]
    assert codes == ["036"]


def test_matched_words_still_block_each_other():
    """The noun inside a heavier pattern's own words is not a second trigger (شن … غارات جوية)."""
    assert [c for c, _, _ in _triggers("وشنت الطائرات ليلا غارات جوية على المخازن")] == ["195"]


_IRQ = {"id": "Q796", "type": "GPE", "en": "Iraq", "iso3": "IRQ", "forms": ["العراق"], "code": "IRQ"}
_LBY = {"id": "Q1016", "type": "GPE", "en": "Libya", "iso3": "LBY", "forms": ["ليبيا"], "code": "LBY"}
_EGY = {"id": "Q79", "type": "GPE", "en": "Egypt", "iso3": "EGY", "forms": ["مصر"], "code": "EGY"}
_QAT = {"id": "Q846", "type": "GPE", "en": "Qatar", "iso3": "QAT", "forms": ["قطر"], "code": "QAT"}

# (sentence, entities, code, source actor code, target actor code)
CODED = [
    ("ووجهت ليبيا أصابع الاتهام إلى مصر.", [_LBY, _EGY], "112", "LBY", "EGY"),
    ("ووجه العراق اللوم إلى قطر في بيان رسمي.", [_IRQ, _QAT], "112", "IRQ", "QAT"),
]


@pytest.mark.parametrize("text, entities, code, source, target", CODED, ids=[c[0][:12] for c in CODED])
def test_accused_after_ila_is_the_target(text, entities, code, source, target):
    events = [e for e in code_events(text, entities).events if e.cameo_code == code]
    assert events, text
    assert (events[0].source.actor_code, events[0].target.actor_code) == (source, target)
