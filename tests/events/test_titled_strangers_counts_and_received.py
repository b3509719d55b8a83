"""A titled person the knowledge base lacks ("الشيخ عائض القرني") is the subject, so the actor after his name is
no doer; a participle after a number counts people ("2500 داعية"); what is received ("تلقى … دعوة") comes from
whoever من names, never from a place in a time zone, and with no sender named the receiver sent nothing; a
clause of time (عندما) holds neither the killer nor the killed of the clause before it.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list:
    return analyze(text, published="2015-08-01").events


def test_the_actor_after_a_titled_strangers_name_is_not_the_caller() -> None:
    events = _events("كما دعا الشيخ عائض القرني المسلمين في كافة بقاع الأرض إلى الإخلاص بالدعاء للأقصى.")
    assert all(e.source is None or e.source.actor_code != "MOS" for e in events), events


def test_a_participle_after_a_number_counts_people() -> None:
    events = _events("وقررت السلطات المصرية منع غير الأزهريين من الخطابة. وهدد قيادي في الجمعية الشرعية باللجوء للقضاء "
                     "حال تطبيق القرار، كاشفا عن أنه يتم تخريج ما يقرب من 2500 داعية سنويا من معاهد الجمعية فقط.")
    assert not [e for e in events if e.cameo_code.startswith("02")], events


def test_an_invitation_received_comes_from_its_sender_not_from_a_time_zone() -> None:
    events = _events("وقال المصدر إن المدير العام للوكالة الدولية للطاقة الذرية يوكيا أمانو تلقى خلال الليل (بتوقيت "
                     "فيينا) دعوة من أعضاء لجنة العلاقات الخارجية بمجلس الشيوخ الأميركي.")
    assert all(e.source is None or e.source.country_iso3 != "AUT" for e in events), events
    assert all(e.target is None or e.target.actor_code != "USALEG" for e in events), events


def test_a_call_received_from_a_named_sender_is_the_senders() -> None:
    calls = [e for e in _events("وتلقى الملك سلمان اتصالا هاتفيا من الرئيس الأمريكي باراك أوباما.")
             if e.cameo_code.startswith("04")]
    assert calls and calls[0].source is not None and calls[0].source.country_iso3 == "USA", calls
    assert calls[0].target is not None and calls[0].target.country_iso3 == "SAU", calls


def test_a_clause_of_time_holds_neither_the_killer_nor_the_killed() -> None:
    events = _events("وقال مسؤول عسكري إن خمسة جنود قتلوا عندما هاجم مقاتلو داعش نقطة التفتيش خارج مدينة أجدابيا، وقتل "
                     "جنديان آخران عندما أرسلت الحكومة الليبية تعزيزات.")
    killings = [e for e in events if e.trigger.text == "قتل"]
    assert all(e.source is None or not (e.source.actor_code or "").endswith("GOV") for e in killings), events
