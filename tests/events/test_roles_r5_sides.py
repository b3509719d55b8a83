"""Round-five role shapes, on sentences written for these tests: who is the source and who the target
when the doer or the victim is not where a verb's subject or object would be — the second side of
"بين X … مع Y", the dead of a killing rather than the place an attack struck, the subject of a light
or "managing" verb, an attack retold without its doer, the group a sentence holds responsible, the act
a passive killing happened in, the doer of a fronted attack, and the enemy of a side fighting in a
relative clause or "in the clashes"."""

from eventdocs import code_events, event_sides

ISIS = {"id": "isis", "type": "ORG", "en": "Islamic State", "code": "IMGMOSREB", "forms": ["تنظيم داعش"]}
PESH = {"id": "pesh", "type": "ORG", "en": "Peshmerga", "iso3": "IRQ", "code": "IRQMIL", "forms": ["البيشمركة"]}
IRQ_ARMY = {"id": "iraqarmy", "type": "ORG", "en": "Iraqi Army", "iso3": "IRQ", "code": "IRQMIL",
            "forms": ["الجيش العراقي"]}
SYR_ARMY = {"id": "syrarmy", "type": "ORG", "en": "Syrian Army", "iso3": "SYR", "code": "SYRMIL",
            "forms": ["الجيش السوري"]}
COALITION = {"id": "coalition", "type": "ORG", "en": "Global Coalition", "code": "IGOCOA",
             "forms": ["التحالف الدولي"]}
USA = {"id": "usa", "type": "GPE", "en": "United States", "iso3": "USA", "code": "USA", "forms": ["واشنطن"]}
TURKEY = {"id": "turkey", "type": "GPE", "en": "Turkey", "iso3": "TUR", "code": "TUR", "forms": ["تركيا"]}
TUR_GOV = {"id": "turgov", "type": "ORG", "en": "Government of Turkey", "iso3": "TUR", "code": "TURGOV",
           "forms": ["الحكومة التركية"]}
HASAKA = {"id": "hasaka", "type": "GPE", "en": "Al-Hasakah", "iso3": "SYR", "code": "SYR", "forms": ["الحسكة"]}
MOSUL = {"id": "mosul", "type": "GPE", "en": "Mosul", "iso3": "IRQ", "code": "IRQ", "forms": ["الموصل"]}
DIYALA = {"id": "diyala", "type": "GPE", "en": "Diyala", "iso3": "IRQ", "code": "IRQ", "forms": ["ديالى"]}
GAO = {"id": "gao", "type": "GPE", "en": "Gao", "iso3": "MLI", "code": "MLI", "forms": ["غاو"]}
MALI = {"id": "mali", "type": "GPE", "en": "Mali", "iso3": "MLI", "code": "MLI", "forms": ["مالي"]}
HOUTHIS = {"id": "houthis", "type": "ORG", "en": "Houthis", "iso3": "YEM", "code": "YEMREB", "forms": ["الحوثيين"]}
YEM_ARMY = {"id": "yemarmy", "type": "ORG", "en": "Yemeni Army", "iso3": "YEM", "code": "YEMMIL",
            "forms": ["الجيش اليمني"]}
MARIB = {"id": "marib", "type": "GPE", "en": "Marib", "iso3": "YEM", "code": "YEM", "forms": ["مأرب"]}

_ALL = (ISIS, PESH, IRQ_ARMY, SYR_ARMY, COALITION, USA, TURKEY, TUR_GOV, HASAKA, MOSUL, DIYALA, GAO, MALI,
        HOUTHIS, YEM_ARMY, MARIB)


def _sides(doc, level="cameo_root"):
    return event_sides(doc, _ALL, level)


def test_the_second_side_of_between_may_be_written_with_ma():
    doc = code_events("واندلع قتال بين أبناء العشائر في ريف الموصل مع عدد من عناصر تنظيم داعش أمس.", [ISIS, MOSUL])
    fights = [s for s in _sides(doc) if s[0] == "19"]
    assert fights and fights[0][2] == "isis"
    assert fights[0][1] == "IRQCVL"


def test_the_border_with_a_country_is_not_the_second_side_of_between():
    doc = code_events("واندلع قتال بين البيشمركة قرب الحدود مع تركيا وتنظيم داعش.", [PESH, TURKEY, ISIS])
    assert ("19", "pesh", "turkey") not in _sides(doc)


def test_the_dead_named_before_an_attack_are_its_target_rather_than_the_place_it_struck():
    doc = code_events("وأفاد ناشطون بمقتل 9 مدنيين في قصف الجيش السوري أحياء الحسكة صباح اليوم.",
                      [SYR_ARMY, HASAKA])
    shelling = [s for s in _sides(doc) if s[1] == "syrarmy"]
    assert shelling and all(s[2] == "SYRCVL" for s in shelling)


def test_the_subject_of_a_light_verb_trains_the_forces_named_after_the_noun():
    doc = code_events("وتقود واشنطن منذ عام حملة جوية، كما تقوم دول التحالف الدولي بتدريب قوات الجيش العراقي.",
                      [USA, COALITION, IRQ_ARMY])
    training = [s for s in _sides(doc, "cameo_code") if s[0] == "062"]
    assert training == [("062", "coalition", "iraqarmy")]


def test_the_subject_of_managed_to_does_the_verbal_noun_after_a_parenthetical():
    doc = code_events("وتمكن الجيش العراقي، بدعم من طائرات التحالف الدولي ومقاتلي العشائر في المنطقة الشرقية، "
                      "من استعادة السيطرة على بلدات في ديالى كانت في يد تنظيم داعش.",
                      [IRQ_ARMY, COALITION, DIYALA, ISIS])
    assert ("19", "iraqarmy", "isis") in _sides(doc)


def test_an_adverb_after_a_split_control_pattern_is_no_counted_subject():
    doc = code_events("وتمكن الجيش اليمني من السيطرة أولا على مواقع الحوثيين في مأرب.", [YEM_ARMY, HOUTHIS, MARIB])
    assert ("19", "yemarmy", "houthis") in _sides(doc)


def test_a_suicide_bombing_retold_without_its_bomber_keeps_the_bomber_told_first():
    doc = code_events("وفجر انتحاري من تنظيم داعش نفسه في سوق بمدينة الموصل. وقال شاهد إن المهاجم فجر نفسه "
                      "قرب مدخل السوق.", [ISIS, MOSUL])
    retold = [e for e in doc.events if any(t.text == "فجر نفسه" for t in e.tellings)]
    assert retold and retold[0].source.canonical_en == "Islamic State"


def test_air_strikes_retold_without_a_doer_are_the_strikes_the_article_attributed():
    doc = code_events("وشنت طائرات التحالف الدولي غارات على مواقع تنظيم داعش في الموصل. وقتل 20 مسلحا بغارات "
                      "استهدفت مواقع تنظيم داعش غرب الموصل.", [COALITION, ISIS, MOSUL])
    second = [e for e in doc.events if any(t.start > doc.text.index("وقتل") for t in (e.tellings or [e.trigger]))]
    assert second, "the retold strikes are told"
    assert all(e.source is not None and e.source.canonical_en == "Global Coalition" for e in second
               if e.cameo_root == "19")


def test_a_bombing_with_an_unnamed_bomber_is_by_the_group_the_sentence_holds_responsible():
    doc = code_events("وجاءت الغارات بعد تفجير انتحاري استهدف مدينة الحسكة، وحملت الحكومة التركية مسلحي "
                      "تنظيم داعش مسؤوليته.", [HASAKA, TUR_GOV, ISIS])
    bombing = [s for s in _sides(doc, "cameo_code") if s[0] == "1831"]
    assert bombing and bombing[0][1] == "isis"


def test_a_group_claiming_an_attack_in_the_sentence_is_its_doer():
    doc = code_events("قتل خمسة جنود في تفجير انتحاري استهدف حاجزا في ديالى، وتبنى تنظيم داعش الهجوم.",
                      [DIYALA, ISIS])
    assert any(s[1] == "isis" for s in _sides(doc) if s[0] == "18")


def test_the_operation_a_passive_killing_happened_in_is_an_act_by_unidentified_attackers():
    doc = code_events("قتل 8 أشخاص في عملية احتجاز رهائن في فندق بمدينة غاو شمال مالي.", [GAO, MALI])
    hostage = [e for e in doc.events if e.cameo_root == "18"]
    assert hostage and hostage[0].source.actor_code == "UAF"
    assert hostage[0].target is not None and hostage[0].target.country_iso3 == "MLI"


def test_a_tally_over_several_attacks_is_no_single_act():
    doc = code_events("وقتل 30 شخصا خلال الشهر الماضي في هجمات انتحارية في شمال مالي.", [MALI])
    assert not any(e.source is not None and e.source.actor_code == "UAF" and e.cameo_root == "18"
                   for e in doc.events)


def test_a_fronted_attack_whose_agent_verb_names_nobody_is_by_the_main_clause_subject():
    doc = code_events("وسيطر الجيش اليمني على مواقع الحوثيين في مأرب. وأوضحت المصادر العسكرية أنه إثر هجوم شنه من "
                      "الجنوب، وبدعم من طيران التحالف الدولي، تمكن الجيش اليمني من دخول المدينة.",
                      [YEM_ARMY, HOUTHIS, MARIB, COALITION])
    attack = [e for e in doc.events if e.trigger.text == "هجوم"]
    assert attack and attack[0].source.canonical_en == "Yemeni Army"
    assert attack[0].target is not None and attack[0].target.canonical_en == "Houthis"


def test_a_force_fighting_in_a_relative_clause_fights_the_side_it_fought_before():
    doc = code_events("وسيطر الجيش اليمني على مواقع الحوثيين في مأرب. وباتت قوات الجيش اليمني التي تقاتل بأسلحة "
                      "حديثة تسيطر على معظم المحافظة.", [YEM_ARMY, HOUTHIS, MARIB])
    fights = [s for s in _sides(doc, "cameo_code") if s[0] == "190"]
    assert fights and all(s[2] == "houthis" for s in fights)


def test_a_side_making_progress_in_the_clashes_fights_its_enemy():
    doc = code_events("وسيطر الجيش اليمني على مواقع الحوثيين في مأرب. وأبدى الجيش اليمني صمودا في المواجهات "
                      "التي جرت غرب المدينة.", [YEM_ARMY, HOUTHIS, MARIB])
    fights = [s for s in _sides(doc, "cameo_code") if s[0] == "190"]
    assert ("190", "yemarmy", "houthis") in fights


def test_the_neighbour_after_the_border_with_is_not_what_an_attack_hit():
    doc = code_events("وقصفت البيشمركة مواقع تنظيم داعش أمس. وقتل جنديان في هجوم شنه تنظيم داعش قرب الحدود مع تركيا.",
                      [PESH, ISIS, TURKEY])
    assert not any(s[1] == "isis" and s[2] == "turkey" for s in _sides(doc))
    assert ("19", "isis", "pesh") in _sides(doc)


def test_what_was_sent_goes_to_whoever_it_is_said_to_have_reached():
    doc = code_events("وأكد المتحدث أن الأسلحة التي أرسلها التحالف الدولي الشهر الماضي «وصل معظمها إلى البيشمركة».",
                      [COALITION, PESH])
    sent = [s for s in _sides(doc) if s[0] in {"06", "07"}]
    assert sent and sent[0][1] == "coalition" and sent[0][2] == "pesh"


def test_a_denial_of_what_was_said_answers_the_one_who_said_it():
    doc = code_events("وقصف الجيش السوري مواقع في الحسكة، وأكد الجيش السوري أنه سيواصل القصف. ويقول الجيش العراقي إن "
                      "مدنيين يسقطون في غارات تركية، وهو ما تنفيه تركيا.", [SYR_ARMY, HASAKA, IRQ_ARMY, TURKEY])
    denial = [s for s in _sides(doc) if s[0] == "01"]
    assert denial and denial[0][1] == "turkey" and denial[0][2] == "iraqarmy"


def test_a_count_of_fighters_after_a_passive_killing_are_its_dead_not_its_killers():
    doc = code_events("وقتل 20 مسلحا بغارات استهدفت مواقع تنظيم داعش غرب الموصل.", [ISIS, MOSUL])
    assert not any(e.source is not None and e.source.span is not None and e.source.span.text == "مسلحا"
                   for e in doc.events)


def test_the_two_sides_as_an_object_are_the_sides_of_the_last_fight():
    doc = code_events("واندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في مأرب. ودعا التحالف الدولي الطرفين إلى "
                      "وقف القتال.", [YEM_ARMY, HOUTHIS, MARIB, COALITION])
    appeal = [s for s in _sides(doc) if s[0] == "02"]
    assert appeal and appeal[0][1] == "coalition" and appeal[0][2] in {"yemarmy", "houthis"}


def test_a_verb_describing_an_indefinite_resolution_is_done_by_whoever_adopted_it():
    doc = code_events("وتبنى التحالف الدولي في ختام اجتماعه بأغلبية الأعضاء قرارا يطالب تنظيم داعش بالانسحاب من الموصل.",
                      [COALITION, ISIS, MOSUL])
    demand = [s for s in _sides(doc) if s[0] == "10"]
    assert demand and demand[0][1] == "coalition" and demand[0][2] == "isis"


def test_an_invitation_told_as_the_circumstance_of_a_clause_invites_its_subject():
    doc = code_events("وقصف الجيش السوري مواقع في الحسكة، وأكد الجيش السوري أنه سيواصل القصف. ووصل قائد الجيش اليمني "
                      "إلى الموصل بدعوة من الجيش العراقي لبحث التعاون.", [SYR_ARMY, HASAKA, YEM_ARMY, IRQ_ARMY, MOSUL])
    invite = [s for s in _sides(doc, "cameo_code") if s[0] == "036"]
    assert invite and invite[0][1] == "iraqarmy" and invite[0][2] == "yemarmy"
