"""Who was killed and who attacked, when a killing verb is told with the attack it happened in. Sentences
written for the test."""

from __future__ import annotations

from marsad.api import analyze


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    def side(actor):
        if actor is None:
            return None  # an entity the tagger found ("new:…") is told by its actor code
        return actor.actor_code if (actor.entity_id or "new:").startswith("new:") else actor.entity_id
    return [(e.cameo_code, side(e.source), side(e.target)) for e in analyze(text, published="2025-04-15").events
            if e.cameo_code.startswith(("18", "19"))]


def test_soldiers_killed_in_an_attack_are_its_target_not_its_doers() -> None:
    events = _sides("وقتل جنود يمنيون في هجوم شنه تنظيم داعش.")
    assert events and all(s != "YEMMIL" for _, s, _ in events), events
    assert ("190", "org.isis", "YEMMIL") in events, events


def test_a_broken_plural_nationality_names_the_soldiers() -> None:
    events = _sides("وقتل جنود أتراك في هجوم شنه تنظيم داعش.")
    assert ("190", "org.isis", "TURMIL") in events, events


def test_a_bombing_written_with_its_preposition_is_by_an_unnamed_force() -> None:
    events = _sides("وقتل جنود يمنيون بانفجار عبوة ناسفة.")
    assert events and all(s is not None and s.endswith("UAF") for _, s, _ in events), events
    assert any(t == "YEMMIL" for _, _, t in events), events


def test_who_attributes_an_attack_did_not_carry_it_out() -> None:
    events = _sides("وقتل عنصران من الشرطة التركية في هجوم نسبته السلطات إلى المتمردين.")
    assert events and all(s != "GOV" and not (s or "").endswith("GOV") for _, s, _ in events), events
    assert any(t == "TURCOP" for _, _, t in events), events


def test_an_unnamed_attackers_country_is_where_the_attack_was() -> None:
    events = _sides("وشنت الطائرات التركية غارة على مواقع في شمال العراق، في حين قتل عنصران من الشرطة "
                    "في هجوم جديد في جنوب تركيا.")
    assert any(s == "TURUAF" for _, s, _ in events), events


def test_a_nationality_on_a_civilian_bus_is_its_civilians_and_the_town_is_where() -> None:
    events = _sides("وكان مسلحون استهدفوا الجمعة حافلة ركاب إيرانية في شرق تركيا.")
    assert [t for c, _, t in events] == ["IRNCVL"], events


def test_an_indefinite_nationality_is_not_the_definite_strikers() -> None:
    events = _sides("وقصفت الطائرات ثكنة عسكرية إسرائيلية.")
    assert all(s != "ISRMIL" for _, s, _ in events), events


def test_a_suicide_bombing_in_a_town_hits_its_people_not_the_town() -> None:
    events = _sides("وفجر انتحاري نفسه في مدينة أبها.")
    assert events and all(t == "SAUCVL" for _, _, t in events), events


def test_who_met_death_by_gunmens_fire_is_the_target() -> None:
    events = _sides("ولقي جنديان عراقيان مصرعهما بنيران مسلحين في بغداد.")
    assert [(s, t) for _, s, t in events] == [("UAF", "IRQMIL")], events


def test_death_in_an_accident_is_no_attack() -> None:
    assert _sides("لقي مواطن وزوجته مصرعهما فجر اليوم بعد اصطدام سيارتهما بشاحنة.") == []


def test_a_masculine_dual_nationality_is_read() -> None:
    events = _sides("وقتل شرطيان مصريان في هجوم شنه مسلحون في سيناء.")
    assert any(t == "EGYCOP" for _, _, t in events), events


def test_the_search_for_an_attacks_target_ends_with_the_place_it_happened() -> None:
    events = _sides("قتل 12 شخصا في عملية احتجاز الرهائن في فندق في مدينة سيفاري في وسط مالي، وفق حصيلة "
                    "أعلنها مسؤولون في الجيش المالي.")
    assert events and all(t != "MLIMIL" for _, _, t in events), events


def test_a_foiled_attack_is_by_the_group_after_its_adjective() -> None:
    events = _sides("أحبطت القوات السعودية محاولات هجوم فاشلة لمليشيات الحوثي على الحدود السعودية.")
    assert ("190", "SAUMIL", "org.houthis") in events, events


def test_escalated_strikes_are_strikes() -> None:
    events = _sides("وكثفت قوات التحالف غاراتها الجوية على مواقع الحوثيين في اليمن.")
    assert any(c == "195" and t == "org.houthis" for c, _, t in events), events


def test_an_attack_on_a_mosque_hits_the_places_civilians() -> None:
    events = _sides("وهاجم مسلحون مسجدا في أبها.")
    assert [t for _, _, t in events] == ["SAUCVL"], events


def test_a_member_of_a_group_who_dared_to_kill_acts_for_the_group() -> None:
    events = _sides("أقدم عنصر، من تنظيم “داعش” على قتل 3 أطفال بالسم في مدينة الرقة السورية.")
    assert ("190", "org.isis", "SYRCVL") in events, events


def test_who_was_killed_in_a_relative_clause_is_the_target() -> None:
    events = _sides("وهو قائد قوات الدفاع الوطني الذي قتل في مارس 2014 في المعارك.")
    assert events and all(s != "SYRMIL" for _, s, _ in events), events


def test_fighters_of_a_named_group_killed_by_strikes_are_their_target() -> None:
    events = _sides("وقتل 260 مقاتلا كرديا من حزب العمال الكردستاني خلال أسبوع من الغارات التركية.")
    assert any(c == "195" and s == "TURMIL" and t == "org.pkk" for c, s, t in events), events


def test_another_strike_is_still_its_owners() -> None:
    events = _sides("كما استهدفت غارة أخرى لطيران التحالف مزرعة في محافظة الحديدة باليمن.")
    assert ("195", "org.saudi-coalition", None) in events, events


def test_dead_told_alone_after_a_fight_fell_to_the_other_side() -> None:
    events = _sides("ودارت مواجهات عنيفة بين المقاومة الشعبية والحوثيين في عدن. "
                    "وأضافت المصادر أن 12 حوثيا سقطوا قتلى أمس.")
    assert all(s != "UAF" for _, s, _ in events), events


def test_a_death_told_alone_is_no_attack() -> None:
    assert _sides("وسقط 12 شخصا قتلى أمس.") == []


def test_a_bombing_told_by_its_verb_hits_the_towns_civilians_not_the_region() -> None:
    events = _sides("وتوترت العلاقة بعد تفجير استهدف تجمعا للشباب في بلدة سوروج جنوب شرقي تركيا.")
    assert events and all(t == "TURCVL" for _, _, t in events), events


def test_a_recommended_bombing_is_not_a_bombing() -> None:
    assert _sides("وأن الحوثي أوصى بتفجير منزل كل من تثبت تبعيته لمقاومة إب.") == []


def test_policemen_killed_after_a_comma_are_not_the_earlier_attacks_target() -> None:
    events = _sides("وأعلنت السلطات أن تنظيم داعش تبنى الهجوم الانتحاري في سوروتش، وقتل ضابطا شرطة في هجوم "
                    "بمدينة شانلي أورفا في جنوب شرق تركيا.")
    assert any(t == "TURCOP" and s != "org.isis" for c, s, t in events if c == "190"), events


def test_a_rescue_operation_aimed_at_boats_is_no_attack() -> None:
    assert _sides("وقالت القوات إن خمس عمليات إغاثة قام بها رجال الأمن استهدفت زورقين مطاطين.") == []


def test_people_counted_before_the_attack_are_its_civilian_target() -> None:
    events = _sides("قتل 21 شخصا على الأقل في هجوم تبنته حركة طالبان في ولاية قندوز المضطربة شمال أفغانستان.")
    assert ("190", "org.taliban", "AFGCVL") in events, events


def test_firebombs_on_a_house_hit_its_people_and_a_condemned_incident_is_the_doers() -> None:
    doc = analyze("ألقى مستوطنون إسرائيليون زجاجات حارقة على منزل في قرية دوما. ونددت الولايات المتحدة بالحادث.",
                  published="2025-04-15")
    codes = [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
             for e in doc.events]
    assert any(c == "145" and t and t.endswith("CVL") for c, _, t in codes), codes
    assert ("111", "USA", "ISRCVL") in codes, codes


def test_a_vow_to_attack_threatens_force() -> None:
    codes = [e.cameo_code for e in analyze("واطلقت حركة طالبان هجومها السنوي وتعهدت بشن هجمات في جميع انحاء البلاد.",
                                          published="2025-04-15").events]
    assert "138" in codes and not [c for c in codes if c.startswith("03")], codes


def test_a_saying_clause_after_an_attack_is_not_its_target() -> None:
    events = _sides("ويقع ضحايا من المدنيين في هجمات المتمردين وتقول بعثة الامم المتحدة في أفغانستان إن الف شخص قتلوا.")
    assert all(t != "org.un" for _, _, t in events), events


def test_a_killing_takes_the_code_of_the_attack_it_came_from() -> None:
    codes = [c for c, _, _ in _sides("وأدى تفجير سيارة مفخخة في بغداد إلى مقتل 19 شخصا.")]
    assert codes == ["1832"], codes
    codes = [c for c, _, _ in _sides("وقتل 21 شخصا في تفجير انتحاري بسوق في بغداد.")]
    assert codes == ["1831"], codes


def test_an_unnamed_bomber_is_of_where_he_struck_and_no_partner_in_condolences() -> None:
    doc = analyze("عبر مجلس الأمن الوطني الأمريكي في واشنطن عن إدانة الولايات المتحدة للهجمات في المملكة العربية "
                  "السعودية، حيث هاجم مفجر إرهابي مسجداً في أبها، وقدم أعمق تعازيه إلى أسر الضحايا.",
                  published="2025-04-15")
    codes = [(e.cameo_code, e.source.actor_code if e.source else None) for e in doc.events]
    assert ("190", "SAUINS") in codes, codes
    assert all(s != "SAUINS" and s != "USAINS" for c, s in codes if c.startswith("01")), codes


def test_a_ministry_reporting_a_bomb_did_not_set_it_off() -> None:
    events = _sides("ذكرت وزارة الداخلية المصرية إن شرطيين قتلا وأصيب ثلاثة آخرون عندما انفجرت عبوة ناسفة في مدينة العريش.")
    assert events and all(not (s or "").endswith("GOV") for _, s, _ in events), events
    assert all(s != "EGYCOP" for _, s, _ in events) and any(t == "EGYCOP" for _, _, t in events), events


def test_support_named_between_subject_and_verb_is_an_aside() -> None:
    events = _sides("وقال إن الجيش اليمني وبدعم من المقاومة الشعبية يحقق انتصارات على الحوثيين.")
    assert ("190", "YEMMIL", "org.houthis") in events, events


def test_a_condemned_killing_names_its_victims_not_the_condemned() -> None:
    doc = analyze("وأدان الوزير المصري قتل رجال الأمن في العريش.", published="2025-04-15")
    codes = [(e.cameo_code, e.source.actor_code if e.source else None, e.target.actor_code if e.target else None)
             for e in doc.events]
    assert ("111", "EGYGOV", None) in codes, codes
    assert any(c == "190" and t == "EGYCOP" and s != "EGYCOP" for c, s, t in codes), codes


def test_a_body_named_inside_the_quotation_does_not_speak_it() -> None:
    doc = analyze('وقال سعيد آل دعكن: "انه لمن المؤسف لمن يقوم على قتل رجال الأمن، وأتقدم الى القيادة بأحر التعازي".',
                  published="2025-04-15")
    assert all(not (e.source and e.source.actor_code == "SAUCOP") for e in doc.events), doc.events
