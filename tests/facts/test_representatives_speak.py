"""A representative's title with "عن" and the body or place he sits for ("النائب عن كتلة الوفاء للمقاومة
حسن فضل الله") is followed by his name: he is the speaker, known or not. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _speakers(text: str) -> list[str | None]:
    doc = analyze(text, published="2025-08-10")
    return [q.speaker.span.text if q.speaker is not None and q.speaker.span is not None else None for q in doc.quotes]


def test_a_known_member_after_his_bloc_speaks() -> None:
    found = _speakers("بدوره، اعتبر النائب عن كتلة الوفاء للمقاومة حسن فضل الله أن قرار الحكومة خطيئة كبرى.")
    assert found == ["حسن فضل الله"]


def test_an_unknown_member_after_his_province_speaks() -> None:
    assert _speakers("وقال النائب عن محافظة البصرة عدي عواد إن المحافظة تعاني.") == ["عدي عواد"]
