"""Fixed phrases that hold a predicate's words without being the predicate, and other readings found in
unannotated news: every sentence below was written for these tests."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import Lexicon, _compile_entry


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن الحكومة عازمة على قطع دابر الإرهاب ومن يقف وراءه، وستظل في هذا الطريق.",
    "وتبين هذه الإجراءات بشكل قاطع اهتمام الحكومة المصرية بمتابعة الأزمة.",
    "وسيطرت فرق الدفاع المدني أمس على حريق شب في مستودع بمدينة جدة.",
    "ونفذت وزارة الداخلية اليوم حكم القتل قصاصا في جان بمنطقة القصيم.",
    "وكأن القرار السعودي أصابهم في مقتل.",
])
def test_fixed_phrase_codes_no_event(event_sides, text):
    codes = [code for code, _, _ in event_sides(text)]
    assert not [c for c in codes if c[:2] in {"12", "14", "19", "18", "11"}], codes


def test_anonymous_source_keeps_the_reported_attack(event_sides):
    sides = event_sides("وقال مسؤول يمني رفض الكشف عن اسمه إن الحوثيين قصفوا أحياء في المدينة.")
    assert ("190", "org.houthis", None) in sides
    assert not [s for s in sides if s[0] == "120"]


def test_a_road_is_still_blocked(event_sides):
    assert any(code == "144" for code, _, _ in event_sides("وقطع المحتجون في بغداد الطريق المؤدي إلى الوزارة."))


def test_blocking_entry_has_no_code():
    entry, patterns = _compile_entry({"id": "x", "blocks": True, "patterns": ["قطع دابر"]}, "t.yaml")
    assert entry.blocks and entry.code == "" and patterns[0].weight[0] > 100
    with pytest.raises(ValueError):
        _compile_entry({"id": "y", "patterns": ["قطع دابر"]}, "t.yaml")


def test_blocked_words_are_no_trigger():
    from marsad.text.tokens import tokenize
    lexicon = Lexicon.load()
    assert not lexicon.match(tokenize("قطع دابر الإرهاب ومن يقف وراءه، وستظل في هذا الطريق"))
    assert "144" in [t.entry.code for t in lexicon.match(tokenize("قطع المحتجون الطريق"))]


def test_car_overturning_is_an_accident(event_sides):
    assert not event_sides("ولقي مقيم مصري مصرعه وأصيب خمسة آخرون إثر انقلاب السيارة التي تقلهم على طريق تثليث.")


def test_a_coup_is_no_accident(event_sides):
    assert [c for c, _, _ in event_sides("قتل خمسة جنود في انقلاب عسكري بالعاصمة.")] == ["190"]


def test_weather_warning_is_no_threat(event_sides):
    assert not event_sides("حذرت مديرية الدفاع المدني بمنطقة جازان اليوم من مخاطر الأمطار والسيول.")


def test_a_medium_named_after_a_verbal_noun(event_sides):
    assert not event_sides("وفي دراسة حديثة نشرتها مجلة الدعوة السعودية أكدت أن معظم الطلاب متفوقون.")


def test_protest_site_is_no_medium(event_sides):
    codes = [c for c, _, _ in event_sides("وتجمع آلاف المتظاهرين في موقع المظاهرة في ساحة التحرير وسط بغداد.")]
    assert codes and all(c.startswith("14") for c in codes)


def test_sides_grouped_by_min_jiha(event_sides):
    sides = event_sides("وفي محافظة إب تحتدم المواجهات بين الحوثيين وحلفائهم الموالين للرئيس السابق علي عبدالله صالح "
                        "من جهة، وقوات المقاومة الشعبية من جهة أخرى.")
    assert ("190", "org.houthis", "org.popular-resistance-yemen") in sides


def test_makkah_municipality_is_no_yemeni_province(event_sides):
    sides = event_sides("وأبرمت أمانة العاصمة المقدسة عقد مشروع تحسين المداخل بمكة المكرمة.")
    assert sides and all(source == "org.makkah-municipality" for _, source, _ in sides)


def test_plural_pronoun_masdar_is_the_groups(event_sides):
    sides = event_sides("بدأ رئيس اللجنة الدولية للصليب الأحمر زيارة إلى اليمن لتقييم الوضع المتدهور جراء ممارسات "
                        "المليشيات الحوثية بحق المدنيين وفرضهم الحصار على بعض المناطق.")
    assert [s for s in sides if s[0] == "191"] and all(s[1] == "org.houthis" for s in sides if s[0] == "191")


def test_the_causes_doer_is_no_victim(event_sides):
    sides = event_sides("أعلنت وزارة الداخلية المصرية في بيان أمس عن مقتل شرطي وإصابة 3 آخرين إثر إطلاق مسلحين "
                        "مجهولين النار على سيارة كانت تنقل سجينين مفرج عنهما من محافظة الوادي الجديد إلى العاصمة القاهرة.")
    assert sides and not [s for s in sides if s[2] == "UAF"]


@pytest.mark.parametrize("text", [
    "وقالت الصحيفة إن إيران قد قطعت شوطا طويلا في طريقها نحو دخول النادي النووي.",
    "والتحالف الجديد يستثني بشكل يدعو إلى الريبة طهران.",
    "وهذا يدل على أن حزب الله شن حربا اقتصادية على أهالي عرسال.",
])
def test_idioms_code_nothing(event_sides, text):
    assert not event_sides(text)


def test_a_real_war_is_still_waged(event_sides):
    assert [c for c, _, _ in event_sides("وشن الجيش المصري حربا على الإرهابيين في سيناء.")] == ["190"]


def test_kana_opens_on_its_subject(event_sides):
    sides = event_sides("وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من المدينة.")
    assert sides and sides[0][0] == "020" and sides[0][1] != "IRQCVL"


def test_kana_with_an_unnamed_subject_lends_it_to_nobody(event_sides):
    text = "وأكد الرئيس اليمني أن الحوثيين يحاصرون تعز. وكانت الفصائل قد اعتقلت عشرات الحوثيين."
    assert not [s for s in event_sides(text) if s[0] == "173" and s[1] == "org.houthis"]


def test_in_return_for_is_no_meeting(event_sides):
    text = ("وأكد البنتاغون مقتل القيادي في تنظيم القاعدة محسن الفضلي في سوريا. كما كانت وزارة الخارجية الأميركية رصدت مكافأة قدرها 7 ملايين دولار لقاء أي معلومات يمكن أن تقود إلى "
            "القبض على الفضلي أو مقتله.")
    assert not [s for s in event_sides(text) if s[0].startswith("04")]


def test_an_unnamed_noun_opening_the_clause_is_the_subject(event_sides):
    sides = event_sides("وحذر الشبلي عملاء إيران ومن يعبثون ويخربون في اسمها من عاقبة المساس بأمن البلاد العربية، فجميع "
                        "الأدلة تدين تدخل إيران وعملائها من أجل إثارة الفتنة بين المكونات العربية.", published="2015-08-01")
    assert not [s for s in sides if s[0].startswith("11") and s[1] == "gpe.IRN"]


def test_an_adverb_with_the_article_is_no_subject(event_sides):
    sides = event_sides("وقال وزير الثقافة المصري: بالفعل تم الاتفاق مع وزارة الأوقاف المصرية على سبعة مشاريع.")
    assert [s for s in sides if s[0] == "057"]



def test_a_murder_case_is_no_armed_attack(event_sides):
    assert not event_sides("وقالت الشرطة الروسية إن لديها أدلة تربط المشتبه بها بإحدى عشرة جريمة قتل مروعة على الأقل.")


def test_a_murder_with_a_named_doer_stays(event_sides):
    sides = event_sides("وتواصل الشرطة التحقيق في جريمة قتل الطفل الفلسطيني على يد المستوطنين.")
    assert ("190", "ISRCVL", "PSECVL") in sides


def test_an_unnamed_official_after_the_verb_is_not_the_victim(event_sides):
    sides = event_sides("وأدان الوزير جريمة قتل الطفل الفلسطيني على يد المستوطنين.")
    assert not [s for s in sides if s[0].startswith("11") and s[1] == "PSECVL"]


def test_an_office_before_a_name_is_no_stop(event_sides):
    sides = event_sides("وقال وزير الخارجية المصري سامح شكري إن مصر تدعم الحل السياسي. وأدان الوزير الهجوم على "
                        "السفارة المصرية في طرابلس.")
    assert ("111", "per.sameh-shoukry") in [s[:2] for s in sides]


def test_a_reply_by_shelling_is_the_repliers(event_sides):
    sides = event_sides("وردّ الحوثيون على هجمات المقاومة بقصف أحياء في تعز، مما أدى إلى اشتعال النيران في إحدى "
                        "المؤسسات التجارية.")
    assert ("190", "org.houthis", None) in sides


def test_who_fights_alongside_is_no_target(event_sides):
    assert not event_sides("وتقول وزارة الخارجية الأمريكية إن الفضلي قاتل إلى جانب حركة طالبان وتنظيم القاعدة في باكستان.")
    sides = event_sides("وقاتل الجيش العراقي إلى جانب قوات الحشد الشعبي ضد تنظيم داعش.")
    assert sides == [("190", "org.iraq-army", "org.isis")]
    sides = event_sides("وقصف الجيش السوري مواقع المعارضة إلى جانب الطيران الروسي.")
    assert not [s for s in sides if s[2] == "RUSMIL"]


def test_a_foiled_plot_is_no_fight(event_sides):
    sides = event_sides("وصدر حكم بالسجن ضد شخص آخر ورد اسمه في ملف يتعلق بالتخطيط لهجوم إرهابي في مدينة فيرفييه "
                        "شرق بلجيكا، وأحبطته الشرطة البلجيكية.")
    assert not [s for s in sides if s[0] == "190"]


def test_corruption_cases_are_no_investigation(event_sides):
    assert not event_sides("وتضمن الأمر السامي الكشف عن قضايا الفساد بعد أن يثبت القضاء العناصر المكونة للفعل الجنائي.")


@pytest.mark.parametrize("text", [
    "الرواية هي الوسيلة الوحيدة لأن تجرد الوجود الإنساني في كل مظاهره.",
    "ويعد ذلك تطبيقا لمبدأ الشفافية ومكافحة الفساد بشتى صوره ومظاهره وأساليبه، وفقا للاستراتيجية.",
])
def test_its_manifestations_are_no_demonstration(event_sides, text):
    assert not event_sides(text)


def test_a_demonstration_written_with_ha_stays(event_sides):
    assert [c for c, _, _ in event_sides("وشارك الآلاف في مظاهره ضد الحكومة في بغداد.")] == ["141"]


def test_a_goal_scorer_is_no_killer(event_sides):
    assert not event_sides("كما حقق ليستر سيتي فوزا كبيرا على ضيفه سندرلاند بأربعة اهداف لجيمي فاردي (11) والجزائري "
                           "رياض محرز (18 و25 من ركلة جزاء).")


def test_an_attack_named_in_a_sports_report_stays(event_sides):
    sides = event_sides("قتل لاعب كرة قدم في هجوم لتنظيم داعش بعد مباراة في الدوري العراقي.")
    assert ("190", "org.isis", None) in sides


def test_if_you_want_is_no_shooting(event_sides):
    assert not event_sides("إذا أردت نسف وتقويض أي نظام أو قانون فاجعله في مواجهة مع الاستثناءات.")


def test_a_horrific_accident_is_no_attack(event_sides):
    assert not event_sides("لقي شاب مصرعه فيما أصيب مرافقه بإصابة بالغة إثر حادث مروع وقع على الطريق الدائري بتبوك.")


def test_an_unnamed_definite_subject_is_not_the_object(event_sides):
    sides = event_sides("ودعت الجامعة المواطنين ممن تتوفر فيهم الشروط إلى تسجيل بياناتهم.")
    assert not [s for s in sides if s[1] == "CVL"]


def test_object_first_with_an_indefinite_subject(event_sides):
    sides = event_sides("وقاطعت الاقتراع أحزاب معارضة بينها التجمع من أجل الثقافة والديمقراطية وجبهة القوى الاشتراكية.",
                        published="2024-09-08")
    assert sides and sides[0][0] == "143"


def test_owing_is_no_condemnation(event_sides):
    assert not event_sides("اليونان الحديثة تدين باستقلالها جزئياً للدعم البريطاني.")


def test_keenness_at_home_is_no_intent(event_sides):
    assert not event_sides("وأكد أمين العاصمة المقدسة أن الأمانة حريصة على تطوير الخدمات المختلفة للأهالي.")
    assert not event_sides("ووزارة الداخلية إذ تعلن عن ذلك لتؤكد للجميع حرص حكومة خادم الحرمين الشريفين على استتباب "
                           "الأمن.")


def test_keenness_toward_another_side_stays(event_sides):
    assert ("030", "gpe.CHN", "gpe.SAU") in event_sides("وأكدت الصين حرصها على تعزيز التعاون مع السعودية.")


def test_civilians_after_la_are_hit_not_hitting(event_sides):
    sides = event_sides("وكشفت العملية عن جرائم التمرد المسلح والتي شملت القصف العشوائي للمدنيين وللأعيان المدنية "
                        "في عدن، والاعتقال التعسفي للسكان.")
    assert not [s for s in sides if s[1] and s[1].endswith("CVL")]


def test_hosted_games_are_no_visit(event_sides):
    assert not event_sides("ستضاعف ريو دي جانيرو البرازيلية عدد أفراد الأمن في دورة الألعاب الأولمبية مقارنة بالدورة "
                           "الأخيرة التي استضافتها لندن في 2012.")


def test_files_discussed_stay_a_discussion(event_sides):
    sides = event_sides("وكشفت أوساط روسية تفاصيل الملفات التي بحثها وزير الدفاع العراقي خالد العبيدي في موسكو.",
                        published="2015-08-01")
    assert [s for s in sides if s[0].startswith("04")]


def test_a_joined_blame_keeps_the_first_subject(event_sides):
    sides = event_sides("دانت الحكومة الاردنية بشدة في بيان امس مقتل طفل فلسطيني في حريق اضرمه مستوطنون بمنزل في "
                        "الضفة الغربية المحتلة، وحملت إسرائيل المسؤولية عن هذه الجريمة البشعة.")
    assert ("112", "JORGOV", "gpe.ISR") in sides


def test_a_blame_with_both_sides_in_its_gap(event_sides):
    sides = event_sides("وأدانت الخارجية المصرية الهجوم، وحمّلت القاهرة الحكومة الإسرائيلية المسؤولية الكاملة.")
    assert ("112", "gpe.cairo", "ISRGOV") in sides


def test_allies_grouped_by_min_jiha_never_fight_each_other(event_sides):
    sides = event_sides("وتواصلت الاشتباكات بين قوات النظام السوري وحزب الله اللبناني من جهة والفصائل المقاتلة من جهة "
                        "أخرى في مدينة الزبداني.")
    assert not [s for s in sides if s[2] == "org.hezbollah"]


def test_a_town_neither_raids_nor_burns(event_sides):
    sides = event_sides("وكان عباس يشير إلى عصابات تدفيع الثمن اليهودية التي هاجمت قرية دوما وأحرقت المنزل.")
    assert not [s for s in sides if s[0].startswith("17")]
    sides = event_sides("ووفقاً لمصادر الجزيرة اعتقلت قوات الاحتلال الإسرائيلي، فجراً فتيين فلسطينيين من بلدة بني نعيم "
                        "وطفلاً من مدينة الخليل عقب مداهمة منازل ذويهم وتفتيشها.")
    assert not [s for s in sides if s[1] == "gpe.hebron"]


@pytest.mark.parametrize("text", [
    "ضرب إعصار الساحل الشرقي للصين اليوم الأحد، مما أسفر عن مقتل تسعة أشخاص.",
    "وشهد المؤرخ بركان فيزوف الذي حدث في عام 79 والذي قتل فيه عمه.",
])
def test_disasters_are_no_attacks(event_sides, text):
    assert not event_sides(text)


def test_wanting_is_no_shooting_but_shot_dead_is(event_sides):
    assert not event_sides("إما لأنني أردت العمل مع مخرج معين وإما لأنني أحببت الفكرة.")
    assert [c for c, _, _ in event_sides("وأردت قوات الأمن المصرية مسلحا قتيلا في العريش.")] == ["190"]


def test_a_pronoun_on_force_is_the_armed_group_before_it(event_sides):
    sides = event_sides("وقالت المصادر الأمنية إن التفجير الذي تبناه التنظيم من أكثر التفجيرات دموية لتنظيم داعش منذ "
                        "هجومه الكاسح في شمال العراق وغربه في حزيران الماضي.", published="2015-07-23")
    assert [s for s in sides if s[0] == "190"] and all(s[1] == "org.isis" for s in sides if s[0] == "190")
