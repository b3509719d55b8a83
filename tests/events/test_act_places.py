"""An act's own place follows it in its clause; a direction word may stand before the place. Sentences
written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _places(text: str) -> dict[str, str | None]:
    doc = analyze(text, published="2015-08-01")
    return {e.cameo_code: (e.place.canonical_en if e.place else None) for e in doc.events}


def test_strikes_after_a_killing_told_elsewhere_take_their_own_place() -> None:
    places = _places("وبعد إقدام عناصر حزب العمال الكردستاني على قتل اثنين من رجال الشرطة التركية في سروج، شنت "
                     "الحكومة التركية عدة غارات جوية على مواقع الحزب في شمال العراق.")
    assert places.get("190") == "Suruc", places
    assert places.get("195") == "Iraq", places


def test_a_place_far_after_the_act_is_not_its_place() -> None:
    # the place after the act is more than a clause away: the sentence's first place stays
    places = _places("وأعلنت النيابة في فيينا، أن الشرطة اعتقلت 13 شخصا يشتبه بأنهم قاموا بتجنيد متشددين ونقلهم عبر "
                     "الحدود خلال العامين الماضيين للقتال مع التنظيمات المتطرفة في سوريا.")
    assert places.get("173") != "Syria", places


def test_a_warning_about_violence_in_another_state_is_addressed_to_it(event_sides) -> None:
    # the article's most named counterpart (the Turkish police) is not whom the warning addresses
    events = event_sides("قتل مسلحون من حزب العمال الكردستاني اثنين من رجال الشرطة التركية. واعتقلت الشرطة التركية عشرة "
                         "من عناصر الحزب. حذر وزير الخارجية الألماني فرانك فالتر شتاينماير من استمرار تصعيد العنف في "
                         "تركيا.", "2015-08-09")
    assert ("130", "per.frank-walter-steinmeier", "gpe.TUR") in events, events


def test_a_warning_about_the_speakers_own_state_guesses_no_foreign_target(event_sides) -> None:
    events = event_sides("وحذر وزير الداخلية السعودي من محاولات الإرهابيين في المملكة.", "2015-08-09")
    assert all(t is None for c, _, t in events if c == "130"), events


def test_a_state_named_as_what_is_discussed_is_no_place() -> None:
    places = _places("استقبل الرئيس عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان. وعقد الرئيسان جلسة مباحثات "
                     "تناولت تطورات الأوضاع في قطاع غزة.")
    assert "040" in places and places["040"] != "Gaza Strip", places
