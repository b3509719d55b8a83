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


def test_a_dating_aside_takes_no_room_in_a_gap() -> None:
    # subject (4 words) + aside + object (4 words): nine words with the aside, eight without
    text = "دعا الرئيس الفرنسي إيمانويل ماكرون، مساء الجمعة، الأطراف المتحاربة في السودان إلى وقف إطلاق النار."
    assert _events(text, "0256")


def test_a_qualified_ceasefire_is_still_a_ceasefire_appeal() -> None:
    assert _events("دعا غوتيريش الأطراف المتحاربة إلى وقف فوري لإطلاق النار.", "0256")


ARTICLE = ("بغداد - أعلن الناطق باسم الحكومة العراقية باسم العوادي، اليوم الاثنين، أن رئيس الوزراء محمد شياع السوداني "
           "سيتوجه غدا الثلاثاء إلى أنقرة في زيارة رسمية.\n"
           "من جانبه، رحب وزير الخارجية التركي هاكان فيدان بالزيارة، مؤكدا أن بلاده تدعم استقرار العراق.")


def test_a_reported_clause_is_dated_by_its_own_time_not_the_tellings() -> None:
    [visit] = _events(ARTICLE, "042")
    assert visit.date == "2025-04-15" and visit.modality == "future"


def test_welcoming_the_visit_told_before_welcomes_its_visitor() -> None:
    praise = _events(ARTICLE, "051")
    assert praise and praise[0].source.canonical_en == "Hakan Fidan"
    assert praise[0].target is not None and praise[0].target.canonical_en == "Mohammed Shia al-Sudani"


def test_a_visit_told_in_its_relative_clause_names_visitor_and_destination() -> None:
    text = ("ووقع البلدان سبع اتفاقيات، وذلك خلال الزيارة الرسمية التي يقوم بها سمو ولي العهد الشيخ صباح خالد "
            "الحمد الصباح إلى بكين.")
    visits = _events(text, "042")
    assert visits and visits[0].source.canonical_en == "Sabah Al-Khalid Al-Hamad Al-Sabah"
    assert visits[0].target is not None and visits[0].target.country_iso3 == "CHN"


def test_a_tour_at_home_told_in_its_relative_clause_is_no_visit() -> None:
    text = "وتفقد الوزير المراكز، وذلك ضمن الجولة التي تقوم بها وزارة الداخلية على مناطق المملكة."
    assert not _events(text, "042")
