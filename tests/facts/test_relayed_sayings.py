""""نقلت الوكالة عن X قوله إن …": the saying noun quotes X, named after عن, never the outlet that relays
him; an unnamed source stays unnamed. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = analyze(text, published="2025-08-10")
    return [(q.speaker.canonical_en or q.speaker.actor_code if q.speaker is not None else None, q.text)
            for q in doc.quotes]


def test_a_named_minister_relayed_by_a_channel_is_the_speaker() -> None:
    found = _quotes("ونقلت قناة العربية عن وزير الخارجية السعودي الأمير فيصل بن فرحان قوله إن المملكة ترفض التصعيد.")
    assert found == [("Faisal bin Farhan Al Saud", "المملكة ترفض التصعيد")]


def test_an_official_by_nationality_speaks_for_his_government() -> None:
    found = _quotes("ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن واشنطن تدرس فرض عقوبات جديدة.")
    assert found == [("USA GOV", "واشنطن تدرس فرض عقوبات جديدة")]


def test_an_unnamed_source_is_no_speaker_and_the_outlet_is_not_either() -> None:
    found = _quotes("ونقلت وكالة الأنباء الرسمية عن مصدر وزاري قوله إن مجلس الوزراء سيعقد جلسة استثنائية.")
    assert found == [(None, "مجلس الوزراء سيعقد جلسة استثنائية")]
