"""A verbal noun after "سارع/بادر X إلى" is X's act; a counterpart of a described official; a nationality
adjective that is also a listed surname; a president's short name. Sentences written for these tests."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str, published: str = "2015-08-01") -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published=published)
    return [(e.cameo_code, e.source and e.source.actor_code, e.target and e.target.actor_code) for e in doc.events]


def test_who_hurried_to_condemn_condemned() -> None:
    text = "وسارع رئيس الوزراء الاسرائيلي بنيامين نتانياهو والجيش الى التنديد بهذا العمل الارهابي."
    assert any(code == "111" and src == "ISRGOV" for code, src, _ in _sides(text))


def test_who_hurried_is_named_right_before_the_preposition() -> None:
    # the subject of an unrelated verb is no doer of the noun after إلى
    text = "وقال رئيس الوزراء الاسرائيلي إن الدعوة الى التنديد بالعمل الارهابي لم تلق صدى."
    assert not any(code == "111" for code, _, _ in _sides(text))


def test_the_counterpart_of_a_described_minister() -> None:
    text = "التقى وزير الخارجية المصري بنظيره الأردني في القاهرة."
    assert ("040", "EGYGOV", "JORGOV") in _sides(text)


def test_the_sudanese_minister_is_sudanese() -> None:
    doc = analyze("التقى وزير الخارجية المصري بنظيره السوداني في القاهرة.", published="2015-08-01")
    word = next(m for m in doc.mentions if m.text == "السوداني")
    assert word.kind == "nisba" and word.country_iso3 == "SDN"
    assert any(e.target is not None and e.target.actor_code == "SDNGOV" for e in doc.events)


def test_a_sudanese_ministers_statement_keeps_its_country() -> None:
    doc = analyze("وانتقد وزير الخارجية السوداني قرار الاتحاد الأوروبي.", published="2015-08-01")
    assert any(m.kind == "description" and m.country_iso3 == "SDN" for m in doc.mentions)


def test_the_surname_named_in_full_is_still_the_person() -> None:
    text = "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الأردني. وقال السوداني إن العلاقات متينة."
    doc = analyze(text, published="2023-05-01")
    later = [m for m in doc.mentions if m.text == "السوداني" and m.start > text.index(".")]
    assert later and later[0].kb_id == "per.mohammed-shia-al-sudani"


def test_the_presidents_short_name_after_his_full_name() -> None:
    text = "هاجم رئيس جنوب السودان سلفاكير ميارديت الرئيس الأميركي. وقال كير إن بلاده لن تقبل العقوبات."
    doc = analyze(text, published="2015-08-01")
    short = [m for m in doc.mentions if m.text == "كير"]
    assert short and short[0].kb_id == "per.salva-kiir"


def test_who_managed_to_defeat_may_open_the_clause() -> None:
    text = "وأضاف أن مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين في شرق عدن."
    assert any(code == "190" and src == "YEMREB" for code, src, _ in _sides(text))


def test_soldiers_who_fell_in_a_clash_were_a_party_to_it() -> None:
    assert ("190", "SAUMIL", "YEMREB") in _sides("استشهد جنديان سعوديان في اشتباك مع الميليشيات الحوثية على الحدود.")
    assert ("190", "SAUMIL", "YEMREB") in _sides(
        "وأكد المتحدث أن جنديين سعوديين استشهدا خلال اشتباكات مع الميليشيات الحوثية.")


def test_a_clash_with_nobody_fallen_before_it_gets_no_party_from_a_verb() -> None:
    # the subject of a verb of saying is no side of the clash it tells of
    text = "وقال جنديان سعوديان إن الحدود تشهد اشتباكات مع الميليشيات الحوثية."
    assert ("190", "SAUMIL", "YEMREB") not in _sides(text)


def test_a_resolution_that_condemns_is_not_condemned_by_its_object() -> None:
    sides = _sides("وقرر المجلس استصدار قرار يدين هجمات المستوطنين.")
    assert not any(src == "ISRCVL" for _, src, _ in sides)
    sides = _sides("وقررت القيادة الفلسطينية التوجه إلى مجلس الأمن الدولي لاستصدار قرار يدين هجمات المستوطنين.")
    assert any(code == "111" and src == "PSEGOV" for code, src, _ in sides)


def test_areas_under_control_are_no_taking_of_ground() -> None:
    assert not any(code == "192" for code, _, _ in _sides("وستنعكس الأمور إيجابا في مناطق سيطرتها على الموصل."))
    assert any(code == "192" for code, _, _ in _sides("وأعلن داعش سيطرته على مدينة الرمادي."))


def test_a_comma_after_the_manner_does_not_hide_the_condemned_acts_doer() -> None:
    text = "دانت السعودية بأشد العبارات، الجريمة التي نفذها مستوطنون إسرائيليون أمس."
    assert ("111", "SAU", "ISRCVL") in _sides(text)


def test_where_the_shells_fell_is_what_they_hit() -> None:
    text = "ارتفعت حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق الى 11 قتيلا."
    assert any(code.startswith("19") and tgt is not None and tgt.startswith("SYR") for code, _, tgt in _sides(text))


def test_shells_named_in_another_town_of_a_round_up_are_another_act() -> None:
    text = ("ارتفعت حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق الى 11 قتيلا.\n"
            "وفي محافظة حلب قتل 28 عنصرا على الاقل من الفصائل المقاتلة وداعش اثر اشتباكات بين الطرفين في ريف حلب.")
    codes = [code for code, _, _ in _sides(text, "2015-08-09")]
    assert "194" in codes and "190" in codes


def test_where_a_shell_came_from_is_not_what_it_hit() -> None:
    text = "قضى عشرة اشخاص جراء سقوط قذيفة صاروخية في شارع الثورة مصدرها حي جوبر في جنوب العاصمة دمشق."
    doc = analyze(text, published="2015-08-09")
    assert not any(e.target is not None and e.target.span is not None and "جوبر" in e.target.span.text
                   for e in doc.events)


def test_a_nationality_on_towns_struck_is_their_civilians() -> None:
    assert ("195", "SYRGOV", "SYRCVL") in _sides("وألقى نظام الأسد 14297 برميلًا متفجرًا على المدن السورية.")
    assert ("195", "RUSMIL", "SYRCVL") in _sides("قصفت الطائرات الروسية القرى السورية.")
    assert ("195", "RUSMIL", "SYRMIL") in _sides("قصفت الطائرات الروسية المواقع السورية.")


def test_a_question_about_killing_is_nobodys_act() -> None:
    assert not _sides("لماذا، يا ترى، يقتل المسلم أخاه المسلم ظلما وعدوانا.")


def test_a_name_in_the_demanded_clause_is_not_who_demands() -> None:
    assert not any(src == "IGOUNO" for _, src, _ in _sides("وطالبت بأن يجمل ولد الشيخ صورة المؤسسة الأممية."))
    assert ("100", "SAUGOV", "IRN") in _sides("وطالب الجبير بأن تنسحب إيران من سوريا.")


def test_during_his_visit_after_the_visit_is_told_is_no_second_visit() -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي الرئيس التركي رجب طيب أردوغان في القاهرة. "
            "ولم يلتق أردوغان خلال زيارته شيخ الأزهر أحمد الطيب كما كان مقررا.")
    visits = [(code, tgt) for code, _, tgt in _sides(text, "2025-03-12") if code == "042"]
    assert not any(tgt == "EGYREL" for _, tgt in visits)


def test_the_police_of_the_authorities_named_arrest_a_foreigner() -> None:
    text = ("ضبطت الأجهزة الأمنية الأردنية سيارة بها شابان سعوديان في العقبة، بطريقها إلى المملكة العربية السعودية. "
            "وأوضحت السلطات الأردنية أن جهودا مشتركة لعناصر مكافحة المخدرات، وشرطة العقبة، والأمن الوقائي في المدينة، "
            "أسفرت عن إلقاء القبض على شخص سعودي الجنسية.")
    assert any(code == "173" and src == "JORCOP" for code, src, _ in _sides(text, "2015-08-09"))


def test_who_succeeded_at_a_long_first_act_did_the_joined_one() -> None:
    text = ("نجحت الشرطة الإندونيسية في ضبط أكثر من 600 كيلوجرام من نبات الماريجوانا المخدر والذي يعرف أيضا باسم "
            "القنب الهندي وإلقاء القبض على ثلاثة أشخاص.")
    assert any(code == "173" and src == "IDNCOP" for code, src, _ in _sides(text, "2015-08-09"))


def test_who_succeeded_at_something_did_not_do_a_far_act_of_a_relative_clause() -> None:
    text = ("ونجح ترامب في المحافظة على صدارة ترتيب المرشحين الجمهوريين رغم التصريحات المثيرة للجدل التي أطلقها "
            "مؤخرا والتي أثارت انتقادات العديد من منافسيه.")
    assert not any(code == "111" for code, _, _ in _sides(text, "2015-08-09"))


def test_a_killing_threatened_far_after_the_verb_is_no_killing() -> None:
    text = ("ويوم الأربعاء هددت جماعة ولاية سيناء ذراع داعش وأخطر الجماعات في مصر في فيديو بث على الانترنت بقتل "
            "رهينة كرواتي.")
    assert not any(code.startswith(("18", "19", "20")) for code, _, _ in _sides(text, "2015-08-09"))
    assert ("138", "IMGMOSREB", "HRVCVL") in _sides("هددت جماعة ولاية سيناء بقتل رهينة كرواتي.", "2015-08-09")
