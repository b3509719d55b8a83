"""A threat of force whose subject and circumstances run long before what is threatened is still a
threat; a body the subject belongs to (التابعة لـ) is not whom it threatens. Sentences written for
these tests."""

from __future__ import annotations

from marsad.api import analyze


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_a_threat_to_kill_after_a_long_subject_and_aside() -> None:
    text = ("وهددت جماعة ولاية سيناء التابعة لتنظيم داعش في تسجيل مصور نشرته حسابات مؤيدة لها على مواقع "
            "التواصل مساء السبت بذبح رهينة فرنسي.")
    events = _events(text)
    assert any(code.startswith("138") and src == "IMGMOSREB" for code, src, _ in events)
    assert not any(code.startswith(("18", "19")) for code, _, _ in events)  # nobody was killed


def test_the_body_the_subject_belongs_to_is_not_threatened() -> None:
    text = ("وهددت جماعة ولاية سيناء التابعة لتنظيم داعش في تسجيل مصور نشرته حسابات مؤيدة لها على مواقع "
            "التواصل مساء السبت بذبح رهينة فرنسي.")
    threat = next(e for e in analyze(text, published="2015-08-01").events if e.cameo_code.startswith("138"))
    assert threat.target is None or threat.target.actor_code != "IMGMOSREB"


def test_a_plain_threat_keeps_its_short_gap() -> None:
    # what is threatened (ب…) but no force: the generic threat does not reach across a long clause
    text = ("وهدد رئيس البرلمان الذي كان يتحدث في مؤتمر صحفي عقده في مقر المجلس بحضور عدد كبير من النواب "
            "والصحفيين بالاستقالة.")
    assert not any(code.startswith("13") for code, _, _ in _events(text))


def test_the_body_named_as_the_subjects_arm_is_not_threatened() -> None:
    text = "وهددت جماعة ولاية سيناء ذراع تنظيم داعش في مصر في تسجيل مصور مساء السبت بذبح رهينة فرنسي."
    threat = next(e for e in analyze(text, published="2015-08-01").events if e.cameo_code.startswith("138"))
    assert threat.source is not None and threat.source.actor_code == "IMGMOSREB"
    assert threat.target is None or threat.target.actor_code != "IMGMOSREB"
