"""What is banned, feared or supposed did not happen; animals attack nobody politically; a failed
assassination's genitive is its target and whoever survived an attack is whom it hit; a protest against an act
done to someone addresses the state that did it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2015-08-01")
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


@pytest.mark.parametrize("text", [
    "ويمنح القانون الجديد وزارة الداخلية التونسية حق حظر الإضرابات في المنشآت العامة.",
    "وأصدر المحافظ قرارا بمنع التظاهرات في وسط العاصمة المصرية القاهرة.",
])
def test_a_banned_protest_is_no_protest(text: str) -> None:
    assert not any(code.startswith("14") for code, _, _ in _sides(text))


def test_a_strike_that_happened_is_still_a_strike() -> None:
    assert any(code.startswith("14") for code, _, _ in
               _sides("ونفذ عمال الموانئ في تونس إضرابا عن العمل احتجاجا على تأخر الرواتب."))


@pytest.mark.parametrize("text", [
    "وقالت الشرطة الأسترالية إن سباحا نجا بأعجوبة بعد أن هاجمته سمكة قرش قبالة ساحل سيدني.",
    "وأفادت السلطات الهندية أمس أنه هاجم فيل هائج قرية في ولاية كيرالا وقتل مزارعين.",
])
def test_an_animal_attack_is_no_event(text: str) -> None:
    assert not any(code[:2] in {"18", "19", "20"} for code, _, _ in _sides(text))


def test_gunmen_attacking_a_villa_is_an_attack() -> None:
    assert any(code == "190" for code, _, _ in _sides("وهاجم مسلحون فيلا يملكها قاض في مدينة العريش المصرية."))


def test_dogs_as_a_means_leave_the_police_attack() -> None:
    assert ("190", "EGYCOP", "EGYCVL") in _sides("وهاجمت الشرطة المصرية المتظاهرين بالكلاب في ميدان التحرير بالقاهرة.")


def test_a_failed_assassination_targets_its_genitive() -> None:
    text = "وأشار التقرير إلى محاولة فاشلة لاغتيال وزير الداخلية السعودي الأمير محمد بن نايف في جدة عام 2009."
    hits = [(src, tgt) for code, src, tgt in _sides(text) if code == "185"]
    assert hits and all(tgt == "SAUGOV" and src != "SAUGOV" for src, tgt in hits)


def test_whoever_survived_an_attack_is_its_target() -> None:
    assert ("185", "YEMUAF", "YEMGOV") in _sides("ونجا وزير الداخلية اليمني أمس من محاولة اغتيال في مدينة عدن.")


@pytest.mark.parametrize("text", [
    "وتظاهر المئات في الإسكندرية احتجاجا على اعتقال الناشط أحمد دومة.",
    "وخرجت مسيرات في القاهرة احتجاجا على عزل الرئيس محمد مرسي.",
])
def test_a_protest_against_an_act_done_to_someone_addresses_the_state(text: str) -> None:
    protests = [(src, tgt) for code, src, tgt in _sides(text) if code.startswith("14")]
    assert protests and all(tgt == "EGYGOV" for _, tgt in protests)


def test_a_verbal_noun_whose_clause_is_future_is_a_hypothesis() -> None:
    text = "وحذر وزير الخارجية الأمريكي جون كيري من أن رفض الكونغرس للاتفاق سيقود إلى سباق تسلح في الشرق الأوسط."
    assert not any(code.startswith("12") for code, _, _ in _sides(text))


def test_a_verbal_noun_whose_clause_says_what_it_may_bring_is_a_hypothesis() -> None:
    text = "وقال المحلل إن اعتقال قادة التنظيم قد يضعف قدرته على تنفيذ هجمات في العراق."
    assert not any(code.startswith("17") for code, _, _ in _sides(text))


def test_a_planned_visit_told_by_what_it_will_cover_stays() -> None:
    text = "وقالت الخارجية الروسية إن زيارة لافروف إلى الدوحة ستتناول الأزمة السورية."
    assert any(code.startswith("04") for code, _, _ in _sides(text))
