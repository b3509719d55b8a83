"""The coalition of a Saudi report is the Saudi-led one; a nominal clause opened by وهو is no target.
Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in analyze(text, published="2015-07-23").events]


def test_the_coalition_on_the_saudi_border_is_the_saudi_led_one() -> None:
    events = _events("أحبطت القوات المشتركة أمس هجوما لمليشيات الحوثي على الحدود السعودية قرب جازان. وصعدت قوات "
                     "التحالف غاراتها الجوية لقصف التجمعات الحوثية.")
    assert any(c[:2] == "19" and s == "SAUMIL" for c, s, _ in events), events


def test_who_denies_it_after_wahuwa_is_not_hit() -> None:
    events = _events("ويقول المتمردون أن ضحايا مدنيين يسقطون في الغارات التركية وهو ما تنفيه انقرة.")
    assert not any(c == "195" and t == "TURGOV" for c, _, t in events), events
