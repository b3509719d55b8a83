""""بين X وحلفائه من جهة، و Y من جهة أخرى": X's ally is no further target; "محكمة" right after an indefinite
feminine word is the adjective "tight", no court. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-09")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_the_regimes_allies_are_not_hit_by_it() -> None:
    sides = _sides("ودارت اشتباكات بين قوات النظام والمسلحين الموالين لها من جهة، وتنظيم داعش من جهة أخرى في "
                   "ريف حماة.")
    assert ("190", "SYRMIL", "IMGMOSREB") in sides
    assert not any(code == "190" and (target or "").endswith("UAF") for code, _, target in sides)


def test_a_tight_plan_is_no_court() -> None:
    sides = _sides("وقال المحلل إن الفريق اعتمد خطة دفاعية محكمة وفرض رقابة لصيقة على مفاتيح اللعب.")
    assert not any((source or "").endswith("JUD") for _, source, _ in sides)


def test_a_court_with_its_nationality_still_rules() -> None:
    sides = _sides("وقضت محكمة مصرية بسجن الناشط علاء عبد الفتاح.")
    assert any((source or "") == "EGYJUD" for _, source, _ in sides)
