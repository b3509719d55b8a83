"""A visit or meeting dated by an expression that looks ahead (غدا، بعد غد، الثلاثاء القادم) is future,
whatever the verb's tense; a visit noun after في names the place the verb before it went to with إلى, and
in a reported clause its visitor is that clause's subject; an arrest written with ضبط needs a person noun,
and a nation's security services are its police. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-14"  # a Monday


def _events(text: str, code: str) -> list:
    return [e for e in analyze(text, published=DATE).events if e.cameo_code == code]


def test_a_present_verb_dated_tomorrow_is_future() -> None:
    [visit] = _events("يزور رئيس الوزراء العراقي محمد شياع السوداني أنقرة غدا.", "042")
    assert visit.modality == "future" and visit.date == "2025-04-15"


def test_a_past_verb_dated_yesterday_stays_asserted() -> None:
    [visit] = _events("زار رئيس الوزراء العراقي محمد شياع السوداني أنقرة أمس.", "042")
    assert visit.modality == "asserted"


def test_a_far_away_date_ahead_does_not_make_another_clause_future() -> None:
    text = ("وقالت الوزارة إن الوزير سيلتقي نظيره الأسبوع المقبل، وذلك بعد أن التقى الرئيس المصري عبد الفتاح "
            "السيسي رئيس الوزراء العراقي محمد شياع السوداني في القاهرة خلال جولة إقليمية شملت عددا من العواصم "
            "العربية والأوروبية في الشهر الماضي.")
    meetings = [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith("04")
                and e.trigger.text.startswith("التقى")]
    assert meetings and all(e.modality == "asserted" for e in meetings)


def test_the_visit_goes_where_the_verb_went_and_is_made_by_the_reported_subject() -> None:
    text = ("أعلن الناطق باسم الحكومة العراقية باسم العوادي أن رئيس الوزراء محمد شياع السوداني سيتوجه غدا "
            "الثلاثاء إلى أنقرة في زيارة رسمية.")
    visits = _events(text, "042")
    assert visits
    assert visits[0].source.canonical_en == "Mohammed Shia al-Sudani"
    assert visits[0].target is not None and visits[0].target.country_iso3 == "TUR"
    assert visits[0].modality == "future"


def test_an_arrest_written_with_dabt_and_a_person_noun() -> None:
    [arrest] = _events("وضبطت الأجهزة الأمنية الأردنية، أمس السبت، ثلاثة أشخاص حاولوا تهريب مواد مخدرة.", "173")
    assert arrest.source.actor_code == "JORCOP" and arrest.target is None


def test_seized_goods_are_no_arrest() -> None:
    assert not _events("وضبطت الجمارك كميات كبيرة من المواد المخدرة في ميناء العقبة.", "173")
