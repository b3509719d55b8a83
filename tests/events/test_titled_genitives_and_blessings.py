"""A verbal noun's doer named by title and name ("مباحثات الرئيس عبد الفتاح السيسي مع …"), a welcome whose
doer stands inside the pattern's gap ("ترحيب الرئيس … بولي العهد"), condemnation expressed with عبّر, and a
blessing set off by dashes after a king's name. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze

DATE = "2025-04-15"


def test_talks_of_a_titled_person_with_another(event_sides) -> None:
    events = event_sides("وتناولت مباحثات الرئيس عبد الفتاح السيسي مع الأمير محمد بن سلمان التعاون العسكري.")
    assert ("046", "per.abdel-fattah-el-sisi", "per.mohammed-bin-salman") in events, events


def test_a_welcome_has_its_doer_in_the_gap_and_its_guest_after_b(event_sides) -> None:
    events = event_sides("وأبرزت الصحف ترحيب الرئيس المصري عبدالفتاح السيسي بولي ولي العهد السعودي الأمير محمد بن سلمان.")
    assert [e for e in events if e[0] == "051"] == [("051", "per.abdel-fattah-el-sisi", "per.mohammed-bin-salman")]


def test_a_designation_keeps_the_designated_as_its_object(event_sides) -> None:
    events = event_sides("ودعا المندوب السوداني المجلس إلى تصنيف قوات الدعم السريع منظمة إرهابية.")
    assert not any(source == "org.rsf-sudan" for _, source, _ in events), events


def test_condemnation_expressed_with_abbara(event_sides) -> None:
    events = event_sides("عبر حزب الله عن استنكاره للغارات الإسرائيلية على سوريا.")
    assert [(code, target) for code, source, target in events if source == "org.hezbollah"] == [("111", "ISRMIL")], events


def test_a_blessing_between_dashes_leaves_the_call_whole(event_sides) -> None:
    events = event_sides("أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز -حفظه الله-، أمس، اتصالاً هاتفياً "
                     "بفخامة الرئيس عبدالفتاح السيسي.")
    assert ("041", "per.king-salman", "per.abdel-fattah-el-sisi") in events, events


def test_a_blessing_after_a_late_king_takes_no_subject_slot(event_sides) -> None:
    events = event_sides("وكان الملك عبدالله بن عبدالعزيز رحمه الله قد زار تركيا.")
    assert [e for e in events if e[0] == "042"] == [("042", "per.king-abdullah", "gpe.TUR")], events


def test_a_meeting_of_an_honoured_minister_with_a_prince(event_sides) -> None:
    events = event_sides("وتناول لقاء معالي وزير الخارجية المصري سامح شكري مع الأمير محمد بن نايف العلاقات الثنائية.")
    assert [e for e in events if e[0] == "040"] == [("040", "per.sameh-shoukry", "per.muhammad-bin-nayef")], events


def test_a_name_after_ustadh_is_the_described_minister() -> None:
    doc = analyze("التقى وزير خارجية مصر الأستاذ سامح شكري أمس الرئيس الفرنسي.", published=DATE)
    described = [m for m in doc.mentions if m.kind == "description" and m.text == "وزير خارجية مصر"]
    assert [m.entity_id for m in described] == ["per.sameh-shoukry"]


def test_interference_blamed_on_a_nationality_accuses_that_state(event_sides) -> None:
    events = event_sides("أكد وزير الداخلية البحريني أن التدخلات الإيرانية في الشأن الداخلي للبحرين مرفوضة.")
    assert [(code, target) for code, _, target in events] == [("112", "IRNGOV")], events


def test_violence_blamed_on_a_nationality_accuses_its_forces(event_sides) -> None:
    events = event_sides("وقال وزير الخارجية السعودي إن الاعتداءات الإسرائيلية جرائم لا تغتفر.")
    assert ("112", "ISRMIL") in [(code, target) for code, _, target in events], events


def test_a_guest_after_a_long_protocol_subject_a_palace_and_a_time() -> None:
    doc = analyze("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
                  "وزير الداخلية – حفظه الله – في قصر سموه بجدة مساء اليوم معالي وزير الخارجية المصري سامح شكري.",
                  published="2015-07-23")
    hosted = [(e.source.entity_id, e.target.entity_id if e.target else None) for e in doc.events if e.cameo_code == "043"]
    assert hosted == [("per.muhammad-bin-nayef", "per.sameh-shoukry")], hosted


def test_congratulations_expressed_go_to_the_actor_after_li(event_sides) -> None:
    events = event_sides("وأعرب الملك سلمان عن أصدق التهاني للسلطان قابوس.")
    assert [e for e in events if e[0] == "051"] == [("051", "per.king-salman", "per.qaboos-bin-said")], events


def test_a_praise_noun_never_takes_its_li_actor_as_doer(event_sides) -> None:
    events = event_sides("وأبرزت الصحف التهنئة للسلطان قابوس.")
    assert not any(source == "per.qaboos-bin-said" for _, source, _ in events), events


def test_solidarity_of_a_genitive_with_someone(event_sides) -> None:
    events = event_sides("وأكد الخرينج على تضامن حكومة وشعب دولة الكويت مع المملكة العربية السعودية.")
    assert ("018", "gpe.KWT", "gpe.SAU") in events, events
    events = event_sides("وأكد وقوف الإمارات إلى جانب المملكة العربية السعودية.")
    assert ("018", "gpe.ARE", "gpe.SAU") in events, events


def test_solidarity_with_nobody_named_is_no_event(event_sides) -> None:
    assert not [e for e in event_sides("وأكد وزير الخارجية المصري أهمية تضامن مصر مع أشقائها العرب.") if e[0] == "018"]


def test_a_royal_cable_reaches_a_president_named_past_his_honorific() -> None:
    doc = analyze("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس توني تان "
                  "كنق يام رئيس جمهورية سنغافورة بمناسبة ذكرى اليوم الوطني لبلاده.", published="2015-08-09")
    assert [(e.cameo_code, e.target.country_iso3 if e.target else None) for e in doc.events] == [("051", "SGP")]


def test_congratulations_to_the_government_and_people_of_a_state(event_sides) -> None:
    events = event_sides("وأعرب الملك سلمان عن أصدق التهاني لفخامته ولحكومة وشعب جمهورية سنغافورة الصديق.")
    assert [target for code, _, target in events if code == "051"] == ["gpe.SGP"], events


def test_the_deputy_of_the_custodian_sends_his_own_cable() -> None:
    doc = analyze("كما بعث نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز برقية تهنئة إلى الرئيس توني "
                  "تان كنق يام رئيس سنغافورة بمناسبة ذكرى اليوم الوطني لبلاده.", published="2015-08-09")
    assert [(e.source.entity_id, e.target.country_iso3) for e in doc.events if e.cameo_code == "051"] == \
        [("per.muhammad-bin-nayef", "SGP")]
