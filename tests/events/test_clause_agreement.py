"""Who does what in a clause: a region inside a title is the title's, a masculine verb is not a feminine
body's, and a protest's "احتجاجا على" is the same protest. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2024-07-19"
TEXT = ("من جهته، أدان رئيس إقليم كردستان نيجيرفان بارزاني استخدام القوة ضد المحتجين، وطالب الحكومة "
        "الاتحادية بفتح تحقيق عاجل.")


def test_a_region_in_the_title_is_not_the_speaker() -> None:
    doc = analyze(TEXT, published=DATE)
    condemn = next(e for e in doc.events if e.cameo_code.startswith("11"))
    assert condemn.source.entity_id == "per.nechirvan-barzani"


def test_a_masculine_verb_before_a_feminine_body_makes_the_body_its_object() -> None:
    doc = analyze(TEXT, published=DATE)
    demand = next(e for e in doc.events if e.cameo_code.startswith("10"))
    assert demand.source.entity_id == "per.nechirvan-barzani"
    assert demand.target is not None and demand.target.actor_code == "IRQGOV"


def test_a_feminine_verb_keeps_the_body_as_its_subject() -> None:
    doc = analyze("وطالبت الحكومة العراقية المتظاهرين بالتزام السلمية.", published=DATE)
    demand = next(e for e in doc.events if e.cameo_code.startswith("10"))
    assert demand.source is not None and demand.source.actor_code == "IRQGOV"


def test_protesting_against_is_the_same_protest() -> None:
    doc = analyze("تظاهر آلاف العراقيين في ساحة التحرير وسط بغداد احتجاجا على تردي الخدمات.", published=DATE)
    assert len([e for e in doc.events if e.cameo_code.startswith("14")]) == 1


def test_a_protest_after_another_kind_of_act_stands() -> None:
    doc = analyze("أغلق عمال النفط الطرق في البصرة احتجاجا على تأخر رواتبهم.", published=DATE)
    assert any(e.cameo_code.startswith("14") for e in doc.events)


def test_a_meeting_called_for_is_not_a_meeting_held() -> None:
    doc = analyze("ودعا الرئيس الإيراني مسعود بزشكيان إلى عقد اجتماع ثلاثي يضم روسيا في طهران.", published=DATE)
    meetings = [e for e in doc.events if e.cameo_code == "040"]
    assert meetings and all(e.modality == "obligation" for e in meetings)


def test_a_later_clause_keeps_its_own_modality() -> None:
    doc = analyze("وطالبت حركة حماس بفتح تحقيق دولي، واتهمت قوات الاحتلال بقتل المتظاهرين.", published=DATE)
    accusations = [e for e in doc.events if e.cameo_code.startswith("11")]
    assert accusations and all(e.modality == "asserted" for e in accusations)


def test_an_obligation_stops_at_the_next_clause() -> None:
    doc = analyze("وأكد أمير قطر خلال الاتصال ضرورة إدخال المساعدات الإنسانية دون قيود، فيما أشاد الرئيس الأمريكي "
                  "جو بايدن بالدور القطري.", published=DATE)
    praise = [e for e in doc.events if e.cameo_code == "051"]
    assert praise and all(e.modality == "asserted" for e in praise)


def test_what_talks_discuss_is_their_topic_not_an_event() -> None:
    doc = analyze("بحث أمير قطر مع الرئيس الأمريكي جو بايدن جهود الوساطة للتوصل إلى اتفاق لوقف إطلاق النار في "
                  "قطاع غزة وتبادل الأسرى.", published=DATE)
    assert [e.cameo_code for e in doc.events] == ["046"]


def test_the_occasion_of_talks_is_still_an_event() -> None:
    doc = analyze("بحث أمير قطر خلال اتصال هاتفي مع الرئيس الأمريكي جو بايدن الأوضاع في غزة.", published=DATE)
    assert any(e.cameo_code == "041" for e in doc.events)


def test_modality_read_without_precomputed_marks_keeps_the_obligation() -> None:
    from marsad.events.cues import load_cues, read_modality

    doc = analyze("يجب أن تنسحب القوات من المدينة فورا.", published=DATE)
    head = next(i for i, t in enumerate(doc.tokens) if t.text == "تنسحب")
    assert read_modality(doc.tokens, head, False, load_cues()) == (False, "obligation")


def test_a_masculine_verb_before_a_state_named_without_the_article_makes_the_state_its_object() -> None:
    doc = analyze("انتقد وزير الخارجية البريطاني ديفيد لامي الموقف الروسي، واتهم موسكو بعرقلة جهود السلام.",
                  published="2024-11-20")
    accuse = next(e for e in doc.events if e.cameo_code.startswith("112"))
    assert accuse.source is not None and accuse.source.entity_id == "per.david-lammy"
    assert accuse.target is not None and accuse.target.country_iso3 == "RUS"
    feminine = analyze("واتهمت موسكو لندن بعرقلة جهود السلام.", published="2024-11-20")
    accuse = next(e for e in feminine.events if e.cameo_code.startswith("112"))
    assert accuse.source is not None and accuse.source.country_iso3 == "RUS"


def test_with_no_place_an_unnamed_body_belongs_to_the_state_whose_government_the_sentence_names() -> None:
    text = ("نيويورك - وكالات: استخدمت روسيا حق النقض ضد مشروع القرار.\n"
            "ورحبت الحكومة السودانية بالفيتو الروسي، وأكدت أنها ترفض أي قرار يساوي بين الجيش وقوات الدعم السريع.")
    doc = analyze(text, published="2024-11-20")
    codes = {e.target.actor_code for e in doc.events if e.cameo_code.startswith("12") and e.target is not None}
    assert "SDNMIL" in codes and not any(c.endswith("MIL") and c != "SDNMIL" for c in codes), codes


def test_a_joined_masculine_verb_before_a_state_leaves_the_state_its_object() -> None:
    doc = analyze("أشاد المحلل السياسي خالد باطرفي بالزيارة. وانتقد إيران بشدة.", published=DATE)
    criticism = [e for e in doc.events if e.cameo_code.startswith("11")]
    assert criticism and criticism[0].source.entity_id != "gpe.IRN", doc.events
    assert criticism[0].target is not None and criticism[0].target.entity_id == "gpe.IRN", doc.events
    told = analyze("ورحبت مصر بالقرار.", published=DATE).events
    assert told and told[0].source.entity_id == "gpe.EGY", told  # the feminine verb is hers


def test_an_apposition_between_dashes_leaves_the_subject_before_it() -> None:
    doc = analyze("قال المرصد السوري لحقوق الإنسان إن جبهة النصرة -جناح تنظيم القاعدة في سوريا- هاجمت مقاتلين "
                  "في شمال البلاد.", published=DATE)
    attacks = [e for e in doc.events if e.cameo_code.startswith("19")]
    assert attacks and attacks[0].source.entity_id == "org.al-nusra", doc.events


def test_the_body_after_a_plural_verb_is_its_object() -> None:
    for text in ("أما الفلسطينيون، فقد حملوا حكومة نتنياهو المسؤولية الكاملة عن مقتل الطفل.",
                 "واتهموا الحكومة الإسرائيلية بتشجيع المستوطنين."):
        blamed = [e for e in analyze(text, published=DATE).events if e.cameo_code.startswith("11")]
        assert all(e.source is None or e.source.actor_code not in {"ISRGOV", "ISR"} and
                   e.source.entity_id != "per.benjamin-netanyahu" for e in blamed), blamed
