"""A chargé d'affaires summoned is his state, by verb or by noun, past a dating aside; a ministry's own
nationality adjective inside its name is not the next person's ("استدعت الخارجية الإيرانية السفير
البريطاني"); an unnamed ministry before a person is no title of his; القائم is a town only where a
place word says so; the adjective after a killing in construct is the victim's. Sentences written for
the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-13"


def _events(text: str, code: str) -> list:
    return [e for e in analyze(text, published=DATE).events if e.cameo_code == code]


def test_a_summoned_charge_daffaires_past_an_aside_is_his_state() -> None:
    [summons] = _events("استدعت وزارة الخارجية الإيرانية، اليوم الأحد، القائم بالأعمال البريطاني في طهران احتجاجا "
                        "على تصريحات وزير الخارجية البريطاني ديفيد لامي.", "160")
    assert summons.source.country_iso3 == "IRN"
    assert summons.target is not None and summons.target.actor_code == "GBRGOV"
    assert summons.target.entity_id != "per.david-lammy"


def test_a_summoned_charge_daffaires_told_as_a_noun() -> None:
    [summons] = _events("أعلنت الخارجية العراقية استدعاء القائم بالأعمال التركي لدى بغداد.", "160")
    assert summons.source.country_iso3 == "IRQ" and summons.target.actor_code == "TURGOV"


def test_an_unnamed_ministry_is_no_title_of_the_ambassador_after_it() -> None:
    [summons] = _events("استدعت الخارجية العراقية السفير التركي لدى بغداد.", "160")
    assert summons.source.country_iso3 == "IRQ" and summons.target.actor_code == "TURGOV"


def test_a_linked_ministrys_adjective_is_not_the_next_persons() -> None:
    [summons] = _events("استدعت الخارجية الإيرانية السفير البريطاني في طهران.", "160")
    assert summons.source.actor_code == "IRNGOV" and summons.target.actor_code == "GBRGOV"


def test_al_qaim_is_a_town_only_after_a_place_word() -> None:
    doc = analyze("استدعت الخارجية الإيرانية القائم بالأعمال البريطاني.", published=DATE)
    assert not [m for m in doc.mentions if m.entity_id == "gpe.al-qaim"]
    doc = analyze("سيطرت القوات العراقية على مدينة القائم غرب الأنبار.", published=DATE)
    assert [m for m in doc.mentions if m.entity_id == "gpe.al-qaim"]


def test_the_adjective_after_a_killing_in_construct_is_the_victims() -> None:
    events = _events("من جهته، لم يؤكد الجيش الإسرائيلي مقتل الفلسطيني، بل اكتفى بالإشارة إلى إصابته.", "190")
    assert not [e for e in events if (e.source.actor_code or "").startswith("PSE")
                or e.target is not None and e.target.actor_code == "PSEMIL"]


def test_an_adjective_after_a_definite_killing_is_its_doers() -> None:
    text = "وأكد المتحدث أن عمليات القتل الإسرائيلية اليومية للمواطنين هدفها ضرب الاستقرار."
    assert [e for e in _events(text, "190") if e.source.actor_code == "ISRMIL"]


def test_two_hosts_together_are_not_each_others_guests() -> None:
    events = _events("وكانت مصر وقطر قد استضافتا الأسبوع الماضي جولة جديدة من المفاوضات غير المباشرة.", "043")
    assert not [e for e in events if e.target is not None and e.target.country_iso3 in {"EGY", "QAT"}]


def test_a_states_role_in_a_mediation_makes_it_the_mediator() -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي ماركو روبيو. وأشاد روبيو بالدور المصري "
            "في الوساطة بين حركة حماس وإسرائيل.")
    [mediation] = _events(text, "045")
    assert mediation.source.country_iso3 == "EGY"


def test_a_siege_told_in_its_relative_clause_names_its_doer() -> None:
    [siege] = _events("وتشهد مدينة الأبيض منذ أسابيع حصارا تفرضه قوات الدعم السريع من ثلاث جهات.", "191")
    assert siege.source.canonical_en == "Rapid Support Forces"


def test_counted_civilians_have_their_unit() -> None:
    doc = analyze("قتل 23 مدنيا على الأقل في قصف مدفعي.", published=DATE)
    assert [(q.value, q.unit) for q in doc.quantities] == [(23, "civilians")]


def test_a_name_in_quote_marks_right_after_an_inflected_verb_is_its_subject() -> None:
    [accusation] = [e for e in _events('واتهمت "قسد" تركيا بالوقوف وراء الهجوم.', "112")]
    assert accusation.source.entity_id == "org.sdf" and accusation.target.country_iso3 == "TUR"


def test_dawn_before_a_day_word_blows_nothing_up() -> None:
    text = "اختطف مسلحون مجهولون، فجر اليوم الأحد، رئيس المؤسسة الليبية للاستثمار من منزله في طرابلس."
    assert not [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith("17")]


def test_dana_without_hamza_condemns() -> None:
    text = "اختطف مسلحون مسؤولا ليبيا في طرابلس. ودانت بعثة الأمم المتحدة للدعم في ليبيا عملية الاختطاف."
    events = analyze(text, published=DATE).events
    assert [e for e in events if e.cameo_code == "111" and e.source.entity_id == "org.unsmil"]
    assert not [e for e in events if e.cameo_code == "181" and e.source.entity_id == "org.unsmil"]


def test_counted_hostages_described_by_nationality_are_that_nations_people() -> None:
    [release] = _events("أطلقت حماس سراح ثلاثة رهائن إسرائيليين.", "084")
    assert release.target is not None and release.target.actor_code == "ISRCVL"


def test_a_counted_accusative_nationality_is_that_nations_people() -> None:
    [strike] = _events("استشهد 12 فلسطينيا في غارات إسرائيلية على خان يونس.", "195")
    assert strike.source.actor_code == "ISRMIL" and strike.target.actor_code == "PSECVL"
    [release] = _events("وأطلق الجيش الوطني الليبي سراح 12 صيادا مصريا.", "084")
    assert release.target.actor_code == "EGYCVL"


def test_a_country_name_is_not_read_as_an_accusative_nationality() -> None:
    doc = analyze("بعث الملك برقية تهنئة للرئيس رفائيل كوريا رئيس جمهورية الإكوادور. وزار الوزير سوريا.",
                  published=DATE)
    assert not [m for m in doc.mentions if m.kind == "nisba" and m.text in {"كوريا", "سوريا"}]


def test_people_arriving_make_no_visit() -> None:
    assert not _events("وأوضح المتحدث أن رحلة تقل 157 يمنيا وصلت أمس إلى اليمن.", "042")


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, published="2025-01-30")
    return [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
            for e in doc.events]


def test_counted_people_named_by_a_noun_and_a_nationality_are_that_nations_people() -> None:
    assert ("084", "PSEREB", "ISRCVL") in _sides("أفرجت حركة حماس عن ثلاث رهائن إسرائيليات.")
    assert ("084", "PSEREB", "ISRCVL") in _sides("أطلقت حماس سراح ثلاث رهائن إسرائيليين.")
    assert ("173", "IRNGOV", "YEMCVL") in _sides("اعتقلت السلطات الإيرانية خمسة صيادين يمنيين.")
    killed = _sides("قتلت القوات الإسرائيلية ثلاث نساء فلسطينيات.")
    assert any(code.startswith("19") and target == "PSECVL" for code, _, target in killed), killed


def test_counted_places_and_things_with_a_nationality_are_no_people() -> None:
    doc = analyze("ودعت النقابات إلى تظاهرات احتجاجية في 44 مدينة يونانية.", published="2015-07-15")
    assert not any(e.target is not None and (e.target.actor_code or "").endswith("CVL") for e in doc.events)
    assert not any((e.source.actor_code if e.source else "") == "GRCCVL" and e.target is None for e in doc.events)


def test_persons_counted_without_a_nationality_are_the_arresting_states_people() -> None:
    assert ("173", "IRQCOP", "IRQCVL") in _sides("واعتقلت الشرطة العراقية تسعة أشخاص بتهمة الاعتداء على القوات.")


def test_a_country_written_as_its_accusative_nisba_after_a_counted_noun_is_the_adjective() -> None:
    doc = analyze("قتلت القوات 12 مدنيا سوريا.", published="2025-01-30")
    assert any(e.target is not None and e.target.actor_code == "SYRCVL" for e in doc.events), doc.events
    assert not any(m.type == "GPE" and m.text == "سوريا" for m in doc.mentions)
    doc = analyze("أعلنت سوريا رفضها القرار.", published="2025-01-30")
    assert any(m.type == "GPE" and m.text == "سوريا" for m in doc.mentions)


def test_a_rebel_leaders_own_forces_are_his_movement() -> None:
    sides = _sides("وفرضت الولايات المتحدة عقوبات على قائد قوات الدعم السريع محمد حمدان دقلو، متهمة قواته "
                   "بارتكاب إبادة جماعية.")
    assert ("112", "USA", "SDNREB") in sides, sides
    assert ("190", "USAMIL", "UAF") in _sides("أعلن الجيش الأمريكي أن قواته قتلت عشرة مسلحين.")
