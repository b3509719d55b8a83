"""Readings found in unannotated news: acts guarded against, announced alerts, object plurals and words
that only look like triggers. Every sentence below was written for these tests."""

from __future__ import annotations

import pytest

VIOLENCE = {"18", "19", "20"}

# Sentences that tell no act of the CAMEO roots given.
NOT_TOLD = [
    pytest.param(
        "ونشرت الشرطة الإسرائيلية قواتها في القدس تحسبا من اشتباكات فلسطينية - إسرائيلية.",
        VIOLENCE, id="clashes_guarded_against_did_not_happen"),
    pytest.param(
        "ويعيش الأطفال في البيت خوفا من اعتداءات المستوطنين.",
        VIOLENCE, id="attacks_feared_did_not_happen"),
    pytest.param(
        "وأكد الجيش اليمني أن الحسم هو طريق وحيد للتعامل مع المتمردين الحوثيين.",
        VIOLENCE, id="sole_is_no_neutralising"),
    pytest.param(
        "وقالت الشرطة إن موظفي البلدية أمسكوا بالأفعى ثم نفذوا فيها القتل الرحيم.",
        VIOLENCE, id="a_mercy_killing_of_a_snake_is_no_attack"),
    pytest.param(
        "وأبان السديس بأن علي بن أبي طالب حمل الراية يوم بدر وأسامة يقود الجيش.",
        {"10"}, id="abu_talib_is_a_name_not_a_demand"),
    pytest.param(
        "وأفخر أنني جزء من التاريخ المسطر لهذه التظاهرة السنوية في سوق عكاظ.",
        {"14"}, id="an_annual_festival_is_no_protest"),
    pytest.param(
        "ولمّا داهمنا الخطر أن تصبح سيارتنا وسيلة غير ذات جدوى، أدركنا أننا أهملنا هذه المدن.",
        {"17"}, id="a_danger_that_came_upon_us_is_no_raid"),
    pytest.param(
        "وسأل الله أن يحفظ قائد المسيرة المباركة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.",
        {"05"}, id="a_blessed_march_is_no_congratulation"),
    pytest.param(
        "وأفاد رجال الشرطة أن الرجل سيعرض أمام قاضي التحقيقات، الذي من المتوقع أن يوجه إليه تهمة الشروع في "
        "القتل.",
        VIOLENCE, id="a_charge_of_attempted_murder_is_no_killing"),
    pytest.param(
        "والذي كانت آخر مظاهره حرق الطفل الرضيع على أيدي المستوطنين في نابلس.",
        {"14"}, id="its_latest_manifestation_is_no_demonstration"),
    pytest.param(
        "ففي قسم المحليات تبرز المتابعة الإخبارية، وقسم التحقيقات في مهمة صناعة الأفكار.",
        {"09"}, id="a_newspapers_investigations_desk_investigates_nothing"),
    pytest.param(
        "وبالرغم من وجود تيار سياسي في إيران يطالب بتغيير خريطة تحالفات طهران مع دول الخليج.",
        {"10"}, id="a_current_in_a_country_that_demands_is_not_its_capital"),
    pytest.param(
        "ودفع حادث القتل إلى غضب فلسطيني رسمي وشعبي.",
        VIOLENCE, id="the_killing_incident_told_again_is_no_new_killing"),
    pytest.param(
        "ودعا الله أن يحفظ خادم الحرمين الشريفين وولي عهده، ويحفظ الوطن من كل مكروه.",
        {"02"}, id="a_prayer_for_the_king_is_no_appeal"),
    pytest.param(
        "تم الحديث عن عشبة الأرتيميسينين التي تستطيع أن تقتل حتى 98% من خلايا السرطان خلال 16 ساعة.",
        VIOLENCE, id="a_herb_that_kills_cancer_cells_attacks_nobody"),
    pytest.param(
        "وهذه البكتيريا خطر على الأرواح البشرية، كما أن منظمة الصحة العالمية قد حذرت من خطرها.",
        {"13"}, id="a_warning_about_bacteria_is_no_threat"),
    pytest.param(
        "وأسفر التحقيق معه عن توجيه الاتهام إليه، وصدر بحقه صك شرعي يقضي بثبوت ما نسب إليه والحكم بقتله "
        "تعزيرا.",
        VIOLENCE, id="a_court_sentence_of_death_is_no_killing"),
    pytest.param(
        "لو أننا طالبنا باستقالة مدير كل مشفى مع كل خطأ طبي لما وجدنا اليوم من يتصدى لمهمة الإدارة.",
        VIOLENCE, id="taking_on_a_task_confronts_nobody"),
    pytest.param(
        "تسببت العاصفة الرملية التي ضربت محافظة خيبر مساء أمس، في انقطاع التيار الكهربائي وإغلاق الطرق وسقوط "
        "بعض الأشجار.",
        {"14"}, id="roads_closed_by_a_sandstorm_are_no_protest"),
    pytest.param(
        "الدفاع المدني يحذر من أمطار غزيرة بمناطق الدائر وفيفا بجازان.",
        {"13"}, id="a_warning_of_heavy_rain_threatens_nobody"),
    pytest.param(
        "وقال مصدر إن النيابة العامة قدمتهم للمحاكمة بتهم الانضمام لجماعة إرهابية وارتكاب أعمال عنف والتحريض "
        "عليها ومقاومة السلطات وخرق قانون التظاهر وقطع الطرق.",
        {"14"}, id="charges_someone_faces_are_not_told_as_events"),
    pytest.param(
        "التقينا الأمين العام لمنظمة التعاون الإسلامي إياد مدني في جدة. لم يبد مدني تحفظه على ما طرحناه عليه "
        "من أسئلة وأجاب بصدر رحب واضعا النقاط على الحروف بشأن دور المنظمة في دعم الأمة.",
        {"05"}, id="answering_gladly_welcomes_nobody"),
    pytest.param(
        "وقال جيب بوش في مقابلة مع الشبكة الامريكية الناطقة باللغة الاسبانية أتعهد بذلك.",
        {"04"}, id="an_interview_is_no_meeting_with_the_network"),
    pytest.param(
        "وأضاف أن الفترة الحالية تحتاج تضافر الجهود من أبناء وزارة الداخلية لمواجهة أي اعتداءات تعكر صفو "
        "المواطنين.",
        VIOLENCE, id="any_attacks_to_be_confronted_are_none_told"),
    pytest.param(
        "وضمت القائمة نساء عربيات، منهن توكل كرمان من اليمن وإدنا عدن من الصومال.",
        {"11"}, id="edna_adan_is_no_condemnation"),
    pytest.param(
        "وعلى صعيد الاصابات يواصل ثنائي خط الهجوم الكاميروني ايفولو ومحمد مجرشي تدريباتهما مع اخصائي العلاج "
        "الطبيعي.",
        VIOLENCE, id="a_teams_attacking_line_attacks_nobody"),
    pytest.param(
        "فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري أمس، وسجل المهاجم هدف الفوز في الشوط "
        "الثاني. وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة، وإن النادي يستعد للبطولة الآسيوية بعد "
        "التعادل في الكأس. وكانت الإدارة قد رفضت طلب الحكومة الإيطالية في وقت سابق. ويلتقي الفريق في الجولة "
        "المقبلة مع الاتحاد على ملعب الجوهرة.",
        {"12"}, id="a_sports_reports_sentence_without_sports_words_is_still_sport"),
]


def test_a_prosecutor_in_a_sports_report_still_accuses(event_sides):
    sides = event_sides("فاز فريق الهلال على النصر بهدفين مقابل هدف في مباراة الدوري أمس، وسجل المهاجم هدف الفوز في "
                        "الشوط الثاني. وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة قبل البطولة والكأس. واتهمت "
                        "النيابة العامة في بوليفيا رئيس الاتحاد بارتكاب أعمال فساد.", published="2015-07-23")
    assert any(s[0].startswith("112") for s in sides), sides


def test_a_meeting_called_muqabala_is_still_a_meeting(event_sides):
    sides = event_sides("وعقد الرئيس السيسي مقابلة مع وزير الخارجية الأمريكي جون كيري في القاهرة.")
    assert any(s[0] == "040" for s in sides), sides


@pytest.mark.parametrize(("text", "roots"), NOT_TOLD)
def test_no_act_of_these_roots_is_told(event_sides, text, roots):
    sides = event_sides(text)
    assert not [s for s in sides if s[0][:2] in roots], sides


def test_an_attack_told_without_precaution_is_still_coded(event_sides):
    sides = event_sides("وشن الجيش اللبناني هجوما على مواقع المسلحين في عرسال.")
    assert any(s[0][:2] == "19" for s in sides), sides


def test_an_alert_announced_is_the_announcers(event_sides):
    sides = event_sides("في وقت أعلن فيه جيش الاحتلال الإسرائيلي عن حالة تأهب في الضفة الغربية.")
    alert = [s for s in sides if s[0] == "152"]
    assert alert and alert[0][1] == "org.idf", sides


def test_a_group_in_the_accusative_after_the_verb_is_its_object(event_sides):
    sides = event_sides("وتشارك الأردن في تحالف تقوده السعودية يقاتل الحوثيين في اليمن.")
    fight = [s for s in sides if s[0][:2] == "19"]
    assert fight and fight[0][2] == "org.houthis" and fight[0][1] != "org.houthis", sides


def test_readiness_to_storm_is_neither_cooperation_nor_an_attack(event_sides):
    sides = event_sides("وواصل الثوار استعدادهم لاقتحام مدينة زنجبار، عاصمة أبين، خلال الساعات المقبلة.")
    assert not sides, sides


def test_readiness_to_sacrifice_is_no_intent_to_cooperate(event_sides):
    sides = event_sides("وأكدوا أن أبناء القبيلة يرابطون في قوات الجيش وعلى استعداد للتضحية من أجل الوطن.")
    assert not [s for s in sides if s[0] == "030"], sides


def test_readiness_to_cooperate_is_still_coded(event_sides):
    sides = event_sides("وأبدت إيران استعدادها للتعاون مع السعودية.")
    assert ("030", "gpe.IRN", "gpe.SAU") in sides, sides


def test_methods_of_the_torture_just_told_are_no_second_torture(event_sides):
    sides = event_sides("ويتم تعذيب السجناء السعوديين في عدة أساليب تعذيب متطورة في الكهرباء والتعليق.")
    assert len([s for s in sides if s[0] == "182"]) == 1, sides


def test_who_dared_to_kill_is_the_killer(event_sides):
    sides = event_sides("وحملت السلطات التركية تنظيم داعش مسؤولية الهجوم، وبعد إقدام عناصر حزب العمال الكردستاني "
                        "على قتل اثنين من رجال الشرطة التركية، شنت الحكومة غارات جوية على مقاتلي داعش.")
    killing = [s for s in sides if s[0] == "190"]
    assert killing and killing[0][1] == "org.pkk", sides


def test_a_bomber_blowing_himself_up_told_as_a_noun_is_a_suicide_bombing(event_sides):
    sides = event_sides("وتبين أن الحادث كان جراء إقدام شخص انتحاري على تفجير نفسه بحزام ناسف في جموع المصلين.")
    assert any(s[0] == "1831" for s in sides), sides


def test_an_ally_fought_beside_is_no_target(event_sides):
    sides = event_sides("وهي إحدى وحدات الجيش الموالية للرئيس السابق علي عبدالله صالح والتي تقاتل إلى جوار الحوثيين.")
    assert not [s for s in sides if s[2] == "org.houthis"], sides


def test_a_gathering_advised_against_is_negated():
    from marsad.api import analyze

    doc = analyze("ودعا المتحدث المواطنين إلى التعاون مع المسعفين وعدم التجمهر عند الحوادث.", published="2015-07-23")
    gathering = [e for e in doc.events if e.cameo_code[:2] == "14"]
    assert all(e.negated for e in gathering), [(e.cameo_code, e.negated) for e in gathering]


def test_fire_that_killed_a_palestinian_hit_him_not_the_town_nearby(event_sides):
    sides = event_sides("قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي أثناء مواجهات قرب مدينة جنين.")
    shot = [s for s in sides if s[0] == "193"]
    assert shot and shot[0][1] == "org.idf" and shot[0][2] == "PSECVL", sides


def test_a_man_who_attacked_the_ambassador_is_not_the_ambassador(event_sides):
    sides = event_sides("وجه القضاء الكوري الجنوبي تهمة إضافية إلى رجل هاجم السفير الأمريكي في سيول بسكين.")
    assert not [s for s in sides if s[0][:2] == "19" and s[1] and "ambassador" in s[1]], sides
    assert not [s for s in sides if s[0][:2] == "19" and s[2] is None], sides


def test_an_attempt_is_not_told_as_done():
    from marsad.api import analyze

    doc = analyze("وأضاف المتحدث أنه بادر بإطلاق النيران على القوات وحاول تفجير نفسه بواسطة حزام ناسف.",
                  published="2015-08-01")
    bombing = [e for e in doc.events if e.cameo_code == "1831"]
    assert bombing and all(e.modality == "intent" for e in bombing), [(e.cameo_code, e.modality) for e in doc.events]


def test_an_attempt_does_not_colour_the_next_verb():
    from marsad.api import analyze

    doc = analyze("وحاول رئيس الوزراء الإسرائيلي امتصاص الغضب وهاتف الرئيس الفلسطيني محمود عباس وقدم له التعازي.",
                  published="2015-08-01")
    condolences = [e for e in doc.events if e.cameo_code == "018"]
    assert condolences and all(e.modality == "asserted" for e in condolences), \
        [(e.cameo_code, e.modality) for e in doc.events]


def test_a_speaker_who_reports_an_assault_did_not_storm():
    from marsad.api import analyze

    doc = analyze("كشف رئيس هيئة الأركان اللواء محمد المقدشي أن نهاية المتمردين الحوثيين باتت وشيكة. وقال المقدشي "
                  "في تصريحات صحفية إن بوادر النصر بدأت تلوح في الأفق، لاسيما في محافظة لحج، حيث اقتحمت المقاومة "
                  "بالأمس كل مواقع المتمردين حول عاصمة المحافظة، التي دخلتها وأعلنتها خالية من التمرد.",
                  published="2015-08-01")
    assert not [e for e in doc.events if e.source is not None and e.source.span is not None
                and e.source.span.text == "المقدشي"], [(e.cameo_code, e.source) for e in doc.events]
    assert not [e for e in doc.events if e.cameo_code[:2] == "14"], [(e.cameo_code, e.source) for e in doc.events]


def test_worshippers_after_a_killing_noun_were_killed(event_sides):
    sides = event_sides("من هذه الفئة الضالة المجرمة التي لجأت إلى قتل المصلين الركع السجود.")
    assert not [s for s in sides if s[1] == "CVL"], sides


def test_settlers_after_an_attack_noun_are_its_doers(event_sides):
    sides = event_sides("من أجل فضح الانتهاكات الإسرائيلية ضد الشعب الفلسطيني، خاصة إرهاب واعتداءات المستوطنين.")
    attacks = [s for s in sides if s[0][:2] == "18"]
    assert attacks and attacks[0][1] == "ISRCVL", sides


def test_a_minister_asked_about_a_kidnapping_did_not_kidnap(event_sides):
    sides = event_sides("وعندما يسأل الوزير المشنوق عن خطف المواطنين التشيكيين الستة في البقاع الغربي، لا يجد حرجا "
                        "في القول إن التحقيقات اقتربت من الإمساك بطرف الخيط.")
    assert not [s for s in sides if s[0][:2] == "18" and s[1] and "machnouk" in s[1]], sides


def test_arrests_made_for_a_raid_are_the_raiders(event_sides):
    sides = event_sides("وأضاف المصدر أن الجيش الإسرائيلي اقتحم عدة منازل في القرية من أجل إجراء اعتقالات.")
    arrests = [s for s in sides if s[0] == "173"]
    assert arrests and arrests[0][1] == "org.idf", sides


def test_a_palestinian_to_be_arrested_is_not_the_arrester(event_sides):
    sides = event_sides("وقال مصدر عسكري إن الجيش الإسرائيلي وحرس الحدود قاما بعملية في القرية لاعتقال فلسطيني مطلوب.")
    assert not [s for s in sides if s[0] == "173" and s[1] and s[1].startswith("PSE")], sides


def test_computer_parts_cut_nothing(event_sides):
    sides = event_sides("المهندسات السعوديات يستهدفن من خلال الورشة طالبات المرحلة الثانوية، لأجل تعريفهن بأنظمة "
                        "تشغيل الحاسبات، إلى جانب تطبيق عملي على تركيب قطع الكمبيوتر وإظهار المشاكل المحتملة وحلها، "
                        "وطريقة تثبيت نظام التشغيل.")
    assert not sides, sides


def test_homes_of_palestinians_demolished_belong_to_the_victims(event_sides):
    sides = event_sides("وقامت سلطات الاحتلال بهدم منازل الفلسطينيين في القدس.")
    demolition = [s for s in sides if s[0] == "1712"]
    assert demolition and demolition[0][2] == "PSECVL" and demolition[0][1] != "PSECVL", sides


def test_the_rebels_are_not_the_resistance_that_fights_them(event_sides):
    sides = event_sides("سيطر الحوثيون على مدينة عدن في مارس. وكانت المقاومة الشعبية في تعز قد استولت أمس على أحد "
                        "المواقع الهامة من المتمردين.")
    seized = [s for s in sides if s[1] == "org.popular-resistance-yemen"]
    assert seized and seized[0][2] == "org.houthis", sides


def test_gunmen_affiliated_to_a_party_are_that_party(event_sides):
    sides = event_sides("هاجم مسلحين تابعين لحزب كوملة الكردستاني الإيراني ليلة السبت، ثكنة عسكرية لجنود الحرس الثوري "
                        "الإيراني قرب مدينة مريوان غربي إيران.")
    attack = [s for s in sides if s[0][:2] == "19"]
    assert attack and attack[0][1] == "org.komala" and attack[0][2] != "org.komala", sides


def test_a_killing_told_after_no_charge_is_still_told(event_sides):
    sides = event_sides("أعلنت وزارة الدفاع الإسرائيلية أنه تم وضع متطرفين يهوديين قيد الاعتقال الإداري بدون توجيه أي "
                        "تهمة بعد مقتل الطفل الفلسطيني حرقا.")
    assert any(s[0] == "190" for s in sides), sides


def test_an_announced_death_was_not_caused_by_the_announcer(saudi_articles):
    """An archive article (2015-08-09 #985) where "أعلن التحالف عن مقتل جندي اماراتي في مناوشات مع الحوثيين"
    had made the coalition kill the Houthis, and swallowed the coalition's real strike told later."""
    from marsad.api import analyze

    found = [(text, day) for text, day in saudi_articles("2015-08-09.zip", 990) if "أعلن التحالف عن مقتل جندي" in text]
    if not found:
        pytest.skip("the article is not in this copy of the subset")
    text, day = found[0]
    doc = analyze(text, published=day)
    announced = text.index("أعلن التحالف عن مقتل جندي")
    wrong = [e for e in doc.events if e.cameo_code == "190" and e.source and e.source.entity_id == "org.saudi-coalition"
             and any(t.start > announced and t.start < announced + 60 for t in e.tellings)]
    assert not wrong, [(e.cameo_code, e.trigger.text) for e in wrong]


def test_a_government_carried_over_set_off_no_car_bomb(event_sides):
    sides = event_sides("وقال بيان صادر عن البيت الأبيض إن بايدن بحث مع العبادي الحملة العسكرية في الأنبار. "
                        "ورحب البيت الأبيض بتسلم العراق طائرات إف16. "
                        "كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد، ما أدى إلى مقتل أربعة أشخاص.")
    assert not [s for s in sides if s[0].startswith("183") and s[1] and "white-house" in s[1]], sides


def test_an_international_official_of_the_hosts_nationality_hosts_nobody(event_sides):
    sides = event_sides("رحب الدكتور نبيل العربي الأمين العام لجامعة الدول العربية بإعلان القاهرة الصادر في ختام زيارة "
                        "الأمير محمد بن سلمان للقاهرة.", published="2015-08-01")
    assert not [s for s in sides if s[0] == "043"], sides
    assert any(s[0] == "042" and s[1] == "per.mohammed-bin-salman" for s in sides), sides


def test_the_hosts_president_still_hosts_the_visitor(event_sides):
    sides = event_sides("وصف الرئيس السيسي زيارة الأمير محمد بن سلمان للقاهرة بأنها تاريخية.", published="2015-08-01")
    assert any(s[0] == "043" for s in sides), sides


def test_streets_named_after_cities_are_no_mention_of_them():
    from marsad.api import analyze

    doc = analyze("وأقر النظام بسقوط قذائف صاروخية على شارعي الثورة وبغداد وحي باب توما بالعاصمة دمشق أمس.",
                  published="2015-08-09")
    linked = {m.entity_id for m in doc.mentions if m.kind == "name"}
    assert "gpe.baghdad" not in linked and "gpe.ibb" not in linked, linked
    assert "gpe.damascus" in linked, linked


def test_a_village_named_like_a_place_abroad_is_the_village():
    from marsad.api import analyze

    doc = analyze("قتل مستوطنون طفلا فلسطينيا في الضفة الغربية. واستقبل الفلسطينيون جثمان الأب على مدخل قرية دوما "
                  "في الضفة الغربية، وساروا به إلى المقبرة.", published="2015-08-09")
    duma = [m for m in doc.mentions if m.text == "دوما"]
    assert duma and all(m.country_iso3 == "PSE" for m in duma), [(m.entity_id, m.country_iso3) for m in duma]


def test_a_village_found_by_its_cue_burns_nothing(event_sides):
    sides = event_sides("قتل مستوطنون طفلا فلسطينيا في الضفة الغربية. وكان عباس يشير إلى عصابات تدفيع الثمن اليهودية "
                        "التي هاجمت قرية دوما وأحرقت المنزل.")
    assert not [s for s in sides if s[0] == "1712" and (s[1] is None or s[1].startswith("new:"))], sides


def test_settlers_in_the_nominative_with_an_object_are_the_killers(event_sides):
    sides = event_sides("قتل مستوطنون طفلا فلسطينيا في الضفة الغربية.")
    killing = [s for s in sides if s[0] == "190"]
    assert killing and killing[0][1] == "ISRCVL" and killing[0][2] == "PSECVL", sides


def test_civilians_killed_in_a_raid_stay_its_victims(event_sides):
    sides = event_sides("قتل مدنيون في غارة جوية على حلب.")
    assert not [s for s in sides if s[1] == "SYRCVL"], sides


def test_a_towns_official_is_its_government_and_its_students_its_people(event_sides):
    official = event_sides("أشاد وكيل محافظة الأحساء بالدور الذي تضطلع به جمعية الأشخاص ذوي الإعاقة في المحافظة.",
                           published="2015-07-23")
    assert official and official[0][1] == "SAUGOV", official
    students = event_sides("وعبر طلاب وطالبات مدارس الرياض عن شكرهم وتقديرهم لسمو الأمير محمد بن سلمان على رعايته "
                           "لهذه المبادرة.", published="2015-07-23")
    assert students and students[0][1] == "SAUCVL", students


def test_a_capital_as_subject_still_stands_for_its_government(event_sides):
    sides = event_sides("وأكد المتحدث أن بكين حريصة على توسيع التعاون مع الرياض. ورحبت الرياض بقرار مجلس الأمن.",
                        published="2015-07-23")
    assert not [s for s in sides if s[1] in {"SAUCVL", "CHNCVL"}], sides


def test_a_relatives_antecedent_may_carry_an_epithet(event_sides):
    sides = event_sides("وصنف كارتر إيران مع تنظيم «داعش» الارهابي الذي تقاتله طهران حاليًا بوصفهما أهم تحديين.")
    fight = [s for s in sides if s[0] == "190"]
    assert fight and fight[0][2] == "org.isis", sides
