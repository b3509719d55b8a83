"""A statement with no stated addressee in a two-sided report is guessed to address the other side only
when that side is named in its sentence or the two before: a domestic aside at the end of a state visit
report ("وأعربت وزارة الصحة السعودية عن رفضها للشائعات") addresses nobody guessed. Article written for
the test."""

from __future__ import annotations

from marsad.api import analyze

VISIT = ("استقبل الملك سلمان بن عبدالعزيز الرئيس المصري عبد الفتاح السيسي في الرياض أمس. "
         "وبحث الجانبان العلاقات الثنائية بين البلدين. وأكد السيسي دعم مصر الكامل للمملكة. "
         "وأشاد الملك سلمان بمواقف مصر الثابتة. ")
ASIDE = ("وفي شأن محلي، أعلنت وزارة الصحة السعودية ارتفاع عدد الإصابات بفيروس كورونا. وفي شأن آخر، "
         "افتتح أمير منطقة الرياض معرضا للكتاب في العاصمة. ")


def _rejection_target(text: str) -> str | None:
    doc = analyze(text, published="2015-08-01")
    found = [e for e in doc.events if e.cameo_code.startswith("1") and e.trigger.text.startswith("أعربت")]
    assert found, [(e.cameo_code, e.trigger.text) for e in doc.events]
    return found[0].target.actor_code if found[0].target else None


def test_no_guess_far_from_the_other_side() -> None:
    assert _rejection_target(VISIT + ASIDE + "وأعربت وزارة الصحة السعودية عن رفضها للشائعات المتداولة.") is None


def test_a_guess_right_after_the_other_side_is_named() -> None:
    text = VISIT + "وأعربت وزارة الخارجية السعودية عن رفضها للشائعات المتداولة."
    assert _rejection_target(text) == "EGYGOV"
