"""Gulf protocol style puts a long subject inside a two-part predicate: honorifics, the full lineage,
every office and the day ("وقع صاحب السمو الملكي الأمير … رئيس مجلس الوزراء، اليوم الثلاثاء، اتفاقية").
After a protocol opener the gap may run longer, and a cue after the predicate still names the other
side. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-15"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    def side(actor):
        return None if actor is None else actor.entity_id or actor.actor_code
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published=DATE).events]


def test_a_signing_after_a_protocol_subject_is_coded() -> None:
    events = _events("وقع صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء، اليوم "
                     "الثلاثاء، اتفاقية للتعاون الدفاعي مع رئيس الوزراء الباكستاني شهباز شريف.")
    assert ("057", "per.mohammed-bin-salman", "per.shehbaz-sharif") in events, events


def test_a_call_received_after_a_protocol_subject_comes_from_the_caller() -> None:
    events = _events("تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ـ حفظه الله ـ اتصالاً هاتفياً اليوم "
                     "من الرئيس الفرنسي إيمانويل ماكرون.")
    assert [e for e in events if e[0] == "041"] == [("041", "per.emmanuel-macron", "per.king-salman")], events


def test_without_a_protocol_opener_the_gap_stays_short() -> None:
    events = _events("وقع الانفجار قرب مقر الحكومة في العاصمة بعد ساعات من اجتماع الوزراء الذي ناقش مشروع "
                     "القانون الجديد وتفاصيل اتفاقية التجارة.")
    assert not [e for e in events if e[0] == "057"], events
