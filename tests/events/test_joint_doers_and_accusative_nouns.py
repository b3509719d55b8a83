"""Two doers of a hostile act named together are not each other's target; a pattern's object past a
subject in its gap; an event noun in the accusative ("حصارا") is the noun. Sentences written for the test."""

from __future__ import annotations

from marsad.api import analyze


def test_two_doers_of_a_veto_are_no_target_of_each_other(event_sides):
    sides = event_sides("واستخدمت روسيا والصين حق الفيتو ضد مشروع قرار بريطاني.")
    assert sides and sides[0][0] == "129", sides
    assert sides[0][1] == "gpe.RUS" and sides[0][2] != "gpe.CHN", sides


def test_the_nationality_of_the_vetoed_draft_is_the_target(event_sides):
    sides = event_sides("واستخدمت روسيا حق النقض ضد مشروع القرار الأمريكي.")
    assert sides == [("129", "gpe.RUS", "USAGOV")]


def test_cooperation_named_with_a_partner_stays_between_the_two(event_sides):
    sides = event_sides("والتقى الرئيس المصري والعاهل الأردني في عمان.")
    assert sides and sides[0][0] == "040" and sides[0][2] is not None, sides


def test_an_event_noun_in_the_accusative(event_sides):
    assert event_sides("وأعلنت أمريكا حصارا شديدا على كوبا.") == [("191", "gpe.USA", "gpe.CUB")]


def test_intent_and_threat_nouns_in_the_accusative_say_why(event_sides):
    assert event_sides("واستعدادا للموسم الجديد انضم اللاعب إلى معسكر المنتخب السعودي في إسبانيا.") == []
    assert event_sides("وقد يشكل انخفاض الأسعار تهديدا للسعودية في المستقبل.") == []


def test_conjoined_doers_of_a_shelling_are_no_target_of_each_other(event_sides):
    sides = event_sides("انقطعت الاتصالات بعد قصف الحوثيين وقوات علي عبدالله صالح لمبنى الاتصالات في المدينة.")
    assert sides and sides[0][0] == "190" and sides[0][1] == "org.houthis", sides
    assert sides[0][2] is None, sides


def test_conjoined_sides_of_a_clash_still_fought_each_other(event_sides):
    sides = event_sides("واشتبكت القوات الحكومية والحوثيون في مدينة تعز.")
    assert sides and sides[0][0] == "190" and sides[0][2] == "org.houthis", sides


def test_the_fallen_of_a_clash_named_with_a_conjunct_fought_on_their_side():
    doc = analyze("وأفادت مصادر في اليمن أن 13 عنصرا من الحوثيين وقوات علي عبدالله صالح قتلوا في اشتباكات متفرقة "
                  "في مدينة تعز.", published="2025-04-15")
    clashes = [e for e in doc.events if e.trigger.text == "اشتباكات"]
    assert clashes and clashes[0].target is not None and clashes[0].target.entity_id == "org.houthis", doc.events
