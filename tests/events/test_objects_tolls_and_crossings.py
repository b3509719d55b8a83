"""Objects after a manner adverb, the toll an attack led to, its doer on a craft, crossings foiled,
gatherings of their own members and plural verbs. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_a_manner_adverb_opens_no_cue_phrase(event_sides) -> None:
    # بشدة is "strongly", not ب introducing the target: the person whose statements are criticised is
    # the target, not the man the rest of the article names most
    events = event_sides("انتقد الوزير السعودي بشدة تصريحات نائب رئيس الجمهورية العراقية نوري المالكي. وقال إن حيدر "
                         "العبادي صديق وإن العبادي شريك وإن العبادي حليف.", "2015-07-23")
    assert ("111", "per.nouri-al-maliki") in [(c, t) for c, _, t in events], events


def test_people_caught_crossing_are_detained_not_fought(event_sides) -> None:
    events = event_sides("أحبطت قوات حرس الحدود الجزائرية محاولة تسلل 40 شخصا إلى الأراضي الليبية.", "2015-07-23")
    assert [c for c, _, _ in events] == ["173"], events


def test_fighters_infiltrating_are_still_repelled(event_sides) -> None:
    events = event_sides("صدت القوات السعودية محاولة تسلل لمسلحين حوثيين على الحدود.", "2015-07-23")
    assert all(c != "173" for c, _, _ in events), events


def test_a_gathering_of_its_own_members_is_not_the_pair_told_before(event_sides) -> None:
    events = event_sides("وكان الأمير محمد بن سلمان قد بحث مع الرئيس السيسي العلاقات بين البلدين. وأضاف أن المباحثات "
                         "بين الجانبين ستنعكس على الاجتماع المقبل لوزراء الخارجية العرب.", "2015-07-23")
    assert [c for c, _, _ in events if c.startswith("04")] == ["046"], events


def test_a_plural_imperfect_takes_no_subject_after_it(event_sides) -> None:
    events = event_sides("وقال الجيش إن المسلحين كانوا يستهدفون الجنود العراقيين في المنطقة.", "2015-07-23")
    assert events and all(s != "IRQMIL" for _, s, _ in events), events
    assert any(t == "IRQMIL" for _, _, t in events), events


def test_a_son_named_with_his_fathers_full_name_is_not_the_father() -> None:
    doc = analyze("أكدت المصادر مقتل يحيى بدر الدين الحوثي في المعارك.", published="2015-08-01")
    assert all(m.entity_id != "per.badreddin-al-houthi" for m in doc.mentions), \
        [(m.text, m.entity_id) for m in doc.mentions]


def test_a_title_opens_a_new_name_after_a_given_name() -> None:
    doc = analyze("عين مجلس الشورى النائب السابق للملا عمر الملا أختر محمد منصور أميرا جديدا.",
                  published="2015-08-01")
    assert any(m.entity_id == "per.akhtar-mansour" for m in doc.mentions), \
        [(m.text, m.entity_id) for m in doc.mentions]


def test_liquidating_fighters_is_killing_and_liquidating_a_company_is_not(event_sides) -> None:
    events = event_sides("وتمكنت المقاومة الشعبية من تصفية عدد من مسلحي الحوثي في تعز.", "2015-08-01")
    assert ("190", "org.popular-resistance-yemen", "org.houthis") in events or \
        any(c == "190" and t == "org.houthis" for c, _, t in events), events
    assert event_sides("وقررت الجمعية العمومية تصفية الشركة وتوزيع أصولها.", "2015-08-01") == []


def test_a_craft_with_a_nationality_after_the_agent_verb_is_that_states_force(event_sides) -> None:
    events = event_sides("أدت غارة شنتها طائرة أميركية بدون طيار في محافظة مأرب إلى مقتل ثلاثة مسلحين.", "2015-08-01")
    assert [(c, s) for c, s, _ in events] == [("195", "USAMIL")], events


def test_the_toll_an_attack_led_to_names_whom_it_hit(event_sides) -> None:
    events = event_sides("وأسفر القصف الإسرائيلي على البلدة عن مقتل ثلاثة من عناصر حزب الله.", "2015-08-01")
    assert any(s == "ISRMIL" and t == "org.hezbollah" for _, s, t in events), events


def test_kidnapped_fighters_are_not_the_places_civilians(event_sides) -> None:
    events = event_sides("وخطفت «جبهة النصرة» ثمانية عناصر من «الفرقة 30» في ريف حلب.", "2015-08-01")
    assert events and all(t is None or not t.endswith("CVL") for _, _, t in events), events
    events = event_sides("وخطف مسلحون ثلاثة مواطنين في بنغازي.", "2015-08-01")
    assert any(t == "LBYCVL" for _, _, t in events), events


def test_vendors_of_a_nation_are_its_people(event_sides) -> None:
    events = event_sides("التقى الرئيس الفرنسي اثنين من الباعة الروس في موسكو.", "2015-08-01")
    assert any(c == "040" and t == "RUSCVL" for c, _, t in events), events


def test_the_toll_names_a_person_over_the_country_the_strike_was_over(event_sides) -> None:
    events = event_sides("وأكد البنتاغون أن غارة جوية للتحالف الدولي فوق سورية أدت الأسبوع الماضي إلى مقتل محسن الفضلي.", "2015-07-23")
    assert any(c.startswith("19") and t == "per.muhsin-al-fadhli" for c, _, t in events), events


def test_what_only_may_lead_to_an_arrest_is_no_arrest(event_sides) -> None:
    events = event_sides("وعرضت الحكومة مكافأة مالية لأي معلومات يمكن أن تقود إلى القبض على المطلوبين.", "2015-07-23")
    assert all(c != "173" for c, _, _ in events), events


def test_an_unnamed_envoy_is_his_senders_government_not_the_sender(event_sides) -> None:
    events = event_sides("ونوه الرئيس السيسي خلال استقباله المبعوث الخاص لرئيس الصين إلى حرص مصر على العلاقات.",
                         "2015-08-09")
    assert ("043", "per.abdel-fattah-el-sisi", "CHNGOV") in events, events
    events = event_sides("استقبل الملك سلمان المبعوث الشخصي للأمين العام للأمم المتحدة.", "2015-08-09")
    assert [(c, t) for c, _, t in events] == [("043", "IGOUNO")], events


def test_a_named_envoy_is_still_the_person(event_sides) -> None:
    events = event_sides("التقى وزير الخارجية السعودي مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا.", "2015-08-09")
    assert any(t == "per.staffan-de-mistura" for _, _, t in events), events


def test_a_time_between_the_hosting_noun_and_the_guest_keeps_the_host(event_sides) -> None:
    events = event_sides("ونوه الرئيس السيسي خلال استقباله أمس السبت وزير الخارجية الصيني وانغ يي إلى حرص مصر على "
                         "العلاقات.", "2015-08-09")
    assert ("043", "per.abdel-fattah-el-sisi", "per.wang-yi") in events, events


def test_an_upcoming_visit_or_talks_are_future() -> None:
    doc = analyze("وأصدرت وزارة الخارجية الروسية بيانا عن المباحثات المرتقبة بين سيرغي لافروف وعادل الجبير.",
                  published="2015-08-09")
    assert [e.modality for e in doc.events if e.cameo_code == "046"] == ["future"], doc.events


def test_an_honorific_reaches_past_the_office_to_the_name() -> None:
    text = ("وقال معالي وزير الخارجية المصري سامح شكري إن العلاقات متينة.\nفيما أكد معالي وزير الخارجية الأستاذ "
            "عادل الجبير أن مصر شريك.\nوأردف معاليه قائلا: نرحب بأي اتفاقية تضمن الأمن.")
    doc = analyze(text, published="2015-07-23")
    welcome = [e for e in doc.events if e.cameo_code.startswith("05")]
    assert welcome and welcome[0].source.entity_id == "per.adel-al-jubeir", doc.events


def test_counted_members_killed_with_no_object_are_the_victims(event_sides) -> None:
    events = event_sides("واكد البيان ان 488 عنصرا من منتسبي قوات الامن العراقية قتلوا خلال شهر يوليو.", "2015-08-01")
    assert ("190", "UAF", "org.iraq-security-forces") in events, events


def test_the_two_ends_of_a_road_are_no_sides(event_sides) -> None:
    events = event_sides("بدأت فصائل أخرى بخوض مواجهات في وسط مدينة دمت القريبة من الخط الرابط بين تعز وصنعاء.",
                         "2015-08-01")
    assert all(t not in {"gpe.sanaa", "YEMGOV"} for _, _, t in events), events


def test_vehicles_of_a_group_and_the_innocent_are_what_was_hit(event_sides) -> None:
    events = event_sides("دمرت قبائل بصنعاء مدرعتين لميليشيات الحوثي في مواجهات.", "2015-08-01")
    assert any(t == "org.houthis" for _, _, t in events), events
    events = event_sides("أبلغت مصادر محلية أن الاعتداءات الحوثية على الأبرياء مستمرة في تعز.", "2015-08-01")
    assert any(t == "YEMCVL" for _, _, t in events), events


def test_a_column_of_a_group_after_the_light_verb_does_the_act(event_sides) -> None:
    events = event_sides("قام رتل من تنظيم داعش بالهجوم على نقطة للجيش العراقي.", "2015-08-01")
    assert ("190", "org.isis", "IRQMIL") in events or any(s == "org.isis" for _, s, _ in events), events
    events = event_sides("قام رتل من الدواعش بالهجوم على بوابة أمنية.", "2015-08-01")
    assert any(s == "org.isis" for _, s, _ in events), events


def test_positions_with_a_nationality_belong_to_it_not_to_the_town_they_are_in(event_sides) -> None:
    events = event_sides("أعلنت كتائب القسام استهداف مواقع إسرائيلية في خان يونس.", "2015-08-01")
    assert any(t == "ISRMIL" for _, _, t in events), events


def test_a_weapon_after_an_attack_is_its_means_not_a_second_attack(event_sides) -> None:
    events = event_sides("قتل 12 مدنيا في قصف لطيران النظام السوري بالبراميل المتفجرة على قرية في ريف حلب.", "2015-07-23")
    assert [c for c, _, _ in events if c.startswith(("18", "19"))] == ["195"], events
    assert all(s != "UAF" for _, s, _ in events), events


def test_one_soldier_with_a_nationality_is_no_state() -> None:
    doc = analyze("وقالت القناة إن جنديا تركيا قتل اليوم برصاص أطلق من الجانب السوري.", published="2015-07-23")
    assert all(e.source is None or e.source.entity_id != "gpe.TUR" for e in doc.events), doc.events


def test_a_conjoined_armed_subject_is_named_by_its_first_part_and_never_its_own_target(event_sides) -> None:
    events = event_sides("جددت أمس العصابات الحوثية وميليشيات المخلوع صالح استهدافها للشريط الحدودي بجازان.", "2015-08-01")
    assert events and events[0][1] == "org.houthis" and events[0][2] != "YEMMIL", events


def test_a_death_put_down_to_what_someone_did_is_theirs(event_sides) -> None:
    events = event_sides("وأعلنت الأجهزة الأمنية ملاحقة المسؤولين بعد مقتل طفل فلسطيني إثر قيام مستوطنين متطرفين بإحراق "
                         "منزل في الضفة الغربية.", "2015-08-01")
    assert ("190", "ISRCVL", "PSECVL") in events, events


def test_a_plural_pronoun_on_a_meeting_noun_is_the_people_named_before(event_sides) -> None:
    events = event_sides("وكانت إيران قد عقدت اتفاقيات مع الوكالة الدولية للطاقة الذرية، الأمر الذي أثار اعتراضا بين نواب "
                         "الكونجرس الأميركي، في مقابلتهم مع رئيس الوكالة، يوكيا أمانو.", "2015-08-09")
    assert any(c == "040" and s == "USALEG" for c, s, _ in events), events


def test_a_clause_opening_on_its_own_place_is_placed_there() -> None:
    doc = analyze("وهذه الجولة ستستمر حتى الثامن من أغسطس تشمل محطات عدة في جنوب شرق آسيا، وفي مصر سيلتقي كيري الأحد "
                  "مع نظيره المصري سامح شكري.", published="2015-08-01")
    meets = [e for e in doc.events if e.cameo_code == "040"]
    assert meets and meets[0].place is not None and meets[0].place.country_iso3 == "EGY", doc.events


def test_people_counted_with_min_are_the_arrested(event_sides) -> None:
    events = event_sides("اعتصم عدد من المعلمين الإيرانيين أمام البرلمان الإيراني في طهران. وتم اعتقال نحو 100 من المعلمين "
                         "المجتمعين بعد تعرضهم لمداهمة شنتها قوات الأمن.", "2015-07-23")
    assert ("173", "IRNCOP", "IRNCVL") in events, events


def test_the_owner_of_positions_a_pattern_ends_on_is_never_the_striker(event_sides) -> None:
    events = event_sides("وكانت طائرات سلاح الجو الأميركي تقلع من قواعد أبعد لضرب مواقع لتنظيم داعش.", "2015-08-09")
    assert all(s != "org.isis" for _, s, _ in events), events


def test_crowds_with_no_place_belong_to_the_one_country_the_sentence_names(event_sides) -> None:
    events = event_sides("اعلن رئيس الوزراء العراقي حيدر العبادي الاحد عن اصلاحات جديدة ردا على احتجاجات ضد الفساد.",
                         "2015-08-09")
    assert ("141", "IRQCVL", "IRQGOV") in events, events


def test_a_bombing_of_a_military_site_hits_no_civilians(event_sides) -> None:
    events = event_sides("وقال المرصد إن انتحاريا من تنظيم داعش فجر نفسه في موقع عسكري تابع لجماعة منافسة بريف حلب.",
                         "2015-08-09")
    assert events and all(t is None or not t.endswith("CVL") for _, _, t in events), events
    events = event_sides("فجر انتحاري نفسه في سوق شعبي في بغداد.", "2015-08-09")
    assert any(t == "IRQCVL" for _, _, t in events), events


def test_condemning_an_attack_nobody_claims_guesses_no_side(event_sides) -> None:
    events = event_sides("أدانت الرئاسة الفلسطينية بشدة التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في منطقة عسير. ونقل "
                         "الملك سلمان تعازيه. وقال الملك سلمان إن المملكة قوية.", "2015-08-09")
    assert [(c, t) for c, _, t in events if c == "111"] == [("111", None)], events


def test_a_blaming_participle_shares_the_clauses_subject(event_sides) -> None:
    events = event_sides("وعبر وزير الخارجية عادل الجبير عن استنكار المملكة الشديد هذا العمل الهمجي محملاً سلطات الاحتلال "
                         "الإسرائيلية المسؤولية عن هذا العمل الاجرامي.", "2015-08-01")
    blame = [(s, t) for c, s, t in events if c == "112"]
    assert blame and blame[0][1] == "org.israel-government" and blame[0][0] in {"gpe.SAU", "per.adel-al-jubeir"}, events


def test_a_protocol_subject_meets_the_guest_named_after_a_long_gap(event_sides) -> None:
    events = event_sides("عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس "
                         "الوزراء وزير الدفاع في مكتبه بجدة أمس، اجتماعا ثنائيا مع وزير الدفاع الأمريكي اشتون كارتر.", "2015-07-23")
    assert ("040", "per.mohammed-bin-salman", "per.ash-carter") in events, events


def test_talks_told_both_ways_round_are_one_event_with_the_first_named_side_as_source(event_sides) -> None:
    events = event_sides("عقد الأمير محمد بن سلمان ووزير الدفاع الأمريكي اجتماعا موسعا بحثا خلاله أوجه التعاون بين البلدين، "
                         "بالإضافة إلى بحث تطورات الأوضاع في المنطقة.", "2015-07-23")
    talks = [(s, t) for c, s, t in events if c == "046"]
    assert talks == [("per.mohammed-bin-salman", "per.ash-carter")], events


def test_whom_one_surrenders_to_is_not_who_surrenders(event_sides) -> None:
    events = event_sides("كما دفعت شدة القصف عشرات المتمردين إلى الاستسلام لعناصر المقاومة الشعبية.", "2015-08-09")
    assert all(not (c.startswith("08") and s == "org.popular-resistance-yemen") for c, s, _ in events), events


def test_residential_quarters_shelled_are_civilians(event_sides) -> None:
    events = event_sides("وقصفت ميليشيات الحوثي الأحياء السكنية في تعز.", "2015-08-01")
    assert ("190", "org.houthis", "YEMCVL") in events, events


def test_taking_hostages_is_abduction_not_detention(event_sides) -> None:
    events = event_sides("واحتجز مسلحون رهائن في فندق بمدينة سيفاري في مالي.", "2015-08-09")
    assert [c for c, _, _ in events] == ["181"], events
